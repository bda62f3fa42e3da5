package io.tiercel.jcache.store.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiercel.jcache.codec.ValueFormat;
import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.RecordingStoreListener;
import io.tiercel.jcache.store.Store;
import io.tiercel.jcache.store.StoreListener;
import io.tiercel.jcache.testing.FakeTicker;
import io.tiercel.jcache.testing.RedisServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** The Redis store: the conformance suite against a real Redis, plus what only Redis has. */
class RedisStoreTest extends RedisConformanceTest {
  private static Jedis jedis;

  @BeforeAll
  static void connectRaw(RedisServer server) {
    jedis = new Jedis(server.url());
  }

  @AfterAll
  static void disconnectRaw() {
    jedis.close();
  }

  @Override
  protected Store<String, String> newStore(String name, FakeTicker ticker,
      StoreListener<String, String> listener) {
    return newStore(name, listener);
  }

  private static RedisStore<String, String> newStore(String name,
      StoreListener<String, String> listener) {
    return RedisStores.strings(backend.gateway(), name, listener);
  }

  @Test
  void put_stringKeyAndValue_areReadableInRedis() {
    store.put("alice", "hello", Expiry.eternal());

    byte[] stored = jedis.get(("tiercel:" + cacheName + ":alice").getBytes());
    assertThat(new String(stored, ValueFormat.HEADER_LENGTH,
        stored.length - ValueFormat.HEADER_LENGTH)).isEqualTo("hello");
  }

  @Test
  void put_ttl_setsRedisDeadline() {
    store.put("k", "v", ttl(TTL));

    assertThat(jedis.pttl("tiercel:" + cacheName + ":k")).isBetween(TTL - 1_000, TTL);
  }

  @Test
  void get_foreignBytes_isMissCountedNotThrown() {
    var listener = new RecordingStoreListener<String, String>();
    RedisStore<String, String> redisStore = newStore(cacheName, listener);
    jedis.set("tiercel:" + cacheName + ":k", "written by someone else");
    jedis.set(("tiercel:" + cacheName + ":j").getBytes(),
        new byte[] {(byte) 0xE7, 1, 99, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2});

    assertThat(redisStore.get("k", Expiry.eternal())).isNull();
    assertThat(redisStore.get("j", Expiry.eternal())).isNull();
    assertThat(redisStore.snapshot("j").isPresent()).isFalse();
    assertThat(redisStore.unreadableValues()).isEqualTo(3);
  }

  @Test
  void putIfAbsent_overForeignBytes_storesValue() {
    jedis.set("tiercel:" + cacheName + ":k", "garbage");

    store.putIfAbsent("k", "v", Expiry.eternal());

    assertThat(store.get("k", Expiry.eternal())).isEqualTo("v");
  }

  @Test
  void put_unreachableServer_failsWithinTimeoutNamingServer() {
    RedisSettings nowhere = RedisSettings.fromUri(java.net.URI.create("redis://127.0.0.1:1/0"))
        .withTimeout(Duration.ofMillis(300));
    try (RedisGateway unreachable = RedisGateway.open(nowhere)) {
      var offline = RedisStores.strings(unreachable, "c", StoreListener.disabled());
      long start = System.nanoTime();

      assertThatThrownBy(() -> offline.put("k", "v", Expiry.eternal()))
          .isInstanceOf(RedisUnavailableException.class)
          .hasMessageContaining("redis://127.0.0.1:1/0");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
  }
}
