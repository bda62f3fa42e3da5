package io.tiercel.cdi.invocation;

import java.lang.annotation.Annotation;
import java.util.Set;
import javax.cache.annotation.CacheInvocationParameter;

/** One argument of a call, with its declared type, annotations and position. */
final class CallParameter implements CacheInvocationParameter {
  private final Class<?> rawType;
  private final Object value;
  private final Set<Annotation> annotations;
  private final int position;

  CallParameter(Class<?> rawType, Object value, Set<Annotation> annotations, int position) {
    this.rawType = rawType;
    this.value = value;
    this.annotations = annotations;
    this.position = position;
  }

  @Override
  public Class<?> getRawType() {
    return rawType;
  }

  @Override
  public Object getValue() {
    return value;
  }

  @Override
  public Set<Annotation> getAnnotations() {
    return annotations;
  }

  @Override
  public int getParameterPosition() {
    return position;
  }
}
