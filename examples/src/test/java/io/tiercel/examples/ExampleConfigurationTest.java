package io.tiercel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.jcache.codec.ClassFilter;
import io.tiercel.jcache.config.CacheSettings;
import io.tiercel.jcache.config.CodecChoice;
import io.tiercel.jcache.config.CoherenceMode;
import io.tiercel.jcache.config.ConfigLoader;
import io.tiercel.jcache.config.ExpirySettings;
import io.tiercel.jcache.config.ExpirySettings.Policy;
import io.tiercel.jcache.config.FailureMode;
import io.tiercel.jcache.config.ManagerConfig;
import io.tiercel.jcache.config.TierMode;
import io.tiercel.jcache.config.TiercelConfiguration;
import io.tiercel.jcache.store.redis.RedisSettings;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;
import org.junit.jupiter.api.Test;

/**
 * The annotated example configuration ({@code examples/config/tiercel.yaml}) loads, and each
 * block does what its comments say. The loader is passed an environment and system properties of
 * the test's own; the cache manager runs in local mode, so no Redis is needed.
 */
class ExampleConfigurationTest {
  private static final Path FILE = Path.of("config", "tiercel.yaml");

  private final ManagerConfig config = load(new Properties(), Map.of());

  @Test
  void load_managerKeys_areTheFilesWithThePlaceholdersDefaultRedis() {
    RedisSettings redis = config.standaloneRedis().orElseThrow();

    assertThat(config.source()).isEqualTo(FILE.toAbsolutePath().toString());
    assertThat(config.mode()).isEqualTo(TierMode.TIERED);
    assertThat(config.keyPrefix()).isEqualTo("shop");
    assertThat(config.coherence()).isEqualTo(CoherenceMode.TRACKING);
    assertThat(config.failureMode()).isEqualTo(FailureMode.FAIL_FAST);
    assertThat(config.createUnknownCaches()).isFalse();
    assertThat(config.classFilter()).isEqualTo(ClassFilter.allowOnly(List.of("com.example.**")));
    assertThat(List.of(redis.host(), redis.port(), redis.database()))
        .containsExactly("localhost", 6379, 0);
    assertThat(redis.timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(redis.poolSize()).isEqualTo(16);
    assertThat(redis.keyPrefix()).isEqualTo("shop");
  }

  @Test
  void load_redisUrlSetWhereTheAppRuns_replacesThePlaceholder() {
    Properties system = new Properties();
    system.setProperty("REDIS_URL", "redis://cache.internal:6380/2");

    RedisSettings redis = load(system, Map.of()).standaloneRedis().orElseThrow();

    assertThat(List.of(redis.host(), redis.port(), redis.database()))
        .containsExactly("cache.internal", 6380, 2);
  }

  @Test
  void load_overridesNamedInTheHeader_changeTheirKeys() {
    Properties system = new Properties();
    system.setProperty("tiercel.redis.pool-size", "32");

    ManagerConfig overridden = load(system, Map.of("TIERCEL_KEY_PREFIX", "shop-test",
        "TIERCEL_CACHES_USERS_EXPIRY_DURATION", "2h"));

    assertThat(overridden.keyPrefix()).isEqualTo("shop-test");
    assertThat(overridden.standaloneRedis().orElseThrow().poolSize()).isEqualTo(32);
    assertThat(cache(overridden, "users").expiry().duration()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void findCache_users_isTypedAndTheSessionPresetWithEightHours() {
    CacheSettings users = cache(config, "users");
    TiercelConfiguration<Long, String> configuration = users.toConfiguration();

    assertThat(users.expiry()).isEqualTo(new ExpirySettings(Policy.TOUCHED, Duration.ofHours(8)));
    assertThat(users.nearCache().maxEntries()).isEqualTo(10_000);
    assertThat(users.nearCache().timeCap()).isEqualTo(Duration.ofSeconds(30));
    assertThat(users.statistics()).isTrue();
    assertThat(configuration.getKeyType()).isEqualTo(Long.class);
    assertThat(configuration.getValueType()).isEqualTo(String.class);
    assertThat(configuration.isReadThrough()).isFalse();
  }

  @Test
  void findCache_pricesStockAndThumbnails_getWhatTheirEntriesSay() {
    CacheSettings prices = cache(config, "prices");
    CacheSettings stock = cache(config, "stock");
    CacheSettings thumbnails = cache(config, "thumbnails");

    assertThat(prices.expiry()).isEqualTo(new ExpirySettings(Policy.CREATED,
        Duration.ofMinutes(1)));
    assertThat(prices.codec().keyType()).isEqualTo(String.class);
    assertThat(prices.codec().valueType()).isEqualTo(BigDecimal.class);
    assertThat(prices.codec().codec()).isEqualTo(CodecChoice.AUTO);
    assertThat(stock.nearCache().enabled()).isFalse();
    assertThat(stock.expiry()).isEqualTo(prices.expiry());
    assertThat(thumbnails.codec().valueType()).isEqualTo(byte[].class);
    assertThat(thumbnails.codec().codec()).isEqualTo(CodecChoice.BYTES);
    assertThat(thumbnails.expiry()).isEqualTo(new ExpirySettings(Policy.ACCESSED,
        Duration.ofDays(1)));
    assertThat(cache(config, "login-attempts").nearCache().enabled()).isFalse();
  }

  @Test
  void presets_ofTheFile_extendOrStartFromDefault() {
    CacheSettings catalog = config.preset("catalog").orElseThrow();
    CacheSettings reports = config.preset("reports").orElseThrow();

    assertThat(catalog.expiry()).isEqualTo(new ExpirySettings(Policy.CREATED,
        Duration.ofHours(24)));
    assertThat(catalog.nearCache().maxEntries()).isEqualTo(100_000);
    assertThat(catalog.nearCache().timeCap()).isEqualTo(Duration.ofHours(1));
    assertThat(catalog.statistics()).isTrue();
    assertThat(reports.expiry()).isEqualTo(new ExpirySettings(Policy.CREATED,
        Duration.ofMinutes(90)));
    assertThat(reports.nearCache().maxBytes()).isEqualTo(16L * 1024 * 1024);
    assertThat(reports.nearCache().timeCap()).isEqualTo(Duration.ofMinutes(5));
    assertThat(reports.management()).isTrue();
    assertThat(config.presetNames()).contains("default", "session", "static", "catalog",
        "reports");
  }

  @Test
  void findCache_hibernateRegions_getTheirPatternsOrEntries() {
    CacheSettings customer = cache(config, "com.example.entities.Customer");
    CacheSettings orders = cache(config, "com.example.entities.Customer.orders");
    CacheSettings product = cache(config, "com.example.entities.Product");

    assertThat(customer.source()).isEqualTo("caches.com.example.entities.*");
    assertThat(customer.expiry()).isEqualTo(config.preset("static").orElseThrow().expiry());
    assertThat(orders.source()).isEqualTo("caches.com.example.entities.*");
    assertThat(product.source()).isEqualTo("caches.com.example.entities.Product*");
    assertThat(product.nearCache().maxEntries()).isEqualTo(100_000);
    assertThat(cache(config, "default-update-timestamps-region").expiry())
        .isEqualTo(ExpirySettings.ETERNAL);
    assertThat(cache(config, "default-query-results-region").expiry())
        .isEqualTo(new ExpirySettings(Policy.CREATED, Duration.ofMinutes(5)));
    assertThat(cache(config, "report-2024").source()).isEqualTo("caches.report-*");
  }

  @Test
  void getCacheManager_ofTheFile_createsItsCachesByName() {
    Properties local = new Properties();
    local.setProperty("tiercel.mode", "local");
    CachingProvider provider = Caching.getCachingProvider();

    try (CacheManager manager = provider.getCacheManager(FILE.toUri(),
        ExampleConfigurationTest.class.getClassLoader(), local)) {
      Cache<Long, String> users = manager.getCache("users", Long.class, String.class);
      users.put(42L, "Ada");

      assertThat(manager.getCache("users").get(42L)).isEqualTo("Ada");
      assertThat(manager.getCache("com.example.entities.Customer")).isNotNull();
      assertThat(manager.getCache("orders")).isNull();
    }
  }

  @Test
  void findCache_nameTheFileDoesNotConfigure_isUnknown() {
    assertThat(config.findCache("orders")).isEmpty();
    assertThat(config.templateFor("orders").source()).isEqualTo("presets.default");
  }

  @Test
  void cacheNames_areTheExactNamesInOrder_patternsMostSpecificFirst() {
    assertThat(config.cacheNames()).containsExactly("users", "prices", "stock", "thumbnails",
        "login-attempts", "default-update-timestamps-region", "default-query-results-region");
    assertThat(config.cachePatterns()).containsExactly("com.example.entities.Product*",
        "com.example.entities.*", "report-*");
  }

  private static ManagerConfig load(Properties system, Map<String, String> environment) {
    URI file = FILE.toUri();
    return ConfigLoader.load(file, ExampleConfigurationTest.class.getClassLoader(),
        new Properties(), system, environment);
  }

  private static CacheSettings cache(ManagerConfig config, String name) {
    return config.findCache(name).orElseThrow();
  }
}
