package io.tiercel.jcache.testing;

import java.util.ArrayList;
import java.util.List;
import javax.cache.Cache;
import javax.cache.processor.EntryProcessor;

/** Atomic increments of a counter through {@code invoke}, the test of atomicity across JVMs. */
public final class Increments {
  private static final EntryProcessor<String, Integer, Void> INCREMENT = (entry, arguments) -> {
    entry.setValue(entry.exists() ? entry.getValue() + 1 : 1);
    return null;
  };

  private Increments() {}

  /** Increments {@code key} once, atomically. */
  public static void increment(Cache<String, Integer> cache, String key) {
    cache.invoke(key, INCREMENT);
  }

  /** Increments {@code key} {@code times} times on each of {@code threads} threads. */
  public static void onThreads(Cache<String, Integer> cache, String key, int threads, int times)
      throws InterruptedException {
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker = new Thread(() -> {
        for (int i = 0; i < times; i++) {
          increment(cache, key);
        }
      });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
  }
}
