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

  private void failIfFailing() {
    if (failing) {
      throw new IllegalStateException("The writer is down");
    }
  }
}
