package io.tiercel.cdi.interceptor;

import io.tiercel.cdi.invocation.CacheInterception;
import io.tiercel.cdi.invocation.Operation;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Intercepted;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import javax.cache.annotation.CacheRemove;

/** Intercepts {@code @CacheRemove} methods: removes the call's key from the cache. */
@CacheRemove
@Priority(CachePriority.VALUE)
public class CacheRemoveInterceptor extends CacheInterceptor {
  private static final long serialVersionUID = 1L;

  /** Creates the interceptor of one bean instance. */
  @Inject
  public CacheRemoveInterceptor(CacheInterception interception, @Intercepted Bean<?> bean) {
    super(Operation.REMOVE, interception, bean);
  }
}
