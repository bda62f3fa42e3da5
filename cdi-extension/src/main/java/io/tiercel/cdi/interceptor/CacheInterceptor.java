package io.tiercel.cdi.interceptor;

import io.tiercel.cdi.invocation.CacheInterception;
import io.tiercel.cdi.invocation.Operation;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;

/**
 * What the four cache interceptors share: each hands the call, with the intercepted bean's
 * class, to the {@link CacheInterception}.
 *
 * <p>Serializable, so beans of passivating scopes ({@code @SessionScoped}) can be intercepted:
 * it keeps only the bean class and the client proxy of the interception bean.
 */
abstract class CacheInterceptor implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Operation operation;
  private final CacheInterception interception;
  private final Class<?> beanClass;

  CacheInterceptor(Operation operation, CacheInterception interception, Bean<?> bean) {
    this.operation = operation;
    this.interception = interception;
    this.beanClass = bean.getBeanClass();
  }

  /** Runs the call through the cache. */
  @AroundInvoke
  Object intercept(InvocationContext context) throws Exception {
    return interception.invoke(operation, beanClass, new ContextInvocation(context));
  }
}
