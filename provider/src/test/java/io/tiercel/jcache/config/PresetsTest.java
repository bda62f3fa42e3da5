package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in presets, presets of the file, extends, and caches naming them. */
class PresetsTest {
  private final ManagerConfig builtIn = ConfigFixture.noFile(ConfigFixture.props(),
      ConfigFixture.props(), Map.of());

  @ParameterizedTest
  @CsvSource({
      "session,     TOUCHED,  PT1H,   10000, -1,       true,  PT30S",
      "query,       CREATED,  PT5M,   -1,    67108864, true,  PT1M",
      "agent,       TOUCHED,  PT30M,  -1,    33554432, true,  PT1M",
      "api,         CREATED,  PT1M,   10000, -1,       true,  PT15S",
      "static,      CREATED,  PT24H,  50000, -1,       true,  PT1H",
      "preferences, MODIFIED, PT2H,   10000, -1,       true,  PT5M",
      "rate-limit,  CREATED,  PT1M,   -1,    -1,       false, PT10M"})
  void preset_builtIn_hasItsExpiryAndNearCacheLimits(String name, ExpirySettings.Policy policy,
      Duration duration, long maxEntries, long maxBytes, boolean nearCache, Duration timeCap) {
    CacheSettings preset = builtIn.preset(name).orElseThrow();

    assertThat(preset.source()).isEqualTo("presets." + name);
    assertThat(preset.expiry()).isEqualTo(new ExpirySettings(policy, duration));
    assertThat(preset.nearCache()).isEqualTo(new NearCacheLimits(nearCache, maxEntries, maxBytes,
        -1, null, timeCap));
    assertThat(preset.storeByValue()).isTrue();
    assertThat(preset.statistics()).isFalse();
    assertThat(preset.codec().keyType()).isEqualTo(Object.class);
  }

  @Test
  void preset_default_isWhatNewTiercelConfigurationIs() {
    CacheSettings preset = builtIn.preset("default").orElseThrow();

    assertThat(preset.<Object, Object>toConfiguration())
        .isEqualTo(new TiercelConfiguration<Object, Object>());
    assertThat(preset.nearCache().enabled()).isTrue();
    assertThat(preset.codec().codec()).isEqualTo(CodecChoice.AUTO);
  }

  @Test
  void preset_builtInNameInTheFile_changesTheKeysItSetsAndKeepsTheRest() {
    CacheSettings session = ConfigFixture.load("""
        presets:
          session:
            expiry: {duration: 8h}
            statistics: true
        """).preset("session").orElseThrow();

    assertThat(session.expiry()).isEqualTo(new ExpirySettings(ExpirySettings.Policy.TOUCHED,
        Duration.ofHours(8)));
    assertThat(session.statistics()).isTrue();
    assertThat(session.nearCache().maxEntries()).isEqualTo(10_000);
  }

  @Test
  void preset_extendsAChain_layersEachOverTheOneItExtends() {
    ManagerConfig config = ConfigFixture.load("""
        presets:
          entities:
            extends: query
            statistics: true
          audited-entities:
            extends: entities
            near-cache: {max-entries: 500}
        caches:
          orders: audited-entities
        """);

    CacheSettings orders = config.findCache("orders").orElseThrow();
    assertThat(orders.expiry()).isEqualTo(new ExpirySettings(ExpirySettings.Policy.CREATED,
        Duration.ofMinutes(5)));
    assertThat(orders.statistics()).isTrue();
    assertThat(orders.nearCache().maxEntries()).isEqualTo(500);
    assertThat(orders.nearCache().maxBytes()).as("replaced by max-entries").isEqualTo(-1);
    assertThat(orders.nearCache().timeCap()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void preset_defaultChangedInTheFile_reachesEveryPresetAndCache() {
    ManagerConfig config = ConfigFixture.load("""
        presets:
          default: {statistics: true, management: true}
        caches:
          plain: {}
          sessions: session
        """);

    assertThat(config.findCache("plain").orElseThrow().statistics()).isTrue();
    assertThat(config.findCache("sessions").orElseThrow().statistics()).isTrue();
    assertThat(config.preset("rate-limit").orElseThrow().management()).isTrue();
  }

  @Test
  void preset_cacheOverridesAnyKeyOfItsPreset() {
    CacheSettings carts = ConfigFixture.load("""
        caches:
          carts:
            preset: session
            expiry: {policy: created}
            near-cache: {time-cap: 5s}
        """).findCache("carts").orElseThrow();

    assertThat(carts.expiry()).isEqualTo(new ExpirySettings(ExpirySettings.Policy.CREATED,
        Duration.ofHours(1)));
    assertThat(carts.nearCache().timeCap()).isEqualTo(Duration.ofSeconds(5));
    assertThat(carts.nearCache().maxEntries()).isEqualTo(10_000);
  }

  @Test
  void preset_cacheWithoutPreset_usesDefault() {
    CacheSettings plain = ConfigFixture.load("caches:\n  plain: {statistics: true}\n")
        .findCache("plain").orElseThrow();

    assertThat(plain.expiry()).isEqualTo(ExpirySettings.ETERNAL);
    assertThat(plain.statistics()).isTrue();
  }

  @Test
  void preset_unknownNameInACache_isAProblemWithAHint() {
    assertThat(ConfigFixture.failure("caches:\n  users:\n    preset: sesion\n"))
        .isEqualTo("tiercel.yaml line 3: caches.users.preset: unknown preset 'sesion'; did you"
            + " mean 'session'? Allowed: default, session, query, agent, api, static,"
            + " preferences, rate-limit");
  }

  @Test
  void preset_unknownNameInExtends_isAProblemWithAHint() {
    assertThat(ConfigFixture.failure("presets:\n  mine:\n    extends: qeury\n"))
        .startsWith("tiercel.yaml line 3: presets.mine.extends: unknown preset 'qeury'; did you"
            + " mean 'query'?");
  }

  @Test
  void preset_extendsInACycle_isAProblemNamingTheCycleOnce() {
    String message = ConfigFixture.failure("""
        presets:
          b: {extends: c}
          a: {extends: b}
          c: {extends: a}
        caches:
          users: b
        """);

    assertThat(message).isEqualTo("tiercel.yaml line 3: presets.a.extends: presets extend each"
        + " other in a cycle: a -> b -> c -> a");
  }

  @Test
  void preset_defaultExtendingAnother_isAProblem() {
    assertThat(ConfigFixture.failure("presets:\n  default: {extends: session}\n"))
        .isEqualTo("tiercel.yaml line 2: presets.default.extends: the default preset is under"
            + " every other preset and extends none");
  }

  @Test
  void preset_badPresetUsedByManyCaches_isReportedOnce() {
    String message = ConfigFixture.failure("""
        presets:
          short: {expiry: {policy: created}}
        caches:
          a: short
          b: short
        """);

    assertThat(message).isEqualTo("tiercel.yaml line 2: presets.short.expiry.policy: 'created'"
        + " needs an expiry.duration, and none is set there or in its presets");
  }

  @Test
  void durationWithoutAPolicy_isAProblem_notAnEternalCache() {
    String message = ConfigFixture.failure("""
        caches:
          users:
            expiry: {duration: 10m}
        """);

    assertThat(message).isEqualTo("tiercel.yaml line 3: caches.users.expiry.duration: is set,"
        + " but no expiry.policy says what it counts from; add expiry.policy: created, accessed,"
        + " modified or touched");
  }

  @Test
  void durationUnderAnExplicitlyEternalPolicy_isIgnored() {
    ManagerConfig config = ConfigFixture.load("""
        caches:
          users:
            preset: session
            expiry: {policy: eternal}
        """);

    assertThat(config.findCache("users").orElseThrow().expiry()).isEqualTo(ExpirySettings.ETERNAL);
  }
}
