package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiercel.jcache.spi.TiercelCachingProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.CompleteConfiguration;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.EternalExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.cache.expiry.TouchedExpiryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache manager configured by a file: the caches it names exist on {@code getCache} without
 * code, typed as the file says; frameworks' own names get their pattern's preset; code merges
 * over the file; a bad file fails {@code getCacheManager}. Local mode: no Redis needed.
 */
class ConfiguredCachesTest {
  private static final String FILE = """
      caches:
        users:
          preset: session
          key-type: java.lang.Long
          value-type: java.lang.String
          statistics: true
        greetings:
          key-type: String
          value-type: String
          loader: io.tiercel.jcache.config.TestTypes$UserLoader
          read-through: true
          listeners:
            - class: io.tiercel.jcache.config.TestTypes$CreatedKeys
              synchronous: true
        bounded:
          near-cache: {max-entries: 2}
        com.example.entities.*: static
        default-update-timestamps-region:
          preset: preferences
      """;

  @TempDir Path folder;
  private final TiercelCachingProvider provider = new TiercelCachingProvider();

  @AfterEach
  void close() {
    provider.close();
  }

  @Test
  void getCache_ofANameTheFileConfigures_createsItTypedWithItsPreset() throws IOException {
    CacheManager manager = manager(FILE);

    Cache<Long, String> users = manager.getCache("users", Long.class, String.class);

    assertThat(users).isNotNull();
    users.put(7L, "Ada");
    assertThat(users.get(7L)).isEqualTo("Ada");
    CompleteConfiguration<?, ?> configuration = users.getConfiguration(
        CompleteConfiguration.class);
    assertThat(configuration.getExpiryPolicyFactory())
        .isEqualTo(TouchedExpiryPolicy.factoryOf(new javax.cache.expiry.Duration(
            TimeUnit.HOURS, 1)));
    assertThat(configuration.isStatisticsEnabled()).isTrue();
    assertThat(manager.getCache("users")).isSameAs(users);
    assertThatThrownBy(() -> manager.getCache("users", String.class, String.class))
        .isInstanceOf(ClassCastException.class)
        .hasMessageContaining("java.lang.Long -> java.lang.String");
  }

  @Test
  void getCache_ofAnUnknownName_isNull_unlessTheFileCreatesUnknownCaches() throws IOException {
    assertThat(manager(FILE).getCache("orders")).isNull();

    CacheManager creating = manager("create-unknown-caches: true\n", "creating.yaml");
    Cache<Object, Object> orders = creating.getCache("orders");
    assertThat(orders).isNotNull();
    assertThat(orders.getConfiguration(CompleteConfiguration.class).getExpiryPolicyFactory())
        .isEqualTo(EternalExpiryPolicy.factoryOf());
  }

  @Test
  void configuredLoaderAndListener_work() throws IOException {
    TestTypes.CreatedKeys.HEARD.clear();
    Cache<String, String> greetings = manager(FILE).getCache("greetings", String.class,
        String.class);

    assertThat(greetings.get("ada")).isEqualTo("user ada");
    assertThat(TestTypes.CreatedKeys.HEARD).containsExactly("ada");
  }

  @Test
  void nearCacheBound_boundsTheCacheInLocalMode() throws IOException {
    Cache<Object, Object> bounded = manager(FILE).getCache("bounded");

    for (int i = 0; i < 200; i++) {
      bounded.put(i, i);
    }

    assertThat(bounded.getConfiguration(TiercelConfiguration.class).getMaximumSize())
        .isEqualTo(2);
    assertThat(bounded).hasSizeLessThanOrEqualTo(50);
  }

  @Test
  void frameworkCreatingACacheByItsOwnName_getsThePresetItsNameMatches() throws IOException {
    CacheManager manager = manager(FILE);

    // As Hibernate's region factory does: createCache with a plain configuration.
    Cache<Object, Object> region = manager.createCache("com.example.entities.Order",
        new MutableConfiguration<>());
    Cache<Object, Object> timestamps = manager.createCache("default-update-timestamps-region",
        new MutableConfiguration<>().setStatisticsEnabled(true));

    assertThat(region.getConfiguration(CompleteConfiguration.class).getExpiryPolicyFactory())
        .isEqualTo(CreatedExpiryPolicy.factoryOf(new javax.cache.expiry.Duration(
            TimeUnit.HOURS, 24)));
    CompleteConfiguration<?, ?> merged = timestamps.getConfiguration(
        CompleteConfiguration.class);
    assertThat(merged.getExpiryPolicyFactory()).isEqualTo(ModifiedExpiryPolicy.factoryOf(
        new javax.cache.expiry.Duration(TimeUnit.HOURS, 2)));
    assertThat(merged.isStatisticsEnabled()).isTrue();
    assertThat(timestamps.getConfiguration(TiercelConfiguration.class).getNearCacheTimeCap())
        .isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void codeThatSetsAField_winsOverThePreset() throws IOException {
    var expiry = CreatedExpiryPolicy.factoryOf(javax.cache.expiry.Duration.ONE_MINUTE);

    Cache<Object, Object> region = manager(FILE).createCache("com.example.entities.Order",
        new MutableConfiguration<>().setExpiryPolicyFactory(expiry));

    assertThat(region.getConfiguration(CompleteConfiguration.class).getExpiryPolicyFactory())
        .isEqualTo(expiry);
  }

  @Test
  void getCache_ofANamePatternMatches_createsItFromThePattern() throws IOException {
    Cache<Object, Object> region = manager(FILE).getCache("com.example.entities.Country");

    assertThat(region).isNotNull();
    assertThat(region.getConfiguration(CompleteConfiguration.class).getExpiryPolicyFactory())
        .isEqualTo(CreatedExpiryPolicy.factoryOf(new javax.cache.expiry.Duration(
            TimeUnit.HOURS, 24)));
  }

  @Test
  void cacheNames_listConfiguredNamesBeforeTheyAreCreated_andCreatedOnes() throws IOException {
    CacheManager manager = manager(FILE);
    manager.createCache("adhoc", new MutableConfiguration<>());

    assertThat(manager.getCacheNames()).containsExactlyInAnyOrder("adhoc", "users", "greetings",
        "bounded", "default-update-timestamps-region");
  }

  @Test
  void createCache_ofAConfiguredCacheAlreadyCreated_fails_andDestroyedOnesComeBackEmpty()
      throws IOException {
    CacheManager manager = manager(FILE);
    Cache<Long, String> users = manager.getCache("users", Long.class, String.class);
    users.put(1L, "Ada");

    assertThatThrownBy(() -> manager.createCache("users", new MutableConfiguration<>()))
        .isInstanceOf(CacheException.class)
        .hasMessageContaining("already exists");

    manager.destroyCache("users");
    assertThat(users.isClosed()).isTrue();
    Cache<Long, String> again = manager.getCache("users", Long.class, String.class);
    assertThat(again).isNotSameAs(users);
    assertThat(again.get(1L)).isNull();
  }

  @Test
  void createCache_ofAConfiguredNameNotYetCreated_mergesTheCodeOverTheFile() throws IOException {
    Cache<Long, String> users = manager(FILE).createCache("users",
        new MutableConfiguration<Long, String>().setManagementEnabled(true));

    CompleteConfiguration<?, ?> configuration = users.getConfiguration(
        CompleteConfiguration.class);
    assertThat(configuration.getKeyType()).isEqualTo(Long.class);
    assertThat(configuration.isManagementEnabled()).isTrue();
    assertThat(configuration.isStatisticsEnabled()).isTrue();
  }

  @Test
  void badFile_failsGetCacheManager_namingFileLineKeyAndWhatIsAllowed() throws IOException {
    Path file = write("bad.yaml", """
        caches:
          users:
            expiry:
              policy: created
              duraton: 5m
        """);

    assertThatThrownBy(() -> provider.getCacheManager(file.toUri(), loader(), new Properties()))
        .isInstanceOf(CacheException.class)
        .hasMessageContaining("bad.yaml line 5")
        .hasMessageContaining("caches.users.expiry.duraton: unknown key")
        .hasMessageContaining("did you mean 'duration'?");
  }

  @Test
  void managerProperties_overrideTheFile() throws IOException {
    Properties properties = new Properties();
    properties.setProperty("tiercel.caches.users.statistics", "false");
    CacheManager manager = provider.getCacheManager(write("tiercel.yaml", FILE).toUri(),
        loader(), properties);

    assertThat(manager.getCache("users").getConfiguration(CompleteConfiguration.class)
        .isStatisticsEnabled()).isFalse();
  }

  @Test
  void systemProperties_overrideTheFile() throws IOException {
    System.setProperty("tiercel.caches.users.preset", "api");
    try {
      Cache<Object, Object> users = manager(FILE).getCache("users");

      assertThat(users.getConfiguration(CompleteConfiguration.class).getExpiryPolicyFactory())
          .isEqualTo(CreatedExpiryPolicy.factoryOf(javax.cache.expiry.Duration.ONE_MINUTE));
    } finally {
      System.clearProperty("tiercel.caches.users.preset");
    }
  }

  @Test
  void withoutAFile_theManagerIsAPlainJCacheManager() {
    CacheManager manager = provider.getCacheManager();

    assertThat(manager.getCacheNames()).isEmpty();
    assertThat(manager.getCache("users")).isNull();
    Cache<Object, Object> cache = manager.createCache("users", new MutableConfiguration<>());
    assertThat(cache.getConfiguration(CompleteConfiguration.class))
        .usingRecursiveComparison().ignoringFields("ticker", "classFilter")
        .isEqualTo(new TiercelConfiguration<>(new MutableConfiguration<>()));
  }

  private CacheManager manager(String yaml) throws IOException {
    return manager(yaml, "tiercel.yaml");
  }

  private CacheManager manager(String yaml, String name) throws IOException {
    return provider.getCacheManager(write(name, yaml).toUri(), loader(), new Properties());
  }

  private Path write(String name, String yaml) throws IOException {
    return Files.writeString(folder.resolve(name), yaml);
  }

  private static ClassLoader loader() {
    return ConfiguredCachesTest.class.getClassLoader();
  }
}
