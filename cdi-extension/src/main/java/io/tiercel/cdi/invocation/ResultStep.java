package io.tiercel.cdi.invocation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javax.cache.Cache;

/**
 * The steps of a {@code @CacheResult} call.
 *
 * <ol>
 *   <li>Resolve the cache and generate the key.</li>
 *   <li>Unless {@code skipGet}: return the cached value if there is one; throw the cached
 *       exception if there is one.</li>
 *   <li>Call the method, once for concurrent misses of one key (single flight).</li>
 *   <li>Cache a non-null result (for a {@code CompletionStage}, the value it completes with,
 *       never a failure), or an exception the exception lists select.</li>
 * </ol>
 */
final class ResultStep {
  private final Flights flights = new Flights();

  Object invoke(Call<?> call) throws Exception {
    Policy policy = call.policy();
    Cache<Object, Object> cache = call.cache();
    Object key = call.key();
    if (policy.skipGet()) {
      return load(call, cache, key);
    }
    Object cached = cache.get(key);
    if (cached != null) {
      return policy.async() ? CompletableFuture.completedFuture(cached) : cached;
    }
    if (policy.exceptionCacheName() != null) {
      Object exception = call.exceptionCache().get(key);
      if (exception instanceof Throwable thrown) {
        throw Throwables.rethrowable(thrown);
      }
    }
    if (!policy.singleFlight()) {
      return load(call, cache, key);
    }
    return flights.join(new FlightKey(cache, key), policy.async(), () -> load(call, cache, key));
  }

  private static Object load(Call<?> call, Cache<Object, Object> cache, Object key)
      throws Exception {
    Object result;
    try {
      result = call.proceed();
    } catch (Exception | Error e) {
      cacheException(call, key, e);
      throw e;
    }
    if (result == null) {
      return null;
    }
    if (call.policy().async()) {
      return ((CompletionStage<?>) result).whenComplete((value, failure) -> {
        if (failure == null && value != null) {
          cache.put(key, value);
        }
      });
    }
    cache.put(key, result);
    return result;
  }

  private static void cacheException(Call<?> call, Object key, Throwable thrown) {
    Policy policy = call.policy();
    if (policy.exceptionCacheName() != null && policy.exceptions().test(thrown)) {
      call.exceptionCache().put(key, thrown);
    }
  }

  /** Identifies a load: the cache it fills (by identity) and the key. */
  private record FlightKey(Cache<?, ?> cache, Object key) {
    @Override
    public boolean equals(Object other) {
      return other instanceof FlightKey flight && cache == flight.cache && key.equals(flight.key);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(cache) * 31 + key.hashCode();
    }
  }
}
