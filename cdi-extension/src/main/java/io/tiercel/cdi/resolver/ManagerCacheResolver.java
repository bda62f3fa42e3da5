package io.tiercel.cdi.resolver;

import java.lang.annotation.Annotation;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.annotation.CacheInvocationContext;
import javax.cache.annotation.CacheResolver;

/**
 * Resolves one cache by name in a {@code CacheManager} on every call, so a cache destroyed and
 * created again is found again.
 */
public final class ManagerCacheResolver implements CacheResolver {
  private final CacheManager manager;
  private final String cacheName;

  /** Creates the resolver of the cache named {@code cacheName} in {@code manager}. */
  public ManagerCacheResolver(CacheManager manager, String cacheName) {
    this.manager = manager;
    this.cacheName = cacheName;
  }

  @Override
  public <K, V> Cache<K, V> resolveCache(
      CacheInvocationContext<? extends Annotation> cacheInvocationContext) {
    return CacheLookup.getOrCreate(manager, cacheName);
  }

  @Override
  public String toString() {
    return "cache '" + cacheName + "' of " + manager.getURI();
  }
}
