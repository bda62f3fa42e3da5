package io.tiercel.jcache.cache;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.Cache;
import javax.cache.integration.CacheWriter;

/** A cache writer that keeps what it is given in a map, and fails when told to. */
final class RecordingWriter<K, V> implements CacheWriter<K, V> {
  private final Map<K, V> written = new ConcurrentHashMap<>();
  private final AtomicInteger calls = new AtomicInteger();
  private volatile boolean failing;
  private volatile int batchLimit = Integer.MAX_VALUE;
  private volatile Hook hook = key -> { };

  /** Work a test does inside a single-key writer call, such as moving the clock. */
  @FunctionalInterface
  interface Hook {
    void run(Object key) throws Exception;
  }

  /** Makes every later call throw. */
  RecordingWriter<K, V> failing() {
    failing = true;
    return this;
  }

  /** Makes {@code writeAll} write only its first {@code entries} entries, then throw. */
  RecordingWriter<K, V> failingBatchesAfter(int entries) {
    batchLimit = entries;
    return this;
  }

  /** Makes every later {@code write} and {@code delete} run {@code hook} with the key first. */
  RecordingWriter<K, V> beforeEachCall(Hook hook) {
    this.hook = hook;
    return this;
  }

  /** Returns what the writer holds now. */
  Map<K, V> written() {
    return Map.copyOf(written);
  }

  /** Returns how many times the cache called the writer. */
  int calls() {
    return calls.get();
  }

  @Override
  public void write(Cache.Entry<? extends K, ? extends V> entry) {
    calls.incrementAndGet();
    runHook(entry.getKey());
    failIfFailing();
    written.put(entry.getKey(), entry.getValue());
  }

  @Override
  public void writeAll(Collection<Cache.Entry<? extends K, ? extends V>> entries) {
    calls.incrementAndGet();
    failIfFailing();
    int count = 0;
    for (Iterator<Cache.Entry<? extends K, ? extends V>> it = entries.iterator(); it.hasNext(); ) {
      if (count++ == batchLimit) {
        throw new IllegalStateException("The writer gave up after " + batchLimit + " entries");
      }
      Cache.Entry<? extends K, ? extends V> entry = it.next();
      written.put(entry.getKey(), entry.getValue());
      it.remove();
    }
  }

  @Override
  public void delete(Object key) {
    calls.incrementAndGet();
    runHook(key);
    failIfFailing();
    written.remove(key);
  }

  @Override
  public void deleteAll(Collection<?> keys) {
    calls.incrementAndGet();
    failIfFailing();
    for (Iterator<?> it = keys.iterator(); it.hasNext(); ) {
      written.remove(it.next());
      it.remove();
    }
  }

  private void runHook(Object key) {
    try {
      hook.run(key);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("The writer's hook failed on key " + key, e);
    }
  }

  private void failIfFailing() {
    if (failing) {
      throw new IllegalStateException("The writer is down");
    }
  }
}
