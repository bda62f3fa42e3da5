package io.tiercel.cdi.invocation;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;

/**
 * Single flight: concurrent loads of one key run once, and every caller gets their outcome.
 *
 * <ul>
 *   <li>The first caller for a key (the leader) runs the load; callers that arrive while it
 *       runs wait for it and get the same value or the same exception.</li>
 *   <li>For an asynchronous load, the flight lasts until the returned stage completes, and
 *       callers get a stage of their own instead of waiting.</li>
 *   <li>A leader that loads its own key again (recursion) runs the load again rather than
 *       waiting for itself.</li>
 * </ul>
 */
final class Flights {
  private final ConcurrentMap<Object, Flight> flights = new ConcurrentHashMap<>();

  /**
   * Runs {@code load} for {@code key} unless a load of that key is running, whose outcome it
   * then returns.
   *
   * @param key what the load computes, such as the pair of a cache and a cache key
   * @param async whether {@code load} returns a {@code CompletionStage} of the value
   * @param load computes the value, or a stage of it
   */
  Object join(Object key, boolean async, Callable<Object> load) throws Exception {
    Flight flight = new Flight(async ? null : Thread.currentThread());
    Flight running = flights.putIfAbsent(key, flight);
    if (running != null) {
      if (async) {
        return running.outcome.copy();
      }
      if (running.leader != Thread.currentThread()) {
        return running.await();
      }
      return load.call();
    }
    try {
      Object result = load.call();
      if (async && result instanceof CompletionStage<?> stage) {
        stage.whenComplete((value, failure) -> land(key, flight, value, failure));
      } else {
        land(key, flight, result, null);
      }
      return result;
    } catch (Exception | Error e) {
      land(key, flight, null, e);
      throw e;
    }
  }

  private void land(Object key, Flight flight, Object value, Throwable failure) {
    flights.remove(key, flight);
    if (failure == null) {
      flight.outcome.complete(value);
    } else {
      flight.outcome.completeExceptionally(Throwables.unwrap(failure));
    }
  }

  /** One running load: the thread that runs it (null when asynchronous) and its outcome. */
  private static final class Flight {
    final Thread leader;
    final CompletableFuture<Object> outcome = new CompletableFuture<>();

    Flight(Thread leader) {
      this.leader = leader;
    }

    Object await() throws Exception {
      try {
        return outcome.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw e;
      } catch (ExecutionException e) {
        throw Throwables.rethrowable(e.getCause());
      }
    }
  }
}
