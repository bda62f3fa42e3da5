package io.tiercel.cdi.testing;

import io.tiercel.jcache.spi.TiercelCachingProvider;
import io.tiercel.jcache.testing.RedisServer;
import java.net.URI;
import java.util.Properties;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;

/**
 * Opens the cache manager of the container tests: the one place that decides which mode of
 * Tiercel the whole suite runs against.
 *
 * <ul>
 *   <li>The system property {@value #MODE_PROPERTY} chooses: {@code local} (the default,
 *       Caffeine only) or {@code tiered} (a Caffeine near cache in front of a real Redis, which
 *       the Redis test harness starts once for the JVM, or the one {@code REDIS_URL} names).</li>
 *   <li>In tiered mode each manager starts from an empty Redis database, since a closed
 *       manager's entries stay in Redis and the next test class reuses cache names.</li>
 *   <li>The manager's URI is the system property {@value #URI_PROPERTY}, default
 *       {@value #DEFAULT_URI}.</li>
 * </ul>
 */
public final class TestCacheManagers {
  /** The system property choosing the mode: {@code local} or {@code tiered}. */
  public static final String MODE_PROPERTY = "tiercel.cdi.test.mode";

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
    Properties properties = new Properties();
    String mode = System.getProperty(MODE_PROPERTY, "local");
    switch (mode) {
      case "local" -> properties.setProperty("tiercel.mode", "local");
      case "tiered" -> {
        RedisServer redis = SharedRedis.SERVER;
        redis.command("FLUSHDB");
        properties.setProperty("tiercel.mode", "tiered");
        properties.setProperty("tiercel.redis.url", redis.url().toString());
      }
      default -> throw new IllegalArgumentException("System property " + MODE_PROPERTY + " is '"
          + mode + "'; allowed: local, tiered");
    }
    return provider.getCacheManager(uri, loader, properties);
  }

  /** The Redis of a tiered run, started on first use and stopped when the JVM exits. */
  private static final class SharedRedis {
    static final RedisServer SERVER = start();

    private static RedisServer start() {
      RedisServer server = RedisServer.startOrConnect();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "cdi-test-redis-stop"));
      return server;
    }
  }
}
