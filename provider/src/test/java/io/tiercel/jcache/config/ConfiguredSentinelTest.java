package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiercel.jcache.spi.TiercelCachingProvider;
import io.tiercel.jcache.testing.RedisServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

/** A cache manager whose file names a Sentinel-watched master: its caches live in that master. */
@Timeout(60)
class ConfiguredSentinelTest {
  private static RedisServer master;
  private static RedisServer sentinel;

  private final TiercelCachingProvider provider = new TiercelCachingProvider();
  @TempDir Path folder;

  @BeforeAll
  static void start() {
    master = RedisServer.startLocal();
    sentinel = RedisServer.startSentinel("orders-master", master);
  }

  @AfterAll
  static void stop() {
    RedisServer.closeAll(sentinel, master);
  }

  @AfterEach
  void close() {
    provider.close();
  }

  @Test
  void cachesOfAManagerConfiguredWithSentinel_liveInTheMasterItNames() throws IOException {
    CacheManager manager = manager("""
        redis:
          database: 3
          sentinel:
            master: orders-master
            nodes: [127.0.0.1:%d]
        caches:
          orders: {key-type: String, value-type: String}
        """.formatted(sentinel.port()));
    Cache<String, String> orders = manager.getCache("orders", String.class, String.class);

    orders.put("o-1", "paid");

    assertThat(orders.get("o-1")).isEqualTo("paid");
    try (Jedis direct = new Jedis("127.0.0.1", master.port())) {
      direct.select(3);
      assertThat(direct.exists("tiercel:orders:o-1")).isTrue();
    }
    assertThat(manager.toString()).contains("sentinel master orders-master");
  }

  @Test
  void unknownMasterName_failsTheFirstCache_namingTheKeyToFix() throws IOException {
    CacheManager manager = manager("""
        redis:
          sentinel:
            master: ordres-master
            nodes: [127.0.0.1:%d]
        """.formatted(sentinel.port()));

    assertThatThrownBy(() -> manager.createCache("orders",
        new javax.cache.configuration.MutableConfiguration<>()))
        .isInstanceOf(CacheException.class)
        .hasMessageContaining("ordres-master")
        .hasMessageContaining("redis.sentinel.master");
  }

  private CacheManager manager(String yaml) throws IOException {
    URI file = Files.writeString(folder.resolve("tiercel.yaml"), yaml).toUri();
    return provider.getCacheManager(file, ConfiguredSentinelTest.class.getClassLoader(),
        new Properties());
  }
}
