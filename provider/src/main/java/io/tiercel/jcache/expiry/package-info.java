/** Turning a JCache {@code ExpiryPolicy} into the times to live a store applies. */
package io.tiercel.jcache.expiry;
