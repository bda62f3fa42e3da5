package io.tiercel.jcache.cache;

import io.tiercel.jcache.config.ManagerSettings;
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
import java.util.Properties;
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
  private final ManagerSettings settings;
  private RedisBackend redis;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Releases a closed manager from the provider that created it. */
  public interface Releaser extends CachingProvider {
    /** Forgets {@code manager}, so the next request for its URI creates a new one. */
    void release(TiercelCacheManager manager);
  }

  /** Creates the manager of {@code uri} and {@code classLoader}; called by the provider. */
  public TiercelCacheManager(Releaser provider, URI uri, ClassLoader classLoader,
      Properties properties, ManagerSettings settings) {
    this.provider = provider;
    this.uri = uri;
    this.shownUri = URI.create(RedisSettings.redact(uri));
    this.settings = settings;
    this.classLoader = new WeakReference<>(classLoader);
    this.properties = properties;
    this.executor = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "tiercel-async-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Returns where this manager keeps its caches. */
  public ManagerSettings settings() {
    return settings;
  }

  /** Returns this manager's Redis, connecting on first use; only in Redis and tiered modes. */
  synchronized RedisBackend redis() {
    requireOpen();
    if (redis == null) {
      redis = RedisBackend.open(settings.redis());
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
      TiercelCache<K, V> cache = CacheFactory.create(this, cacheName, configuration, executor);
      caches.put(cacheName, cache);
      publishMBeans(cache);
      return cache;
    }
  }

  @Override
  public <K, V> Cache<K, V> getCache(String cacheName, Class<K> keyType, Class<V> valueType) {
    requireOpen();
    Objects.requireNonNull(cacheName, "cacheName must not be null");
    Objects.requireNonNull(keyType, "keyType must not be null");
    Objects.requireNonNull(valueType, "valueType must not be null");
    TiercelCache<?, ?> cache = caches.get(cacheName);
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
    Cache<K, V> cache = (Cache<K, V>) caches.get(cacheName);
    return cache;
  }

  @Override
  public Iterable<String> getCacheNames() {
    requireOpen();
    return Collections.unmodifiableSet(new LinkedHashSet<>(caches.keySet()));
  }

  @Override
  public void destroyCache(String cacheName) {
    requireOpen();
    Objects.requireNonNull(cacheName, "cacheName must not be null");
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
    return caches.get(cacheName);
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
        java.util.Locale.ROOT) + (settings.redis() == null ? "" : " on "
        + settings.redis().describe()) + "]";
  }
}
