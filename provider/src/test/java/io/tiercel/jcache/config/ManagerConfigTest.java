package io.tiercel.jcache.config;

import static io.tiercel.jcache.config.ConfigFixture.props;
import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.jcache.codec.ClassFilter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The manager-level keys: mode, key prefix, coherence, failure mode, unknown caches, filter. */
class ManagerConfigTest {

  @Test
  void load_noFileNoOverrides_isTheBuiltInDefaults() {
    ManagerConfig config = ConfigFixture.noFile(props(), props(), Map.of());

    assertThat(config.source()).isEqualTo("built-in defaults");
    assertThat(config.mode()).isEqualTo(TierMode.LOCAL);
    assertThat(config.redis()).isEmpty();
    assertThat(config.keyPrefix()).isEqualTo("tiercel");
    assertThat(config.coherence()).isEqualTo(CoherenceMode.TRACKING);
    assertThat(config.failureMode()).isEqualTo(FailureMode.FAIL_FAST);
    assertThat(config.createUnknownCaches()).isFalse();
    assertThat(config.classFilter()).isEqualTo(ClassFilter.defaults());
    assertThat(config.cacheNames()).isEmpty();
    assertThat(config.presetNames()).containsExactly("default", "session", "query", "agent",
        "api", "static", "preferences", "rate-limit");
  }

  @Test
  void load_everyManagerKey_isRead() {
    ManagerConfig config = ConfigFixture.resource("every-key.yaml");

    assertThat(config.source()).isEqualTo("classpath:config/every-key.yaml");
    assertThat(config.mode()).isEqualTo(TierMode.REDIS);
    assertThat(config.keyPrefix()).isEqualTo("shop");
    assertThat(config.standaloneRedis().orElseThrow().keyPrefix()).isEqualTo("shop");
    assertThat(config.coherence()).isEqualTo(CoherenceMode.NONE);
    assertThat(config.failureMode()).isEqualTo(FailureMode.FAIL_FAST);
    assertThat(config.createUnknownCaches()).isTrue();
    assertThat(config.classFilter())
        .isEqualTo(ClassFilter.allowOnly(List.of("io.tiercel.jcache.config.**", "java.util.*")));
  }

  @Test
  void load_redisWithoutMode_isTiered() {
    assertThat(ConfigFixture.load("redis: {host: cache}\n").mode()).isEqualTo(TierMode.TIERED);
  }

  @Test
  void load_localModeWithRedis_keepsTheRedisButIsLocal() {
    ManagerConfig config = ConfigFixture.load("mode: local\nredis: {host: cache}\n");

    assertThat(config.mode()).isEqualTo(TierMode.LOCAL);
    assertThat(config.redis()).isPresent();
  }

  @Test
  void load_redisModeWithoutRedis_saysHowToNameOne() {
    assertThat(ConfigFixture.failure("mode: redis\n")).endsWith("tiercel.yaml line 1: mode:"
        + " 'redis' needs a Redis: set redis.url, redis.host, redis.sentinel or redis.cluster"
        + " (or the environment variable REDIS_URL), or ask for a cache manager with a"
        + " redis:// URI");
  }

  @Test
  void load_degradeFailureMode_isRefusedAsNotAvailableYet() {
    assertThat(ConfigFixture.failure("failure-mode: degrade\n")).endsWith("tiercel.yaml line 1:"
        + " failure-mode: 'degrade' is not available yet; allowed now: fail-fast");
  }

  @Test
  void load_emptyAllowList_keepsTheDefaultFilter() {
    assertThat(ConfigFixture.load("class-filter:\n  allow: []\n").classFilter())
        .isEqualTo(ClassFilter.defaults());
  }

  @Test
  void toString_showsTheSetupButNoPassword() {
    String shown = ConfigFixture.resource("every-key.yaml").toString();

    assertThat(shown).contains("mode=redis", "redis://shop@primary.internal:6390/5",
        "keyPrefix=shop", "caches=[users]").doesNotContain("secret");
  }
}
