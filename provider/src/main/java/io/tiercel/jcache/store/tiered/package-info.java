/**
 * The tiered store: a Caffeine near cache (L1) in front of the Redis store (L2), kept coherent by
 * Redis's invalidations.
 */
package io.tiercel.jcache.store.tiered;
