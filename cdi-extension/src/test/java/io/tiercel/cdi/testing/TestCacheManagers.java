package io.tiercel.cdi.testing;

import io.tiercel.jcache.spi.TiercelCachingProvider;
import java.net.URI;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;

/**
 * Opens the cache manager of the container tests: the one place that decides which mode of
 * Tiercel the whole suite runs against.
 *
 * <p>Today that is the Caffeine-only mode, on the URI of the system property
 * {@value #URI_PROPERTY} (default {@value #DEFAULT_URI}). To run the same suite against Redis in
 * tiered mode, this method opens the manager on the test Redis server instead; no test changes.
 */
public final class TestCacheManagers {
  /** The system property naming the cache manager's URI. */
  public static final String URI_PROPERTY = "tiercel.cdi.test.uri";

  /** The URI used when the property is not set. */
  public static final String DEFAULT_URI = "urn:X-tiercel:cdi-tests";

  private TestCacheManagers() {}

  /**
   * Opens the manager, on the Tiercel provider and this class's class loader (not the thread's
   * context class loader, which under Arquillian is the deployment's).
   */
  public static CacheManager open() {
    ClassLoader loader = TestCacheManagers.class.getClassLoader();
    CachingProvider provider =
        Caching.getCachingProvider(TiercelCachingProvider.class.getName(), loader);
    URI uri = URI.create(System.getProperty(URI_PROPERTY, DEFAULT_URI));
    return provider.getCacheManager(uri, loader);
  }
}
