package io.tiercel.jcache.spi;

import io.tiercel.jcache.cache.TiercelCacheManager;
import io.tiercel.jcache.config.ConfigLoader;
import io.tiercel.jcache.config.ManagerConfig;
import io.tiercel.jcache.config.TierMode;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.cache.CacheManager;
import javax.cache.configuration.OptionalFeature;

/**
 * Tiercel's JCache {@code CachingProvider}, found by {@code Caching.getCachingProvider()}.
 *
 * <ul>
 *   <li>One cache manager per (URI, class loader); asking again returns the same one until it is
 *       closed.</li>
 *   <li>Class loaders are held weakly, so undeployed applications do not leak.</li>
 *   <li>Store-by-reference is supported.</li>
 * </ul>
 */
public final class TiercelCachingProvider implements TiercelCacheManager.Releaser {
  /** The URI of the default cache manager. */
  public static final URI DEFAULT_URI = URI.create("urn:X-tiercel:default");

  private static final Logger LOG = System.getLogger(TiercelCachingProvider.class.getName());
  private static final AtomicBoolean LOCAL_SAID = new AtomicBoolean();

  private final Map<ClassLoader, Map<URI, TiercelCacheManager>> managers = new WeakHashMap<>();

  @Override
  public synchronized CacheManager getCacheManager(URI uri, ClassLoader classLoader,
      Properties properties) {
    URI managerUri = uri == null ? getDefaultURI() : uri;
    ClassLoader loader = classLoader == null ? getDefaultClassLoader() : classLoader;
    Properties managerProperties = properties == null ? getDefaultProperties() : properties;
    return managers.computeIfAbsent(loader, any -> new HashMap<>()).computeIfAbsent(managerUri,
        any -> new TiercelCacheManager(this, managerUri, loader, managerProperties,
            settingsOf(managerUri, loader, managerProperties)));
  }

  /**
   * Reads the configuration of the manager of {@code uri} (its file, the environment, system
   * properties, {@code properties}, the URI); says once if caches live only in this JVM.
   *
   * @throws io.tiercel.jcache.config.ConfigurationException (a {@code CacheException}) if the
   *     configuration is bad, naming where and what is allowed
   */
  private static ManagerConfig settingsOf(URI uri, ClassLoader loader, Properties properties) {
    ManagerConfig settings = ConfigLoader.load(uri, loader, properties);
    if (settings.mode() == TierMode.LOCAL && settings.redis().isEmpty()
        && LOCAL_SAID.compareAndSet(false, true)) {
      LOG.log(Level.INFO, "Tiercel: no Redis configured (redis.url in tiercel.yaml, the"
          + " environment variable REDIS_URL, the property tiercel.redis.url or a redis:// cache"
          + " manager URI); caches live in this JVM only");
    }
    return settings;
  }

  @Override
  public CacheManager getCacheManager(URI uri, ClassLoader classLoader) {
    return getCacheManager(uri, classLoader, getDefaultProperties());
  }

  @Override
  public CacheManager getCacheManager() {
    return getCacheManager(getDefaultURI(), getDefaultClassLoader(), getDefaultProperties());
  }

  @Override
  public ClassLoader getDefaultClassLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context == null ? getClass().getClassLoader() : context;
  }

  @Override
  public URI getDefaultURI() {
    return DEFAULT_URI;
  }

  @Override
  public Properties getDefaultProperties() {
    return new Properties();
  }

  @Override
  public void close() {
    List<TiercelCacheManager> open = new ArrayList<>();
    synchronized (this) {
      managers.values().forEach(byUri -> open.addAll(byUri.values()));
      managers.clear();
    }
    open.forEach(TiercelCacheManager::close);
  }

  @Override
  public void close(ClassLoader classLoader) {
    ClassLoader loader = classLoader == null ? getDefaultClassLoader() : classLoader;
    Map<URI, TiercelCacheManager> byUri;
    synchronized (this) {
      byUri = managers.remove(loader);
    }
    if (byUri != null) {
      new ArrayList<>(byUri.values()).forEach(TiercelCacheManager::close);
    }
  }

  @Override
  public void close(URI uri, ClassLoader classLoader) {
    URI managerUri = uri == null ? getDefaultURI() : uri;
    ClassLoader loader = classLoader == null ? getDefaultClassLoader() : classLoader;
    TiercelCacheManager manager;
    synchronized (this) {
      Map<URI, TiercelCacheManager> byUri = managers.get(loader);
      manager = byUri == null ? null : byUri.remove(managerUri);
    }
    if (manager != null) {
      manager.close();
    }
  }

  @Override
  public synchronized void release(TiercelCacheManager manager) {
    Map<URI, TiercelCacheManager> byUri = managers.get(manager.getClassLoader());
    if (byUri != null) {
      byUri.remove(manager.getURI(), manager);
      if (byUri.isEmpty()) {
        managers.remove(manager.getClassLoader());
      }
    }
  }

  @Override
  public boolean isSupported(OptionalFeature feature) {
    return feature == OptionalFeature.STORE_BY_REFERENCE;
  }
}
