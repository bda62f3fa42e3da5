package io.tiercel.cdi.testing;

import io.tiercel.cdi.resolver.CacheLookup;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.lang.annotation.Annotation;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.annotation.CacheInvocationContext;
import javax.cache.annotation.CacheMethodDetails;
import javax.cache.annotation.CacheResolver;
import javax.cache.annotation.CacheResolverFactory;
import javax.cache.annotation.CacheResult;

/**
 * A resolver factory, and a CDI bean with an injected manager, that resolves each call's cache
 * by the name its first argument holds, so each test can use a cache of its own.
 */
@Dependent
public class NamedByParameter implements CacheResolverFactory {
  private final CacheManager manager;

  /** Creates the factory of resolvers that look caches up in {@code manager}. */
  @Inject
  public NamedByParameter(CacheManager manager) {
    this.manager = manager;
  }

  @Override
  public CacheResolver getCacheResolver(CacheMethodDetails<? extends Annotation> details) {
    return new CacheResolver() {
      @Override
      public <K, V> Cache<K, V> resolveCache(
          CacheInvocationContext<? extends Annotation> context) {
        return CacheLookup.getOrCreate(manager,
            (String) context.getAllParameters()[0].getValue());
      }
    };
  }

  @Override
  public CacheResolver getExceptionCacheResolver(CacheMethodDetails<CacheResult> details) {
    throw new UnsupportedOperationException("No exception caches here");
  }
}
