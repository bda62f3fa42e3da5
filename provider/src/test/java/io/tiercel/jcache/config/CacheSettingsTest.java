package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiercel.jcache.codec.ClassFilter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.cache.CacheException;
import javax.cache.configuration.CacheEntryListenerConfiguration;
import javax.cache.expiry.AccessedExpiryPolicy;
import javax.cache.expiry.EternalExpiryPolicy;
import javax.cache.expiry.ExpiryPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each key of a cache, read and turned into a JCache configuration. */
class CacheSettingsTest {
  private final ManagerConfig everyKey = ConfigFixture.resource("every-key.yaml");
  private final CacheSettings users = everyKey.findCache("users").orElseThrow();

  @Test
  void findCache_everyCacheKey_isRead() {
    assertThat(users.source()).isEqualTo("caches.users");
    assertThat(users.expiry()).isEqualTo(new ExpirySettings(ExpirySettings.Policy.ACCESSED,
        Duration.ofSeconds(90)));
    assertThat(users.nearCache()).isEqualTo(new NearCacheLimits(false, 2000, -1, -1, null,
        Duration.ofSeconds(20)));
    assertThat(users.storeByValue()).isFalse();
    assertThat(users.statistics()).isTrue();
    assertThat(users.management()).isTrue();
    assertThat(users.integration()).isEqualTo(new IntegrationSettings(TestTypes.UserLoader.class,
        false, TestTypes.AuditWriter.class, true, List.of(new ListenerSettings(
            TestTypes.AuditListener.class, TestTypes.EveryEvent.class, true, true))));
    assertThat(users.codec()).isEqualTo(new CodecSettings(String.class, String.class,
        CodecChoice.STRING, everyKey.classFilter()));
  }

  @Test
  void toConfiguration_everyCacheKey_reachesTheJCacheConfiguration() {
    TiercelConfiguration<String, String> configuration = users.toConfiguration();

    assertThat(configuration.getKeyType()).isEqualTo(String.class);
    assertThat(configuration.getValueType()).isEqualTo(String.class);
    assertThat(configuration.isStoreByValue()).isFalse();
    assertThat(configuration.isStatisticsEnabled()).isTrue();
    assertThat(configuration.isManagementEnabled()).isTrue();
    assertThat(configuration.isReadThrough()).isFalse();
    assertThat(configuration.getCacheLoaderFactory().create())
        .isInstanceOf(TestTypes.UserLoader.class);
    assertThat(configuration.isWriteThrough()).isTrue();
    assertThat(configuration.getCacheWriterFactory().create())
        .isInstanceOf(TestTypes.AuditWriter.class);
    ExpiryPolicy policy = configuration.getExpiryPolicyFactory().create();
    assertThat(policy).isInstanceOf(AccessedExpiryPolicy.class);
    assertThat(policy.getExpiryForAccess())
        .isEqualTo(new javax.cache.expiry.Duration(TimeUnit.SECONDS, 90));
    assertThat(configuration.getMaximumSize()).isEqualTo(2000);
    assertThat(configuration.getNearCacheTimeCap()).isEqualTo(Duration.ofSeconds(20));
    assertThat(configuration.getClassFilter()).isEqualTo(everyKey.classFilter());
    CacheEntryListenerConfiguration<String, String> listener =
        configuration.getCacheEntryListenerConfigurations().iterator().next();
    assertThat(listener.getCacheEntryListenerFactory().create())
        .isInstanceOf(TestTypes.AuditListener.class);
    assertThat(listener.getCacheEntryEventFilterFactory().create())
        .isInstanceOf(TestTypes.EveryEvent.class);
    assertThat(listener.isOldValueRequired()).isTrue();
    assertThat(listener.isSynchronous()).isTrue();
  }

  @Test
  void toConfiguration_calledTwice_givesEqualConfigurations() {
    assertThat(users.<String, String>toConfiguration()).isEqualTo(users.toConfiguration());
  }

  @ParameterizedTest
  @CsvSource({"created, javax.cache.expiry.CreatedExpiryPolicy",
      "accessed, javax.cache.expiry.AccessedExpiryPolicy",
      "modified, javax.cache.expiry.ModifiedExpiryPolicy",
      "touched, javax.cache.expiry.TouchedExpiryPolicy"})
  void toConfiguration_eachPolicy_isJCachesBuiltInPolicy(String policy, Class<?> expected) {
    CacheSettings settings = cache("expiry: {policy: " + policy + ", duration: 2m}");

    ExpiryPolicy created = settings.toConfiguration().getExpiryPolicyFactory().create();
    assertThat(created).isExactlyInstanceOf(expected);
    assertThat(created.getExpiryForCreation())
        .isEqualTo(new javax.cache.expiry.Duration(TimeUnit.MINUTES, 2));
  }

  @Test
  void toConfiguration_eternal_ignoresAnInheritedDuration() {
    CacheSettings settings = cache("preset: session\n    expiry: {policy: eternal}");

    assertThat(settings.expiry()).isEqualTo(ExpirySettings.ETERNAL);
    assertThat(settings.toConfiguration().getExpiryPolicyFactory().create())
        .isInstanceOf(EternalExpiryPolicy.class);
  }

  @Test
  void toConfiguration_maxBytes_boundsTheNearCacheByBytes() {
    TiercelConfiguration<Object, Object> configuration =
        cache("near-cache: {max-bytes: 16MB}").toConfiguration();

    assertThat(configuration.getNearCacheMaximumBytes()).isEqualTo(16L << 20);
    assertThat(configuration.getMaximumSize()).isEqualTo(-1);
  }

  @Test
  void toConfiguration_maxWeight_boundsByTheWeigher() {
    TiercelConfiguration<Object, Object> configuration = cache("near-cache: {max-weight: 500,"
        + " weigher: io.tiercel.jcache.config.TestTypes$LengthWeigher}").toConfiguration();

    assertThat(configuration.getMaximumWeight()).isEqualTo(500);
    assertThat(configuration.getWeigher()).isInstanceOf(TestTypes.LengthWeigher.class);
  }

  @Test
  void toConfiguration_noBound_leavesTiercelsDefaults() {
    TiercelConfiguration<Object, Object> configuration = cache("statistics: true")
        .toConfiguration();

    assertThat(configuration.getMaximumSize()).isEqualTo(-1);
    assertThat(configuration.getMaximumWeight()).isEqualTo(-1);
    assertThat(configuration.getNearCacheMaximumBytes()).isEqualTo(-1);
  }

  @Test
  void findCache_loaderWithoutReadThrough_isReadThroughByDefault() {
    CacheSettings settings = cache("loader: io.tiercel.jcache.config.TestTypes$UserLoader\n"
        + "    writer: io.tiercel.jcache.config.TestTypes$AuditWriter");

    assertThat(settings.integration().readThrough()).isTrue();
    assertThat(settings.integration().writeThrough()).isTrue();
  }

  @Test
  void findCache_listenerAsAClassName_hasNoFilterAndIsAsynchronousWithoutOldValues() {
    CacheSettings settings =
        cache("listeners: io.tiercel.jcache.config.TestTypes$AuditListener");

    assertThat(settings.integration().listeners()).containsExactly(new ListenerSettings(
        TestTypes.AuditListener.class, null, false, false));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "json | io.tiercel.jcache.config.TestTypes$User",
      "java | io.tiercel.jcache.config.TestTypes$Profile",
      "java | java.lang.Object",
      "bytes | byte[]",
      "string | String",
      "auto | java.lang.Object"})
  void findCache_codecFittingTheValueType_isRead(String codec, String type) {
    assertThat(cache("codec: " + codec + "\n    value-type: " + type).codec().codec().name())
        .isEqualToIgnoringCase(codec);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "string | Long | needs value-type java.lang.String (value-type is java.lang.Long)",
      "bytes | String | needs value-type byte[]",
      "json | java.lang.Object | needs a value-type to read the JSON back into",
      "java | io.tiercel.jcache.config.TestTypes$Opaque | needs a Serializable value-type"})
  void findCache_codecNotFittingTheValueType_isAProblem(String codec, String type,
      String expected) {
    assertThat(ConfigFixture.failure("caches:\n  c:\n    codec: " + codec
        + "\n    value-type: " + type + "\n"))
        .startsWith("tiercel.yaml line 3: caches.c.codec: '" + codec + "' " + expected);
  }

  @Test
  void findCache_policyWithoutDuration_isAProblemAtThePolicy() {
    assertThat(ConfigFixture.failure("caches:\n  c:\n    expiry: {policy: created}\n"))
        .isEqualTo("tiercel.yaml line 3: caches.c.expiry.policy: 'created' needs an"
            + " expiry.duration, and none is set there or in its presets");
  }

  @Test
  void findCache_durationUnderAMillisecond_isAProblem() {
    assertThat(ConfigFixture.failure("caches:\n  c:\n    expiry: {policy: created, duration:"
        + " PT0.0001S}\n")).contains("caches.c.expiry.duration: is shorter than the shortest"
        + " expiry, 1ms");
  }

  @Test
  void findCache_throughWithoutItsClass_isAProblem() {
    String message = ConfigFixture.failure(
        "caches:\n  c:\n    read-through: true\n  d:\n    write-through: true\n");

    assertThat(message).contains("tiercel.yaml line 3: caches.c.read-through: is true, but no"
        + " loader is set there or in its presets", "tiercel.yaml line 5: caches.d.write-through:"
        + " is true, but no writer is set there or in its presets");
  }

  @Test
  void findCache_weightWithoutWeigherOrTheReverse_isAProblem() {
    String message = ConfigFixture.failure("caches:\n  c:\n    near-cache: {max-weight: 5}\n"
        + "  d:\n    near-cache: {weigher: io.tiercel.jcache.config.TestTypes$LengthWeigher}\n");

    assertThat(message).contains("caches.c.near-cache.max-weight: needs near-cache.weigher",
        "caches.d.near-cache.weigher: is set, but near-cache.max-weight is not");
  }

  @Test
  void findCache_twoBoundsInOneMapping_isAProblem() {
    assertThat(ConfigFixture.failure(
        "caches:\n  c:\n    near-cache:\n      max-entries: 5\n      max-bytes: 1MB\n"))
        .isEqualTo("tiercel.yaml line 5: caches.c.near-cache.max-bytes: set one near-cache"
            + " bound, not also caches.c.near-cache.max-entries; max-entries, max-bytes and"
            + " max-weight exclude each other");
  }

  @Test
  void findCache_listenerWithoutClass_isAProblem() {
    assertThat(ConfigFixture.failure("caches:\n  c:\n    listeners:\n      - old-value: true\n"))
        .isEqualTo("tiercel.yaml line 4: caches.c.listeners[0]: names no class; write class:"
            + " and the listener's class name");
  }

  @Test
  void create_loaderWhoseConstructorThrows_namesTheClassAndTheKey() {
    CacheSettings settings = cache("loader: io.tiercel.jcache.config.TestTypes$FailingLoader");

    assertThatThrownBy(() -> settings.toConfiguration().getCacheLoaderFactory().create())
        .isInstanceOf(CacheException.class)
        .hasMessageContaining("io.tiercel.jcache.config.TestTypes$FailingLoader"
            + " (caches.c.loader): its constructor threw java.lang.IllegalStateException: no"
            + " database");
  }

  @Test
  void findCache_classFilter_isTheManagers() {
    CacheSettings settings = ConfigFixture.load("class-filter: {allow: com.example.**}\n"
        + "caches: {c: {}}\n").findCache("c").orElseThrow();

    assertThat(settings.codec().classFilter())
        .isEqualTo(ClassFilter.allowOnly(List.of("com.example.**")));
  }

  private static CacheSettings cache(String keys) {
    return ConfigFixture.load("caches:\n  c:\n    " + keys + "\n").findCache("c").orElseThrow();
  }
}
