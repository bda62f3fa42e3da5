/** The JCache façade: cache manager, cache, entries and iteration; every JCache rule lives here. */
package io.tiercel.jcache.cache;
