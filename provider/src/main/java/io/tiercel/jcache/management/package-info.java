/**
 * JMX management for Tiercel caches: the per-cache statistics counters, the configuration MXBean
 * and their registration with the platform MBeanServer under the JCache object names.
 *
 * <ul>
 *   <li>{@link io.tiercel.jcache.management.CacheStatistics} only records; the cache façade
 *       decides what counts as a hit, miss, put, removal or eviction and measures the time.
 *   <li>{@link io.tiercel.jcache.management.TiercelCacheMXBean} reads the live configuration, so
 *       enabling statistics or management shows up without re-registering.
 *   <li>{@link io.tiercel.jcache.management.JmxRegistration} names beans the way the JCache RI
 *       and TCK do, so tools that compute the name themselves find them.
 * </ul>
 */
package io.tiercel.jcache.management;
