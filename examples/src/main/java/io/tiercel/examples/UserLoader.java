package io.tiercel.examples;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.integration.CacheLoader;

/** Stands in for a database: each load is counted so the example can show what caching saved. */
public final class UserLoader implements CacheLoader<Long, String> {
  private static final AtomicInteger LOADS = new AtomicInteger();

  /** Returns how many values were loaded so far. */
  static int loads() {
    return LOADS.get();
  }

  /** Forgets the loads counted so far, so a second run in one JVM counts afresh. */
  static void reset() {
    LOADS.set(0);
  }

  @Override
  public String load(Long id) {
    LOADS.incrementAndGet();
    return "user-" + id;
  }

  @Override
  public Map<Long, String> loadAll(Iterable<? extends Long> ids) {
    Map<Long, String> users = new HashMap<>();
    ids.forEach(id -> users.put(id, load(id)));
    return users;
  }
}
