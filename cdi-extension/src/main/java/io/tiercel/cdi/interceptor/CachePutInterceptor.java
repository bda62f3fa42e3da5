package io.tiercel.cdi.interceptor;

import io.tiercel.cdi.invocation.CacheInterception;
import io.tiercel.cdi.invocation.Operation;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Intercepted;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import javax.cache.annotation.CachePut;

/** Intercepts {@code @CachePut} methods: puts the {@code @CacheValue} argument in the cache. */
@CachePut
@Priority(CachePriority.VALUE)
public class CachePutInterceptor extends CacheInterceptor {
  private static final long serialVersionUID = 1L;

  /** Creates the interceptor of one bean instance. */
  @Inject
  public CachePutInterceptor(CacheInterception interception, @Intercepted Bean<?> bean) {
    super(Operation.PUT, interception, bean);
  }
}
