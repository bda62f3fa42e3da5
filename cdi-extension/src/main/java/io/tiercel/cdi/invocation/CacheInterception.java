package io.tiercel.cdi.invocation;

/**
 * Runs intercepted calls of cache-annotated methods; what the interceptors of every container
 * delegate to.
 */
public interface CacheInterception {

  /**
   * Runs one call as the method's cache annotation says, or simply proceeds if the annotation
   * that applies to the method is not {@code operation}'s.
   *
   * @param operation the operation of the interceptor that was called
   * @param beanClass the bean class the method was called on (not a container subclass)
   * @param invocation the call
   * @return what the call returns: the method's result or the cached one
   * @throws Exception what the method throws, or a cached exception
   */
  Object invoke(Operation operation, Class<?> beanClass, Invocation invocation) throws Exception;
}
