package io.tiercel.jcache.integration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.cache.Cache;
import javax.cache.integration.CacheWriter;
import javax.cache.integration.CacheWriterException;

/**
 * Calls the application's {@link CacheWriter} before the cache changes.
 *
 * <ul>
 *   <li>Anything the writer throws reaches the caller as {@link CacheWriterException}, and the
 *       cache is left unchanged for that entry.</li>
 *   <li>Batches follow the spec's partial-success rule: the writer removes what it wrote from
 *       the collection it is given, and only those entries change in the cache.</li>
 *   <li>{@link #disabled()} writes nothing and lets every change through.</li>
 * </ul>
 */
public final class WriteThrough<K, V> {
  private static final WriteThrough<?, ?> DISABLED = new WriteThrough<>(null);

  private final CacheWriter<K, V> writer;

  private WriteThrough(CacheWriter<K, V> writer) {
    this.writer = writer;
  }

  /** Returns write-through that calls {@code writer}, or the disabled one if it is null. */
  @SuppressWarnings("unchecked")
  public static <K, V> WriteThrough<K, V> to(CacheWriter<? super K, ? super V> writer) {
    // A writer of supertypes accepts every K and V; the cast only narrows its declared types.
    return writer == null ? disabled() : new WriteThrough<>((CacheWriter<K, V>) writer);
  }

  /** Returns the write-through of caches without a writer. */
  @SuppressWarnings("unchecked")
  public static <K, V> WriteThrough<K, V> disabled() {
    return (WriteThrough<K, V>) DISABLED;
  }

  /** Returns whether a writer is called. */
  public boolean isEnabled() {
    return writer != null;
  }

  /** Hands one entry to the writer; a failure is thrown as {@link CacheWriterException}. */
  public void write(Cache.Entry<K, V> entry) {
    if (writer == null) {
      return;
    }
    try {
      writer.write(entry);
    } catch (RuntimeException e) {
      throw wrap(e, "write key " + entry.getKey());
    }
  }

  /** Asks the writer to delete one key; a failure is thrown as {@link CacheWriterException}. */
  public void delete(K key) {
    if (writer == null) {
      return;
    }
    try {
      writer.delete(key);
    } catch (RuntimeException e) {
      throw wrap(e, "delete key " + key);
    }
  }

  /**
   * Writes a batch of entries and reports which keys were written; the writer removes the
   * entries it wrote from {@code pending}.
   */
  public Batch<K> writeAll(Collection<Cache.Entry<? extends K, ? extends V>> pending) {
    Set<K> keys = new LinkedHashSet<>();
    pending.forEach(entry -> keys.add(entry.getKey()));
    if (writer == null || pending.isEmpty()) {
      return new Batch<>(keys, null);
    }
    try {
      writer.writeAll(pending);
      return new Batch<>(keys, null);
    } catch (RuntimeException e) {
      pending.forEach(entry -> keys.remove(entry.getKey()));
      return new Batch<>(keys, wrap(e, "write " + pending.size() + " of " + keys.size()
          + " entries"));
    }
  }

  /** Deletes a batch of keys and reports which were deleted. */
  public Batch<K> deleteAll(Collection<? extends K> keys) {
    Set<K> succeeded = new LinkedHashSet<>(keys);
    if (writer == null || keys.isEmpty()) {
      return new Batch<>(succeeded, null);
    }
    List<Object> pending = new ArrayList<>(keys);
    try {
      writer.deleteAll(pending);
      return new Batch<>(succeeded, null);
    } catch (RuntimeException e) {
      succeeded.removeAll(pending);
      return new Batch<>(succeeded, wrap(e, "delete " + pending.size() + " of " + keys.size()
          + " keys"));
    }
  }

  /** Closes the writer if it holds resources. */
  public void close() {
    Resources.closeQuietly(writer);
  }

  private CacheWriterException wrap(RuntimeException e, String what) {
    return e instanceof CacheWriterException cwe
        ? cwe
        : new CacheWriterException("Cache writer " + writer.getClass().getName()
            + " failed to " + what + ": " + e, e);
  }
}
