package io.tiercel.jcache.cache;

import io.tiercel.jcache.config.CacheSettings;
import io.tiercel.jcache.config.CoherenceMode;
import io.tiercel.jcache.config.ManagerConfig;
import io.tiercel.jcache.config.TierMode;
import io.tiercel.jcache.management.JmxRegistration;
import io.tiercel.jcache.management.JmxRegistration.MBeanKind;
import io.tiercel.jcache.store.redis.RedisBackend;
import io.tiercel.jcache.store.redis.RedisSettings;
import java.lang.ref.WeakReference;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.CompleteConfiguration;
import javax.cache.configuration.Configuration;
import javax.cache.spi.CachingProvider;

/**
 * The JCache {@link CacheManager}: the caches of one (URI, class loader) pair.
 *
 * <ul>
 *   <li>Cache names are unique per manager; creating an existing name fails.</li>
 *   <li>Closing the manager closes its caches and releases it from its provider.</li>
 *   <li>Caches its configuration names ({@code caches:} of its file, by name or pattern) are
 *       created from it by the first {@code getCache}; {@code createCache} merges the code's
 *       configuration over the file's settings for the name.</li>
 *   <li>Asynchronous listeners and {@code loadAll} run on the manager's own daemon threads.</li>
 * </ul>
 */
public final class TiercelCacheManager implements CacheManager {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Releaser provider;
  private final URI uri;
  /** The URI as shown in messages, names and JMX: without a password it may hold. */
  private final URI shownUri;
  private final WeakReference<ClassLoader> classLoader;
  private final Properties properties;
  private final ConcurrentMap<String, TiercelCache<?, ?>> caches = new ConcurrentHashMap<>();
  private final ExecutorService executor;
  private final ManagerConfig settings;
  /** The Redis of Redis and tiered modes, opened with the first cache that uses it. */
  private RedisBackend redis;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Releases a closed manager from the provider that created it. */
  public interface Releaser extends CachingProvider {
    /** Forgets {@code manager}, so the next request for its URI creates a new one. */
    void release(TiercelCacheManager manager);
  }

  /** Creates the manager of {@code uri} and {@code classLoader}; called by the provider. */
  public TiercelCacheManager(Releaser provider, URI uri, ClassLoader classLoader,
      Properties properties, ManagerConfig settings) {
    this.provider = provider;
    this.uri = uri;
    this.shownUri = URI.create(RedisSettings.redact(uri));
    this.settings = settings;
    if (settings.mode() != TierMode.LOCAL) {
      RedisBackend.requireUsable(settings.redis().orElseThrow());
    }
    this.classLoader = new WeakReference<>(classLoader);
    this.properties = properties;
    this.executor = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "tiercel-async-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  private static RedisBackend openRedis(ManagerConfig settings) {
    RedisBackend backend = RedisBackend.open(settings.redis().orElseThrow());
    return settings.coherence() == CoherenceMode.NONE ? backend.withoutInvalidations() : backend;
  }

  /** Returns this manager's configuration: its mode, Redis and the caches it names. */
  public ManagerConfig settings() {
    return settings;
  }

  /** Returns this manager's Redis, opening it on first use; only in Redis and tiered modes. */
  synchronized RedisBackend redis() {
    requireOpen();
    if (redis == null) {
      redis = openRedis(settings);
    }
    return redis;
  }

  @Override
  public CachingProvider getCachingProvider() {
    return provider;
  }

  @Override
  public URI getURI() {
    return uri;
  }

  /** Returns the class loader, held weakly so an undeployed application's loader can go. */
  @Override
  public ClassLoader getClassLoader() {
    return classLoader.get();
  }

  @Override
  public Properties getProperties() {
    return properties;
  }

  @Override
  public <K, V, C extends Configuration<K, V>> Cache<K, V> createCache(String cacheName,
      C configuration) {
    requireOpen();
    Objects.requireNonNull(cacheName, "cacheName must not be null");
    Objects.requireNonNull(configuration, "configuration must not be null");
    synchronized (caches) {
      if (caches.containsKey(cacheName)) {
        throw new CacheException("A cache named '" + cacheName + "' already exists in "
            + shownUri + "; use getCache to obtain it or destroyCache to replace it");
      }
      return install(cacheName, settings.templateFor(cacheName).merge(configuration));
    }
  }

  /** Creates and publishes the cache {@code cacheName}; the caller holds the caches' lock. */
  private <K, V> TiercelCache<K, V> install(String cacheName, Configuration<K, V> configuration) {
    TiercelCache<K, V> cache = CacheFactory.create(this, cacheName, configuration, executor);
    caches.put(cacheName, cache);
    publishMBeans(cache);
    return cache;
  }

  /**
   * Returns the cache {@code cacheName}, creating it from the configuration if that names it
   * (or creates unknown caches); null if it neither exists nor is configured.
   */
  private TiercelCache<?, ?> existingOrConfigured(String cacheName) {
    TiercelCache<?, ?> cache = caches.get(cacheName);
    if (cache != null) {
      return cache;
    }
    Optional<CacheSettings> configured = settings.findCache(cacheName);
    if (configured.isEmpty()) {
      return null;
    }
    synchronized (caches) {
      cache = caches.get(cacheName);
      return cache != null ? cache : install(cacheName, configured.get().toConfiguration());
    }
  }

  @Override
  public <K, V> Cache<K, V> getCache(String cacheName, Class<K> keyType, Class<V> valueType) {
    requireOpen();
    Objects.requireNonNull(cacheName, "cacheName must not be null");
    Objects.requireNonNull(keyType, "keyType must not be null");
    Objects.requireNonNull(valueType, "valueType must not be null");
    TiercelCache<?, ?> cache = existingOrConfigured(cacheName);
    if (cache == null) {
      return null;
    }
    CompleteConfiguration<?, ?> configuration = cache.liveConfiguration();
    if (!configuration.getKeyType().equals(keyType)
        || !configuration.getValueType().equals(valueType)) {
      throw new ClassCastException("Cache '" + cacheName + "' holds "
          + configuration.getKeyType().getName() + " -> "
          + configuration.getValueType().getName() + ", not " + keyType.getName() + " -> "
          + valueType.getName());
    }
    @SuppressWarnings("unchecked")
    Cache<K, V> typed = (Cache<K, V>) cache;
    return typed;
  }

  @Override
  public <K, V> Cache<K, V> getCache(String cacheName) {
    requireOpen();
    Objects.requireNonNull(cacheName, "cacheName must not be null");
    @SuppressWarnings("unchecked")
    Cache<K, V> cache = (Cache<K, V>) existingOrConfigured(cacheName);
    return cache;
  }

  /**
   * Returns the names of the caches created, and of those the configuration names exactly (not
   * by pattern), which {@code getCache} creates when first asked.
   */
  @Override
  public Iterable<String> getCacheNames() {
    requireOpen();
    Set<String> names = new LinkedHashSet<>(caches.keySet());
    names.addAll(settings.cacheNames());
    return Collections.unmodifiableSet(names);
  }

  @Override
  public void destroyCache(String cacheName) {
    requireOpen();
    Objects.requireNonNull(cacheName, "cacheName must not be null");
    // A configured cache not created yet may still hold entries in Redis.
    existingOrConfigured(cacheName);
    TiercelCache<?, ?> cache = caches.remove(cacheName);
    if (cache != null) {
      withdrawMBeans(cache);
      cache.destroy();
    }
  }

  @Override
  public void enableManagement(String cacheName, boolean enabled) {
    TiercelCache<?, ?> cache = requireCache(cacheName);
    if (cache != null) {
      cache.setManagementEnabled(enabled);
      publishMBeans(cache);
    }
  }

  @Override
  public void enableStatistics(String cacheName, boolean enabled) {
    TiercelCache<?, ?> cache = requireCache(cacheName);
    if (cache != null) {
      cache.setStatisticsEnabled(enabled);
      publishMBeans(cache);
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    provider.release(this);
    for (TiercelCache<?, ?> cache : new ArrayList<>(caches.values())) {
      caches.remove(cache.getName());
      withdrawMBeans(cache);
      cache.shutdown();
    }
    executor.shutdownNow();
    synchronized (this) {
      if (redis != null) {
        redis.close();
      }
    }
  }

  @Override
  public boolean isClosed() {
    return closed.get();
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new IllegalArgumentException("The cache manager cannot be unwrapped to "
        + type.getName());
  }

  /** Forgets a cache that was closed on its own. */
  void release(TiercelCache<?, ?> cache) {
    if (caches.remove(cache.getName(), cache)) {
      withdrawMBeans(cache);
    }
  }

  private TiercelCache<?, ?> requireCache(String cacheName) {
    requireOpen();
    Objects.requireNonNull(cacheName, "cacheName must not be null");
    return existingOrConfigured(cacheName);
  }

  private void publishMBeans(TiercelCache<?, ?> cache) {
    CompleteConfiguration<?, ?> configuration = cache.liveConfiguration();
    if (configuration.isManagementEnabled()) {
      JmxRegistration.register(cache.mxBean(), shownUri, cache.getName(), MBeanKind.CONFIGURATION);
    } else {
      JmxRegistration.unregister(cache.mxBean(), shownUri, cache.getName(), MBeanKind.CONFIGURATION);
    }
    if (configuration.isStatisticsEnabled()) {
      JmxRegistration.register(cache.statistics(), shownUri, cache.getName(), MBeanKind.STATISTICS);
    } else {
      JmxRegistration.unregister(cache.statistics(), shownUri, cache.getName(), MBeanKind.STATISTICS);
    }
  }

  private void withdrawMBeans(TiercelCache<?, ?> cache) {
    JmxRegistration.unregister(cache.mxBean(), shownUri, cache.getName(), MBeanKind.CONFIGURATION);
    JmxRegistration.unregister(cache.statistics(), shownUri, cache.getName(), MBeanKind.STATISTICS);
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("The cache manager for " + shownUri + " is closed");
    }
  }

  @Override
  public String toString() {
    return "TiercelCacheManager[" + shownUri + ", " + settings.mode().name().toLowerCase(
        java.util.Locale.ROOT) + (settings.mode() == TierMode.LOCAL ? "" : " on "
        + settings.redis().orElseThrow().describe()) + ", " + settings.source() + "]";
  }
}
