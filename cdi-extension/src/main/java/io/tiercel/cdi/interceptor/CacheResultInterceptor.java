package io.tiercel.cdi.interceptor;

import io.tiercel.cdi.invocation.CacheInterception;
import io.tiercel.cdi.invocation.Operation;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Intercepted;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import javax.cache.annotation.CacheResult;

/**
 * Intercepts {@code @CacheResult} methods: returns the cached result, else calls the method and
 * caches its result.
 */
@CacheResult
@Priority(CachePriority.VALUE)
public class CacheResultInterceptor extends CacheInterceptor {
  private static final long serialVersionUID = 1L;

  /** Creates the interceptor of one bean instance. */
  @Inject
  public CacheResultInterceptor(CacheInterception interception, @Intercepted Bean<?> bean) {
    super(Operation.RESULT, interception, bean);
  }
}
