/** Test fixtures shared by the provider's test packages: a fake clock and a thread starter. */
package io.tiercel.jcache.testing;
