package io.tiercel.jcache.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tiercel.jcache.config.RedisClientOptions;
import io.tiercel.jcache.config.RedisNode;
import io.tiercel.jcache.config.RedisTopology;
import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.RecordingStoreListener;
import io.tiercel.jcache.store.tiered.NearCacheSettings;
import io.tiercel.jcache.store.tiered.TieredStore;
import io.tiercel.jcache.testing.FakeTicker;
import io.tiercel.jcache.testing.RedisServer;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.cache.CacheException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Caches on a master that Redis Sentinel names: commands, invalidations, wrong settings. */
@Timeout(60)
class SentinelBackendTest {
  private static final Duration DELIVERY = Duration.ofSeconds(5);

  private static RedisServer master;
  private static RedisServer sentinel;

  @BeforeAll
  static void start() {
    master = RedisServer.startLocal();
    sentinel = RedisServer.startSentinel("mymaster", master);
  }

  @AfterAll
  static void stop() {
    RedisServer.closeAll(sentinel, master);
  }

  @Test
  void open_sentinelTopology_storesInTheMasterTheSentinelsName() {
    String name = "sentinel-" + UUID.randomUUID();
    try (RedisBackend backend = RedisBackend.open(topology("mymaster", null, sentinelNode()))) {
      RedisStore<String, String> store = RedisStores.strings(backend.gateway(), name,
          new RecordingStoreListener<>());

      store.put("k", "v", Expiry.eternal());

      assertThat(store.get("k", Expiry.eternal())).isEqualTo("v");
      assertThat(master.command("EXISTS", "tiercel:" + name + ":k")).isEqualTo(":1");
      assertThat(backend.gateway().settings().port()).isEqualTo(master.port());
    }
  }

  @Test
  void describe_namesMasterSentinelsAndCurrentServer() {
    try (RedisBackend backend = RedisBackend.open(topology("mymaster", null, sentinelNode()))) {
      assertThat(backend.gateway().describe()).isEqualTo("sentinel master mymaster via [127.0.0.1:"
          + sentinel.port() + "], now redis://127.0.0.1:" + master.port() + "/0");
    }
  }

  @Test
  void write_throughOneBackend_dropsTheOtherBackendsNearCopy() {
    String name = "sentinel-" + UUID.randomUUID();
    try (RedisBackend writer = RedisBackend.open(topology("mymaster", null, sentinelNode()));
        RedisBackend reader = RedisBackend.open(topology("mymaster", null, sentinelNode()))) {
      TieredStore<String, String> writing = tiered(writer, name);
      TieredStore<String, String> reading = tiered(reader, name);
      await().atMost(DELIVERY).until(() -> writer.coherence().isServing()
          && reader.coherence().isServing());
      writing.put("k", "v1", Expiry.eternal());
      awaitNearHit(reading, "k", "v1");

      writing.put("k", "v2", Expiry.eternal());

      await().atMost(DELIVERY).until(() -> "v2".equals(reading.get("k", Expiry.eternal())));
    }
  }

  @Test
  void open_masterNameTheSentinelsDoNotKnow_failsNamingIt() {
    assertThatThrownBy(() -> RedisBackend.open(topology("no-such-master", null, sentinelNode())))
        .isExactlyInstanceOf(CacheException.class)
        .hasMessageContaining("know no master named 'no-such-master'")
        .hasMessageContaining("127.0.0.1:" + sentinel.port())
        .hasMessageContaining("redis.sentinel.master");
  }

  @Test
  void open_noSentinelListening_failsAsUnavailable() throws Exception {
    RedisNode silent;
    try (ServerSocket socket = new ServerSocket(0)) {
      silent = new RedisNode("127.0.0.1", socket.getLocalPort());
    }

    assertThatThrownBy(() -> RedisBackend.open(topology("mymaster", null, silent)))
        .isInstanceOf(RedisUnavailableException.class)
        .hasMessageContaining("No sentinel of [" + silent + "] told where master 'mymaster' is")
        .hasMessageContaining("redis.sentinel.nodes");
  }

  @Test
  void open_sentinelPasswordRefused_failsWithoutShowingIt() {
    try (RedisServer guarded = RedisServer.startSentinel("mymaster", master,
        "--requirepass", "sentinel-secret")) {
      RedisNode node = new RedisNode("127.0.0.1", guarded.port());

      assertThatThrownBy(() -> RedisBackend.open(topology("mymaster", "not-the-secret", node)))
          .isInstanceOf(RedisUnavailableException.class)
          .hasMessageContaining("accepted the sentinel credentials")
          .hasMessageNotContaining("not-the-secret");
      try (RedisBackend backend = RedisBackend.open(
          topology("mymaster", "sentinel-secret", node))) {
        assertThat(backend.gateway().settings().port()).isEqualTo(master.port());
      }
    }
  }

  @Test
  void open_cluster_isRefusedSayingWhatToConfigure() {
    var cluster = new RedisTopology.Cluster(List.of(sentinelNode()), options());

    assertThatThrownBy(() -> RedisBackend.open(cluster))
        .isExactlyInstanceOf(CacheException.class)
        .hasMessageContaining("Redis Cluster")
        .hasMessageContaining("redis.sentinel");
  }

  /**
   * Waits until {@code store} serves {@code value} of {@code key} from its near cache: the
   * invalidation of the write that stored it may still be on its way and drop the first copy.
   */
  static void awaitNearHit(TieredStore<String, String> store, String key, String value) {
    await().atMost(DELIVERY).until(() -> {
      long before = store.tierStatistics().nearHits();
      return value.equals(store.get(key, Expiry.eternal()))
          && store.tierStatistics().nearHits() > before;
    });
  }

  static TieredStore<String, String> tiered(RedisBackend backend, String name) {
    var listener = new RecordingStoreListener<String, String>();
    RedisStore<String, String> l2 = RedisStores.strings(backend.gateway(), name, listener);
    var settings = new NearCacheSettings(1_000, -1, null, Duration.ofMinutes(10),
        new FakeTicker());
    return TieredStore.open(backend, name, l2, settings, listener);
  }

  private static RedisNode sentinelNode() {
    return new RedisNode("127.0.0.1", sentinel.port());
  }

  /** Returns the topology of master {@code name} watched by {@code sentinels}. */
  static RedisTopology.Sentinel topology(String name, String sentinelPassword,
      RedisNode... sentinels) {
    return new RedisTopology.Sentinel(name, List.of(sentinels), null, sentinelPassword,
        options());
  }

  private static RedisClientOptions options() {
    return new RedisClientOptions(/* database= */ 0, /* ssl= */ false, /* user= */ null,
        /* password= */ null, Duration.ofSeconds(2), /* poolSize= */ 4, "tiercel");
  }
}
