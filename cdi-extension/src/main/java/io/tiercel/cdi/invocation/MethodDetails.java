package io.tiercel.cdi.invocation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.cache.annotation.CacheMethodDetails;

/**
 * What a cache resolver factory learns about an annotated method: the method, its annotations
 * and the name of the cache it uses.
 */
final class MethodDetails<A extends Annotation> implements CacheMethodDetails<A> {
  private final Method method;
  private final Set<Annotation> annotations;
  private final A cacheAnnotation;
  private final String cacheName;

  MethodDetails(Method method, A cacheAnnotation, String cacheName) {
    this.method = method;
    this.annotations =
        Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(method.getAnnotations())));
    this.cacheAnnotation = cacheAnnotation;
    this.cacheName = cacheName;
  }

  @Override
  public Method getMethod() {
    return method;
  }

  @Override
  public Set<Annotation> getAnnotations() {
    return annotations;
  }

  @Override
  public A getCacheAnnotation() {
    return cacheAnnotation;
  }

  @Override
  public String getCacheName() {
    return cacheName;
  }

  @Override
  public String toString() {
    return "@" + cacheAnnotation.annotationType().getSimpleName() + "(" + cacheName + ") on "
        + method;
  }
}
