package io.tiercel.cdi.resolver;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;

/**
 * Finds a cache by name in a {@code CacheManager}, creating it if the manager has none.
 *
 * <ul>
 *   <li>A cache the manager has, or creates from its own configuration when asked for the name
 *       (Tiercel's named caches and presets), is used as it is.</li>
 *   <li>Otherwise the cache is created with the default {@link MutableConfiguration}: keys and
 *       values of any type, stored by value, eternal.</li>
 *   <li>Two threads that create the same cache at once both get the one that won.</li>
 * </ul>
 */
public final class CacheLookup {

  private CacheLookup() {}

  /** Returns the cache named {@code name} in {@code manager}, created if missing. */
  public static <K, V> Cache<K, V> getOrCreate(CacheManager manager, String name) {
    Cache<K, V> cache = manager.getCache(name);
    if (cache != null) {
      return cache;
    }
    try {
      return manager.createCache(name, new MutableConfiguration<K, V>());
    } catch (CacheException e) {
      Cache<K, V> created = manager.getCache(name);
      if (created == null) {
        throw e;
      }
      return created;
    }
  }
}
