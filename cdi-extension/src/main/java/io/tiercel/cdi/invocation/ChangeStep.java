package io.tiercel.cdi.invocation;

import java.util.concurrent.CompletionStage;
import javax.cache.Cache;

/**
 * The steps of a {@code @CachePut}, {@code @CacheRemove} or {@code @CacheRemoveAll} call.
 *
 * <ol>
 *   <li>Resolve the cache, generate the key and take the value, from the arguments as they are
 *       before the call.</li>
 *   <li>With {@code afterInvocation = false}: change the cache, then call the method.</li>
 *   <li>Otherwise call the method and change the cache if it returned, or if it threw an
 *       exception the exception lists select; for a {@code CompletionStage}, when the stage
 *       completes, and the stage returned completes after the change.</li>
 * </ol>
 *
 * <p>A {@code @CachePut} of a null value removes the key: JCache caches cannot hold null, and
 * keeping the previous value would keep a stale one.
 */
final class ChangeStep {

  Object invoke(Call<?> call) throws Exception {
    Policy policy = call.policy();
    Runnable change = change(call);
    if (!policy.afterInvocation()) {
      change.run();
      return call.proceed();
    }
    Object result;
    try {
      result = call.proceed();
    } catch (Exception | Error e) {
      if (policy.exceptions().test(e)) {
        change.run();
      }
      throw e;
    }
    if (policy.async() && result != null) {
      return ((CompletionStage<?>) result).whenComplete((value, failure) -> {
        if (failure == null || policy.exceptions().test(Throwables.unwrap(failure))) {
          change.run();
        }
      });
    }
    change.run();
    return result;
  }

  private static Runnable change(Call<?> call) {
    Cache<Object, Object> cache = call.cache();
    return switch (call.cacheMethod().operation()) {
      case PUT -> {
        Object key = call.key();
        Object value = call.value();
        yield value == null ? () -> cache.remove(key) : () -> cache.put(key, value);
      }
      case REMOVE -> {
        Object key = call.key();
        yield () -> cache.remove(key);
      }
      case REMOVE_ALL -> cache::removeAll;
      case RESULT -> throw new IllegalArgumentException("Not a change: " + call.cacheMethod());
    };
  }
}
