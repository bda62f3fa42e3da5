package io.tiercel.jcache.cache;

import io.tiercel.jcache.config.TiercelConfiguration;
import io.tiercel.jcache.spi.TiercelCachingProvider;
import io.tiercel.jcache.testing.FakeTicker;
import java.net.URI;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.Factory;

/** A cache manager of its own with a fake clock, for one test; closing it closes its caches. */
final class CacheFixture implements AutoCloseable {
  private static final AtomicInteger NAMES = new AtomicInteger();

  private final FakeTicker ticker = new FakeTicker();
  private final TiercelCachingProvider provider = new TiercelCachingProvider();
  private final CacheManager manager = provider.getCacheManager(
      URI.create("urn:tiercel-test:" + UUID.randomUUID()), CacheFixture.class.getClassLoader(),
      localOnly());

  /** Returns manager properties that keep caches in this JVM, whatever the environment says. */
  static Properties localOnly() {
    Properties properties = new Properties();
    properties.setProperty("tiercel.mode", "local");
    return properties;
  }

  /** Returns the clock every configuration from {@link #configuration()} measures expiry on. */
  FakeTicker ticker() {
    return ticker;
  }

  /** Returns this fixture's cache manager. */
  CacheManager manager() {
    return manager;
  }

  /** Returns a store-by-value configuration on the fake clock with statistics enabled. */
  <K, V> TiercelConfiguration<K, V> configuration() {
    TiercelConfiguration<K, V> configuration = new TiercelConfiguration<K, V>().setTicker(ticker);
    configuration.setStatisticsEnabled(true);
    return configuration;
  }

  /** Creates a cache with a fresh name. */
  <K, V> Cache<K, V> create(TiercelConfiguration<K, V> configuration) {
    return manager.createCache("cache-" + NAMES.incrementAndGet(), configuration);
  }

  /** Creates a store-by-value cache on the fake clock with statistics enabled. */
  <K, V> Cache<K, V> create() {
    return create(configuration());
  }

  /** Returns a factory that hands out {@code instance}, so a test keeps a handle on it. */
  static <T> Factory<T> singleton(T instance) {
    return () -> instance;
  }

  @Override
  public void close() {
    provider.close();
  }
}
