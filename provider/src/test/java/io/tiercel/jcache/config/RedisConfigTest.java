package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.jcache.store.redis.RedisSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The redis: keys: one server, Sentinel or Cluster, and how connections are made. */
class RedisConfigTest {

  @Test
  void load_url_namesEveryPartOfTheServer() {
    RedisSettings redis = standalone("redis:\n  url: rediss://app:secret@cache:6380/2\n");

    assertThat(redis.host()).isEqualTo("cache");
    assertThat(redis.port()).isEqualTo(6380);
    assertThat(redis.database()).isEqualTo(2);
    assertThat(redis.ssl()).isTrue();
    assertThat(redis.user()).isEqualTo("app");
    assertThat(redis.password()).isEqualTo("secret");
    assertThat(redis.timeout()).isEqualTo(RedisSettings.DEFAULT_TIMEOUT);
    assertThat(redis.poolSize()).isEqualTo(RedisSettings.DEFAULT_POOL_SIZE);
    assertThat(redis.keyPrefix()).isEqualTo("tiercel");
  }

  @Test
  void load_hostAlone_takesTheDefaultPortAndDatabase() {
    RedisSettings redis = standalone("redis:\n  host: cache\n");

    assertThat(redis.port()).isEqualTo(6379);
    assertThat(redis.database()).isZero();
    assertThat(redis.ssl()).isFalse();
    assertThat(redis.user()).isNull();
    assertThat(redis.password()).isNull();
  }

  @Test
  void load_urlAndSeparateKeys_separateKeysWinOverTheUrlsParts() {
    RedisSettings redis = ConfigFixture.resource("every-key.yaml").standaloneRedis()
        .orElseThrow();

    assertThat(redis.host()).isEqualTo("primary.internal");
    assertThat(redis.port()).isEqualTo(6390);
    assertThat(redis.database()).isEqualTo(5);
    assertThat(redis.user()).isEqualTo("shop");
    assertThat(redis.password()).isEqualTo("file-secret");
    assertThat(redis.ssl()).isFalse();
    assertThat(redis.timeout()).isEqualTo(Duration.ofMillis(750));
    assertThat(redis.poolSize()).isEqualTo(32);
  }

  @Test
  void load_sentinel_readsMasterSentinelsAndBothCredentials() {
    var sentinel = (RedisTopology.Sentinel) ConfigFixture.resource("sentinel.yaml").redis()
        .orElseThrow();

    assertThat(sentinel.master()).isEqualTo("mymaster");
    assertThat(sentinel.sentinels()).containsExactly(new RedisNode("sentinel-1", 26379),
        new RedisNode("sentinel-2", 26379), new RedisNode("::1", 26380));
    assertThat(sentinel.sentinelUser()).isEqualTo("watcher");
    assertThat(sentinel.sentinelPassword()).isEqualTo("sentinel-secret");
    assertThat(sentinel.options().user()).isEqualTo("app");
    assertThat(sentinel.options().password()).isEqualTo("master-secret");
    assertThat(sentinel.options().database()).isEqualTo(3);
    assertThat(sentinel.options().ssl()).isTrue();
    assertThat(sentinel.describe()).isEqualTo("sentinel master mymaster via [sentinel-1:26379,"
        + " sentinel-2:26379, [::1]:26380] database 3");
  }

  @Test
  void load_cluster_readsNodesFromCommaSeparatedText() {
    ManagerConfig config = ConfigFixture.resource("cluster.yaml");
    var cluster = (RedisTopology.Cluster) config.redis().orElseThrow();

    assertThat(cluster.nodes()).extracting(RedisNode::toString)
        .containsExactly("node-1:7000", "node-2:7001", "node-3:7002");
    assertThat(cluster.options().poolSize()).isEqualTo(8);
    assertThat(cluster.options().keyPrefix()).isEqualTo("orders");
    assertThat(config.mode()).isEqualTo(TierMode.TIERED);
    assertThat(config.standaloneRedis()).isEmpty();
  }

  @Test
  void load_twoTopologies_namesBothAndWhatIsAllowed() {
    String message = ConfigFixture.failure("""
        redis:
          host: cache
          cluster:
            nodes: [a:7000]
        """);

    assertThat(message).isEqualTo("tiercel.yaml line 4: redis: configure one Redis topology,"
        + " not [redis.host (tiercel.yaml line 2), redis.cluster.nodes (tiercel.yaml line 4)];"
        + " set exactly one of redis.url or redis.host (one server), redis.sentinel,"
        + " redis.cluster");
  }

  @Test
  void load_clusterWithADatabase_isAProblem() {
    assertThat(ConfigFixture.failure("redis:\n  database: 1\n  cluster: {nodes: a:7000}\n"))
        .isEqualTo("tiercel.yaml line 2: redis.database: '1' is not allowed with"
            + " redis.cluster: a cluster has database 0 only");
  }

  @Test
  void load_sentinelWithoutMasterOrNodes_namesWhatIsRequired() {
    String message = ConfigFixture.failure("redis:\n  sentinel:\n    user: watcher\n");

    assertThat(message).contains("tiercel.yaml line 3: redis.sentinel.master: is required with"
        + " redis.sentinel", "tiercel.yaml line 3: redis.sentinel.nodes: is required with"
        + " redis.sentinel");
  }

  @Test
  void load_portInTheFileWithoutAServer_isAProblem() {
    assertThat(ConfigFixture.failure("redis:\n  port: 6380\n")).isEqualTo("tiercel.yaml line 2:"
        + " redis.port: is set, but no Redis is named; set redis.url, redis.host, redis.sentinel"
        + " or redis.cluster");
  }

  @Test
  void load_portWithSentinel_saysNodesCarryTheirPorts() {
    assertThat(ConfigFixture.failure(
        "redis:\n  port: 6380\n  sentinel: {master: m, nodes: [s:26379]}\n"))
        .contains("redis.port: is set, but it is the port of redis.host");
  }

  @Test
  void load_partsFromTheEnvironmentWithoutAServer_areIgnored() {
    ManagerConfig config = ConfigFixture.load("mode: local\n", Map.of("REDIS_PORT",
        "tcp://10.0.0.11:6379", "REDIS_PASSWORD", "secret"));

    assertThat(config.redis()).isEmpty();
  }

  @Test
  void load_timeoutLongerThanAnIntOfMillis_isAProblem() {
    assertThat(ConfigFixture.failure("redis: {host: cache, timeout: 30d}\n"))
        .contains("redis.timeout: is too long; at most 24d");
  }

  @Test
  void toString_ofEveryTopology_hidesEveryPassword() {
    List<String> shown = List.of(
        ConfigFixture.resource("sentinel.yaml").redis().orElseThrow().toString(),
        ConfigFixture.resource("cluster.yaml").redis().orElseThrow().toString(),
        ConfigFixture.resource("every-key.yaml").redis().orElseThrow().toString(),
        ConfigFixture.resource("every-key.yaml").redis().orElseThrow().options().toString(),
        ConfigFixture.resource("sentinel.yaml").toString());

    assertThat(shown).allSatisfy(text -> assertThat(text).doesNotContain("secret"))
        .anySatisfy(text -> assertThat(text).contains("password=****"));
  }

  private static RedisSettings standalone(String yaml) {
    return ConfigFixture.load(yaml).standaloneRedis().orElseThrow();
  }
}
