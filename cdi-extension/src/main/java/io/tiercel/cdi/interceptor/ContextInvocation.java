package io.tiercel.cdi.interceptor;

import io.tiercel.cdi.invocation.Invocation;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/** A CDI {@link InvocationContext} seen as an {@link Invocation}. */
final class ContextInvocation implements Invocation {
  private final InvocationContext context;

  ContextInvocation(InvocationContext context) {
    this.context = context;
  }

  @Override
  public Object target() {
    return context.getTarget();
  }

  @Override
  public Method method() {
    return context.getMethod();
  }

  @Override
  public Object[] parameters() {
    return context.getParameters();
  }

  @Override
  public Object proceed() throws Exception {
    return context.proceed();
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    if (type.isInstance(context)) {
      return type.cast(context);
    }
    throw new IllegalArgumentException("The invocation is a " + context.getClass().getName()
        + ", not a " + type.getName());
  }
}
