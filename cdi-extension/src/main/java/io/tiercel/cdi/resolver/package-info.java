/**
 * The default way annotated methods find their caches: by name, in one {@code CacheManager},
 * creating a cache the manager neither has nor is configured for.
 */
package io.tiercel.cdi.resolver;
