package io.tiercel.jcache.testing;

import static org.awaitility.Awaitility.await;

import io.tiercel.jcache.cache.TiercelCache;
import io.tiercel.jcache.spi.TiercelCachingProvider;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.cache.Cache;
import javax.cache.CacheManager;

/**
 * Cache managers on one Redis, each from a provider of its own, so each has its own connections
 * and invalidation listener, as a cache manager in another JVM would.
 */
public final class RedisManagers implements AutoCloseable {
  private final URI url;
  private final List<TiercelCachingProvider> providers = new ArrayList<>();

  /** Creates managers on the Redis at {@code url}. */
  public RedisManagers(URI url) {
    this.url = url;
  }

  /** Returns a new, independent cache manager in {@code mode} ({@code redis} or {@code tiered}). */
  public CacheManager manager(String mode) {
    Properties properties = new Properties();
    properties.setProperty("tiercel.mode", mode);
    return manager(url, properties);
  }

  /** Returns a new, independent cache manager of {@code uri} with {@code properties}. */
  public CacheManager manager(URI uri, Properties properties) {
    TiercelCachingProvider provider = new TiercelCachingProvider();
    providers.add(provider);
    return provider.getCacheManager(uri, RedisManagers.class.getClassLoader(), properties);
  }

  /**
   * Waits until {@code cache} serves {@code key} from its near cache, which it does once its
   * invalidation listener is subscribed; {@code key} must be in the cache.
   */
  public static void awaitNearHit(Cache<?, ?> cache, Object key) {
    @SuppressWarnings("unchecked")
    Cache<Object, ?> untyped = (Cache<Object, ?>) cache;
    TiercelCache<?, ?> tiercel = cache.unwrap(TiercelCache.class);
    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10)).until(() -> {
      long before = tiercel.tierStatistics().nearHits();
      untyped.get(key);
      return tiercel.tierStatistics().nearHits() > before;
    });
  }

  @Override
  public void close() {
    providers.forEach(TiercelCachingProvider::close);
  }
}
