package io.tiercel.cdi.invocation;

import javax.cache.annotation.CacheKeyGenerator;
import javax.cache.annotation.CacheResolver;

/**
 * The instances an annotated method's calls use, created on its first call.
 *
 * @param caches resolves the cache of results, puts and removals
 * @param exceptionCaches resolves the cache of exceptions, or {@code null} if there is none
 * @param keyGenerator builds each call's key; {@code null} for {@code @CacheRemoveAll}
 */
record Bound(CacheResolver caches, CacheResolver exceptionCaches,
    CacheKeyGenerator keyGenerator) {}
