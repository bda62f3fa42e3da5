package io.tiercel.cdi;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.Interceptor;

/** The {@code @Interceptor} annotation the extension gives the cache interceptors it adds. */
final class InterceptorLiteral extends AnnotationLiteral<Interceptor> implements Interceptor {
  static final InterceptorLiteral INSTANCE = new InterceptorLiteral();

  private static final long serialVersionUID = 1L;

  private InterceptorLiteral() {}
}
