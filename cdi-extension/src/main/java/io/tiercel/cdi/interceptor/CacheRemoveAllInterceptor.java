package io.tiercel.cdi.interceptor;

import io.tiercel.cdi.invocation.CacheInterception;
import io.tiercel.cdi.invocation.Operation;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Intercepted;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import javax.cache.annotation.CacheRemoveAll;

/** Intercepts {@code @CacheRemoveAll} methods: empties the cache. */
@CacheRemoveAll
@Priority(CachePriority.VALUE)
public class CacheRemoveAllInterceptor extends CacheInterceptor {
  private static final long serialVersionUID = 1L;

  /** Creates the interceptor of one bean instance. */
  @Inject
  public CacheRemoveAllInterceptor(CacheInterception interception, @Intercepted Bean<?> bean) {
    super(Operation.REMOVE_ALL, interception, bean);
  }
}
