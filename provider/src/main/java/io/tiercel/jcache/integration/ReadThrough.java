package io.tiercel.jcache.integration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.cache.integration.CacheLoader;
import javax.cache.integration.CacheLoaderException;

/**
 * Calls the application's {@link CacheLoader} for missing entries.
 *
 * <ul>
 *   <li>Anything the loader throws reaches the caller as {@link CacheLoaderException}.</li>
 *   <li>Null keys or values the loader returns are dropped: nothing is cached for them.</li>
 *   <li>{@link #disabled()} loads nothing.</li>
 * </ul>
 */
public final class ReadThrough<K, V> {
  private static final ReadThrough<?, ?> DISABLED = new ReadThrough<>(null);

  private final CacheLoader<K, V> loader;

  private ReadThrough(CacheLoader<K, V> loader) {
    this.loader = loader;
  }

  /** Returns read-through that calls {@code loader}, or the disabled one if it is null. */
  public static <K, V> ReadThrough<K, V> from(CacheLoader<K, V> loader) {
    return loader == null ? disabled() : new ReadThrough<>(loader);
  }

  /** Returns the read-through of caches without a loader. */
  @SuppressWarnings("unchecked")
  public static <K, V> ReadThrough<K, V> disabled() {
    return (ReadThrough<K, V>) DISABLED;
  }

  /** Returns whether a loader is called. */
  public boolean isEnabled() {
    return loader != null;
  }

  /** Loads one value, or returns null if there is none. */
  public V load(K key) {
    if (loader == null) {
      return null;
    }
    try {
      return loader.load(key);
    } catch (RuntimeException e) {
      throw wrap(e, "key " + key);
    }
  }

  /** Loads the values of {@code keys}, leaving out keys without a value. */
  public Map<K, V> loadAll(Set<? extends K> keys) {
    Map<K, V> loaded = new LinkedHashMap<>();
    if (loader == null || keys.isEmpty()) {
      return loaded;
    }
    Map<K, V> result;
    try {
      result = loader.loadAll(keys);
    } catch (RuntimeException e) {
      throw wrap(e, keys.size() + " keys");
    }
    if (result != null) {
      result.forEach((key, value) -> {
        if (key != null && value != null) {
          loaded.put(key, value);
        }
      });
    }
    return loaded;
  }

  /** Closes the loader if it holds resources. */
  public void close() {
    Resources.closeQuietly(loader);
  }

  private CacheLoaderException wrap(RuntimeException e, String what) {
    return e instanceof CacheLoaderException cle
        ? cle
        : new CacheLoaderException("Cache loader " + loader.getClass().getName()
            + " failed to load " + what + ": " + e, e);
  }
}
