package io.tiercel.cdi.invocation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Set;
import javax.cache.Cache;
import javax.cache.annotation.CacheInvocationParameter;
import javax.cache.annotation.CacheKeyInvocationContext;
import javax.cache.annotation.CacheResolver;
import javax.cache.annotation.GeneratedCacheKey;

/**
 * One call of an annotated method, as key generators and cache resolvers see it, with the steps
 * the operations need: its key, its caches, and proceeding.
 */
final class Call<A extends Annotation> implements CacheKeyInvocationContext<A> {
  private final CacheMethod method;
  private final Bound bound;
  private final Invocation invocation;
  private GeneratedCacheKey key;

  Call(CacheMethod method, Bound bound, Invocation invocation) {
    this.method = method;
    this.bound = bound;
    this.invocation = invocation;
  }

  CacheMethod cacheMethod() {
    return method;
  }

  Policy policy() {
    return method.policy();
  }

  /** Returns the call's key, generated on first use. */
  GeneratedCacheKey key() {
    if (key == null) {
      key = bound.keyGenerator().generateCacheKey(this);
      if (key == null) {
        throw new IllegalStateException(bound.keyGenerator().getClass().getName()
            + " generated a null key for " + method);
      }
    }
    return key;
  }

  /** Returns the cache the method uses. */
  Cache<Object, Object> cache() {
    return resolve(bound.caches(), method.details().getCacheName());
  }

  /** Returns the cache of exceptions; only for methods with an exception cache name. */
  Cache<Object, Object> exceptionCache() {
    return resolve(bound.exceptionCaches(), method.policy().exceptionCacheName());
  }

  Object proceed() throws Exception {
    return invocation.proceed();
  }

  /** Returns the argument to put in the cache, for {@code @CachePut}. */
  Object value() {
    return method.parameters().value(invocation.parameters()).getValue();
  }

  private Cache<Object, Object> resolve(CacheResolver resolver, String name) {
    Cache<Object, Object> cache = resolver.resolveCache(this);
    if (cache == null) {
      throw new IllegalStateException(resolver.getClass().getName() + " resolved no cache named '"
          + name + "' for " + method);
    }
    return cache;
  }

  @Override
  public Object getTarget() {
    return invocation.target();
  }

  @Override
  public CacheInvocationParameter[] getAllParameters() {
    return method.parameters().all(invocation.parameters());
  }

  @Override
  public CacheInvocationParameter[] getKeyParameters() {
    return method.parameters().keys(invocation.parameters());
  }

  @Override
  public CacheInvocationParameter getValueParameter() {
    return method.parameters().value(invocation.parameters());
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return invocation.unwrap(type);
  }

  @Override
  public Method getMethod() {
    return method.details().getMethod();
  }

  @Override
  public Set<Annotation> getAnnotations() {
    return method.details().getAnnotations();
  }

  @SuppressWarnings("unchecked")
  @Override
  public A getCacheAnnotation() {
    return (A) method.details().getCacheAnnotation();
  }

  @Override
  public String getCacheName() {
    return method.details().getCacheName();
  }
}
