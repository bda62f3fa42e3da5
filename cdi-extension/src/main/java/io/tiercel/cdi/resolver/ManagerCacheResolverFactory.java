package io.tiercel.cdi.resolver;

import java.lang.annotation.Annotation;
import javax.cache.CacheManager;
import javax.cache.annotation.CacheMethodDetails;
import javax.cache.annotation.CacheResolver;
import javax.cache.annotation.CacheResolverFactory;
import javax.cache.annotation.CacheResult;

/**
 * The resolver factory used when an annotation names none: caches are looked up by name in one
 * {@code CacheManager} (the application's {@code CacheManager} bean, under CDI).
 */
public final class ManagerCacheResolverFactory implements CacheResolverFactory {
  private final CacheManager manager;

  /** Creates the factory of resolvers that look caches up in {@code manager}. */
  public ManagerCacheResolverFactory(CacheManager manager) {
    this.manager = manager;
  }

  @Override
  public CacheResolver getCacheResolver(
      CacheMethodDetails<? extends Annotation> cacheMethodDetails) {
    return new ManagerCacheResolver(manager, cacheMethodDetails.getCacheName());
  }

  @Override
  public CacheResolver getExceptionCacheResolver(
      CacheMethodDetails<CacheResult> cacheMethodDetails) {
    String name = cacheMethodDetails.getCacheAnnotation().exceptionCacheName();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("No exceptionCacheName on "
          + cacheMethodDetails.getMethod());
    }
    return new ManagerCacheResolver(manager, name);
  }
}
