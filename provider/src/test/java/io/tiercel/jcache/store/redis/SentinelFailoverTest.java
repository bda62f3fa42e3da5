package io.tiercel.jcache.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tiercel.jcache.config.RedisNode;
import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.tiered.TieredStore;
import io.tiercel.jcache.testing.RedisServer;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A master that dies behind Sentinel: once its replica is promoted, commands and invalidations
 * reach the new master without reopening anything.
 */
@Timeout(90)
class SentinelFailoverTest {
  private static final Duration SETTLE = Duration.ofSeconds(10);
  private static final Duration FAILOVER = Duration.ofSeconds(30);

  private static RedisServer master;
  private static RedisServer replica;
  private static RedisServer sentinel;

  @BeforeAll
  static void start() {
    master = RedisServer.startLocal();
    // Loads the master's data from the socket: nothing is written to disk.
    replica = RedisServer.startLocal("--replicaof", "127.0.0.1", String.valueOf(master.port()),
        "--repl-diskless-load", "swapdb");
    await().atMost(SETTLE).until(() -> replica.command("INFO", "replication")
        .contains("master_link_status:up"));
    sentinel = RedisServer.startSentinel("mymaster", master);
    // The reply to SENTINEL REPLICAS is an array; its first line counts the replicas.
    await().atMost(SETTLE).until(() -> sentinel.command("SENTINEL", "REPLICAS", "mymaster")
        .equals("*1"));
  }

  @AfterAll
  static void stop() {
    RedisServer.closeAll(sentinel, replica, master);
  }

  @Test
  void failover_commandsAndInvalidationsFollowThePromotedReplica() {
    String name = "failover-" + UUID.randomUUID();
    RedisNode node = new RedisNode("127.0.0.1", sentinel.port());
    try (RedisBackend writer = RedisBackend.open(SentinelBackendTest.topology("mymaster", null,
            node));
        RedisBackend reader = RedisBackend.open(SentinelBackendTest.topology("mymaster", null,
            node))) {
      TieredStore<String, String> writing = SentinelBackendTest.tiered(writer, name);
      TieredStore<String, String> reading = SentinelBackendTest.tiered(reader, name);
      writing.put("k", "v1", Expiry.eternal());
      await().atMost(SETTLE).until(() -> replica.command("EXISTS", "tiercel:" + name + ":k")
          .equals(":1"));

      master.stop();

      await().atMost(FAILOVER).until(() -> writer.gateway().settings().port() == replica.port()
          && reader.gateway().settings().port() == replica.port());
      await().atMost(SETTLE).ignoreExceptions().until(() -> {
        writing.put("k", "v2", Expiry.eternal());
        return true;
      });
      assertThat(writing.get("k", Expiry.eternal())).isEqualTo("v2");
      await().atMost(SETTLE).until(() -> reader.coherence().isServing());
      await().atMost(SETTLE).ignoreExceptions()
          .until(() -> "v2".equals(reading.get("k", Expiry.eternal())));
      SentinelBackendTest.awaitNearHit(reading, "k", "v2");

      writing.put("k", "v3", Expiry.eternal());

      await().atMost(SETTLE).until(() -> "v3".equals(reading.get("k", Expiry.eternal())));
    }
  }
}
