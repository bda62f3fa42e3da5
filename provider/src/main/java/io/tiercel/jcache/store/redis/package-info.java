/**
 * The only code that talks to Redis: the connection settings and client (one server, or the
 * master Redis Sentinel names; a Cluster is refused for now), the key layout, the scripts every
 * single-key operation runs, the {@link io.tiercel.jcache.store.Store} on Redis and the
 * invalidation listener that keeps near caches coherent.
 */
package io.tiercel.jcache.store.redis;
