package io.tiercel.cdi.invocation;

import java.lang.reflect.Method;

/** One intercepted call, as the container hands it over. */
public interface Invocation {

  /** Returns the instance whose method is called. */
  Object target();

  /** Returns the method called, as declared by the bean class or one of its superclasses. */
  Method method();

  /** Returns the arguments of the call. */
  Object[] parameters();

  /** Calls the next interceptor or the method itself, and returns what it returns. */
  Object proceed() throws Exception;

  /**
   * Returns the container's own representation of the call, for
   * {@code CacheInvocationContext#unwrap}.
   *
   * @throws IllegalArgumentException if the call is not of that type
   */
  <T> T unwrap(Class<T> type);
}
