package io.tiercel.cdi.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the calls that reach the methods of the test beans, per method and arguments, so that
 * tests sharing one deployment do not see each other's calls.
 */
@ApplicationScoped
public class Calls {
  private final Map<List<Object>, AtomicInteger> counts = new ConcurrentHashMap<>();

  /** Records one call of {@code method} with {@code arguments}. */
  public void record(String method, Object... arguments) {
    counts.computeIfAbsent(key(method, arguments), any -> new AtomicInteger()).incrementAndGet();
  }

  /** Returns how many calls of {@code method} with {@code arguments} were recorded. */
  public int count(String method, Object... arguments) {
    AtomicInteger count = counts.get(key(method, arguments));
    return count == null ? 0 : count.get();
  }

  private static List<Object> key(String method, Object... arguments) {
    return List.of(method, List.of(arguments));
  }
}
