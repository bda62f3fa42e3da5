package io.tiercel.benchmarks;

import io.tiercel.jcache.cache.TiercelCacheManager;
import io.tiercel.jcache.config.TierMode;
import java.net.URI;
import java.util.Locale;
import java.util.Properties;
import javax.cache.CacheManager;
import javax.cache.Caching;

/**
 * Opens Tiercel cache managers on the benchmark Redis, one per name.
 *
 * <p>The provider keeps one manager per (URI, class loader), so each name becomes a query on
 * the Redis URI ({@code redis://127.0.0.1:<port>/0?manager=<name>}): the managers are
 * independent (own connections, own near caches, own invalidation listener) while Tiercel reads
 * the same server and database from every URI.
 */
final class TiercelManagers {

  private TiercelManagers() {}

  /** Opens the manager {@code name} in {@code mode} on database 0 of the Redis at {@code url}. */
  static CacheManager open(URI url, TierMode mode, String name) {
    URI uri = URI.create("redis://" + url.getHost() + ":" + url.getPort() + "/0?manager="
        + name);
    Properties properties = new Properties();
    properties.setProperty("tiercel.mode", mode.name().toLowerCase(Locale.ROOT));
    CacheManager manager = Caching.getCachingProvider()
        .getCacheManager(uri, TiercelManagers.class.getClassLoader(), properties);
    if (manager.unwrap(TiercelCacheManager.class).settings().mode() != mode) {
      throw new IllegalStateException("Asked for a " + mode + " cache manager, got " + manager);
    }
    return manager;
  }
}
