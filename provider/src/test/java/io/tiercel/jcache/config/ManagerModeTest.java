package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Where a manager keeps its caches: URI, then properties, then system, then environment. */
class ManagerModeTest {
  private static final URI DEFAULT = URI.create("urn:X-tiercel:default");

  @Test
  void nothingConfigured_isLocal() {
    ManagerConfig settings = resolve(DEFAULT, props(), props(), Map.of());

    assertThat(settings.mode()).isEqualTo(TierMode.LOCAL);
    assertThat(settings.redis()).isEmpty();
  }

  @Test
  void redisUrlInEnvironment_isTieredByDefault() {
    ManagerConfig settings = resolve(DEFAULT, props(), props(),
        Map.of("REDIS_URL", "redis://cache:6380/2"));

    assertThat(settings.mode()).isEqualTo(TierMode.TIERED);
    assertThat(settings.standaloneRedis().orElseThrow().port()).isEqualTo(6380);
    assertThat(settings.standaloneRedis().orElseThrow().database()).isEqualTo(2);
  }

  @Test
  void modeInEnvironment_choosesMode() {
    ManagerConfig settings = resolve(DEFAULT, props(), props(),
        Map.of("REDIS_URL", "redis://cache", "TIERCEL_MODE", "Redis"));

    assertThat(settings.mode()).isEqualTo(TierMode.REDIS);
  }

  @Test
  void systemProperties_overrideEnvironment_andManagerPropertiesOverrideBoth() {
    Map<String, String> environment = Map.of("REDIS_URL", "redis://env", "TIERCEL_MODE", "redis");
    Properties system = props("tiercel.redis.url", "redis://system", "tiercel.mode", "tiered");

    ManagerConfig fromSystem = resolve(DEFAULT, props(), system, environment);
    ManagerConfig fromManager = resolve(DEFAULT, props("tiercel.mode", "local"), system,
        environment);

    assertThat(fromSystem.standaloneRedis().orElseThrow().host()).isEqualTo("system");
    assertThat(fromSystem.mode()).isEqualTo(TierMode.TIERED);
    assertThat(fromManager.mode()).isEqualTo(TierMode.LOCAL);
  }

  @Test
  void redisManagerUri_namesTheRedisItself() {
    ManagerConfig settings = resolve(URI.create("redis://other:6390/1"), props(), props(),
        Map.of("REDIS_URL", "redis://env"));

    assertThat(settings.standaloneRedis().orElseThrow().host()).isEqualTo("other");
    assertThat(settings.standaloneRedis().orElseThrow().database()).isEqualTo(1);
  }

  @Test
  void unknownMode_namesSourceValueAndChoices() {
    assertThatThrownBy(() -> resolve(DEFAULT, props(), props(), Map.of("TIERCEL_MODE", "fast")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("environment variable TIERCEL_MODE")
        .hasMessageContaining("'fast'")
        .hasMessageContaining("allowed: local, redis, tiered");
  }

  @Test
  void redisModeWithoutRedis_saysHowToNameOne() {
    assertThatThrownBy(() -> resolve(DEFAULT, props("tiercel.mode", "tiered"), props(), Map.of()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("cache manager property tiercel.mode")
        .hasMessageContaining("REDIS_URL");
  }

  @Test
  void malformedRedisUrl_isRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> resolve(DEFAULT, props(), props(),
        Map.of("REDIS_URL", "redis://u:pa ss@host")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("environment variable REDIS_URL")
        .hasMessageNotContaining("pa ss");
  }

  private static ManagerConfig resolve(URI uri, Properties manager, Properties system,
      Map<String, String> environment) {
    return ConfigLoader.load(uri, null, manager, system, environment);
  }

  private static Properties props(String... pairs) {
    Properties properties = new Properties();
    for (int i = 0; i < pairs.length; i += 2) {
      properties.setProperty(pairs[i], pairs[i + 1]);
    }
    return properties;
  }
}
