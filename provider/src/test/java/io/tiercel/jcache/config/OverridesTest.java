package io.tiercel.jcache.config;

import static io.tiercel.jcache.config.ConfigFixture.props;
import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.jcache.store.redis.RedisSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Environment variables, system properties, the manager's properties and URI over the file;
 * maps and properties are passed in, the JVM's own are never touched.
 */
class OverridesTest {
  private static final String FILE = """
      redis:
        url: redis://file-host:6379/1
        pool-size: 4
      caches:
        users:
          preset: session
        com.example.entities.*: query
      """;

  @Test
  void load_redisVariables_overrideTheFile() {
    RedisSettings redis = redis(FILE, Map.of("REDIS_HOST", "env-host", "REDIS_PORT", "6390",
        "REDIS_PASSWORD", "env-secret", "REDIS_DB", "7"));

    assertThat(redis.host()).isEqualTo("env-host");
    assertThat(redis.port()).isEqualTo(6390);
    assertThat(redis.password()).isEqualTo("env-secret");
    assertThat(redis.database()).isEqualTo(7);
  }

  @Test
  void load_redisUrlVariable_replacesTheFilesUrlAndParts() {
    RedisSettings redis = redis("redis:\n  host: file-host\n  port: 6400\n  database: 3\n",
        Map.of("REDIS_URL", "redis://env-host/2"));

    assertThat(redis.host()).isEqualTo("env-host");
    assertThat(redis.port()).isEqualTo(6379);
    assertThat(redis.database()).isEqualTo(2);
  }

  @Test
  void load_redisUrlAndPasswordVariables_compose() {
    RedisSettings redis = redis("", Map.of("REDIS_URL", "redis://cache:6380",
        "REDIS_PASSWORD", "secret"));

    assertThat(redis.port()).isEqualTo(6380);
    assertThat(redis.password()).isEqualTo("secret");
  }

  @Test
  void load_kubernetesServicePort_isReadAsThePort() {
    RedisSettings redis = redis(FILE, Map.of("REDIS_PORT", "tcp://10.0.0.11:6381"));

    assertThat(redis.port()).isEqualTo(6381);
  }

  @Test
  void load_tiercelVariables_setAnyKey() {
    ManagerConfig config = ConfigFixture.load(FILE, Map.of("TIERCEL_MODE", "redis",
        "TIERCEL_KEY_PREFIX", "env", "TIERCEL_REDIS_POOL_SIZE", "12",
        "TIERCEL_CACHES_USERS_EXPIRY_DURATION", "2h",
        "TIERCEL_PRESETS_QUERY_NEAR_CACHE_MAX_ENTRIES", "77",
        "TIERCEL_CLASS_FILTER_ALLOW", "com.a.**, com.b.*"));

    assertThat(config.mode()).isEqualTo(TierMode.REDIS);
    assertThat(config.keyPrefix()).isEqualTo("env");
    assertThat(config.standaloneRedis().orElseThrow().poolSize()).isEqualTo(12);
    assertThat(config.findCache("users").orElseThrow().expiry().duration())
        .isEqualTo(Duration.ofHours(2));
    CacheSettings entity = config.findCache("com.example.entities.X").orElseThrow();
    assertThat(entity.nearCache().maxEntries()).isEqualTo(77);
    assertThat(entity.nearCache().maxBytes()).as("replaced by the override").isEqualTo(-1);
    assertThat(config.classFilter().toString()).contains("[com.a.**, com.b.*]");
  }

  @Test
  void load_systemProperties_setAnyKeyIncludingNamesWithDots() {
    ManagerConfig config = ConfigFixture.load(FILE, props(), props(
        "tiercel.redis.pool-size", "9",
        "tiercel.caches.com.example.entities.*.statistics", "true",
        "tiercel.caches.orders.preset", "api",
        "tiercel.presets.session.near-cache.time-cap", "3s"), Map.of());

    assertThat(config.standaloneRedis().orElseThrow().poolSize()).isEqualTo(9);
    assertThat(config.findCache("com.example.entities.X").orElseThrow().statistics()).isTrue();
    assertThat(config.findCache("orders").orElseThrow().expiry().duration())
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(config.findCache("users").orElseThrow().nearCache().timeCap())
        .isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void load_everyLayer_managerPropertiesOverSystemOverEnvironmentOverFile() {
    Map<String, String> environment = Map.of("TIERCEL_REDIS_POOL_SIZE", "1",
        "TIERCEL_KEY_PREFIX", "env", "TIERCEL_MODE", "redis");
    Properties system = props("tiercel.redis.pool-size", "2", "tiercel.key-prefix", "system");
    Properties manager = props("tiercel.redis.pool-size", "3");

    ManagerConfig config = ConfigFixture.load(FILE, manager, system, environment);

    assertThat(config.standaloneRedis().orElseThrow().poolSize()).isEqualTo(3);
    assertThat(config.keyPrefix()).isEqualTo("system");
    assertThat(config.mode()).isEqualTo(TierMode.REDIS);
  }

  @Test
  void load_tiercelVariableAfterRedisVariable_wins() {
    RedisSettings redis = redis("", Map.of("REDIS_URL", "redis://a", "TIERCEL_REDIS_URL",
        "redis://b"));

    assertThat(redis.host()).isEqualTo("b");
  }

  @Test
  void load_redisManagerUri_winsOverEverything() {
    ManagerConfig config = ConfigLoader.load(URI.create("redis://uri-host:6385/4"),
        getClass().getClassLoader(), props("tiercel.redis.url", "redis://manager"),
        props(), Map.of("REDIS_URL", "redis://env"));

    assertThat(config.standaloneRedis().orElseThrow().host()).isEqualTo("uri-host");
    assertThat(config.standaloneRedis().orElseThrow().database()).isEqualTo(4);
  }

  @Test
  void load_blankOverride_setsNothing() {
    RedisSettings redis = redis(FILE, Map.of("REDIS_HOST", " ", "TIERCEL_REDIS_POOL_SIZE", ""));

    assertThat(redis.host()).isEqualTo("file-host");
    assertThat(redis.poolSize()).isEqualTo(4);
  }

  @Test
  void load_namesOutsideTheFilesKeys_areLeftAlone() {
    ManagerConfig config = ConfigFixture.load(FILE, props(), props("tiercel.tck.redis", "start",
        "tiercel.test.redis-server", "embedded", "other.mode", "x"),
        Map.of("TIERCEL_HOME", "/opt", "TIERCEL_TEST_SERVER", "x"));

    assertThat(config.mode()).isEqualTo(TierMode.TIERED);
  }

  @Test
  void load_unknownKeyUnderAFileKey_isAProblemWithAHint() {
    String message = ConfigFixture.failure(() -> ConfigFixture.load(FILE, props(),
        props("tiercel.redis.prot", "1"), Map.of("TIERCEL_REDIS_POOLSIZE", "3",
            "TIERCEL_CACHES_NOBODY_STATISTICS", "true")));

    assertThat(message).contains(
        "environment variable TIERCEL_REDIS_POOLSIZE: no such key; did you mean"
            + " 'TIERCEL_REDIS_POOL_SIZE'?",
        "system property tiercel.redis.prot: no such key; did you mean 'tiercel.redis.port'?",
        "environment variable TIERCEL_CACHES_NOBODY_STATISTICS: names no cache or preset of the"
            + " file; variables reach only the caches and presets the file names");
  }

  @Test
  void load_listenersByProperty_isNotAKeyOverridesReach() {
    assertThat(ConfigFixture.failure(() -> ConfigFixture.load(FILE, props(),
        props("tiercel.caches.users.listeners", "com.example.Listener"), Map.of())))
        .contains("system property tiercel.caches.users.listeners: no such key");
  }

  @Test
  void load_badOverrideValue_namesTheVariable() {
    assertThat(ConfigFixture.failure(FILE, Map.of("REDIS_PORT", "abc")))
        .isEqualTo("environment variable REDIS_PORT: redis.port: 'abc' is not a port"
            + " (1-65535)");
  }

  @Test
  void load_badUrlFromTheEnvironment_neverShowsItsPassword() {
    assertThat(ConfigFixture.failure(FILE, Map.of("REDIS_URL",
        "redis://app:hunter2@cache:notaport/0")))
        .startsWith("environment variable REDIS_URL: redis.url: 'redis://****@cache:notaport/0'")
        .doesNotContain("hunter2");
  }

  @Test
  void load_variableTwoCacheNamesShare_isAProblem() {
    String yaml = "caches:\n  a.b: {}\n  a-b: {}\n";

    assertThat(ConfigFixture.failure(yaml, Map.of("TIERCEL_CACHES_A_B_STATISTICS", "true")))
        .contains("TIERCEL_CACHES_A_B_STATISTICS: names more than one key");
  }

  @Test
  void load_standaloneOverrideOverASentinelFile_isATopologyProblem() {
    String yaml = "redis:\n  sentinel: {master: m, nodes: [s:26379]}\n";

    assertThat(ConfigFixture.failure(yaml, Map.of("REDIS_URL", "redis://cache")))
        .contains("configure one Redis topology, not [redis.url (environment variable"
            + " REDIS_URL), redis.sentinel.master (tiercel.yaml line 2)]");
  }

  @Test
  void variable_dottedKey_isUpperCaseWithUnderscores() {
    assertThat(OverrideNames.variable(List.of("redis", "pool-size")))
        .isEqualTo("TIERCEL_REDIS_POOL_SIZE");
    assertThat(OverrideNames.variable(List.of("caches", "com.example.*", "codec")))
        .isEqualTo("TIERCEL_CACHES_COM_EXAMPLE___CODEC");
  }

  private static RedisSettings redis(String yaml, Map<String, String> environment) {
    return ConfigFixture.load(yaml, environment).standaloneRedis().orElseThrow();
  }
}
