/**
 * The only code that talks to Redis: the connection settings and client, the key layout, the
 * scripts every single-key operation runs, the {@link io.tiercel.jcache.store.Store} on Redis and
 * the invalidation listener that keeps near caches coherent.
 */
package io.tiercel.jcache.store.redis;
