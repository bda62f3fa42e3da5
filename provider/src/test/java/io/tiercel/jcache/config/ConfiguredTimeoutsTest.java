package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiercel.jcache.spi.TiercelCachingProvider;
import io.tiercel.jcache.store.redis.RedisUnavailableException;
import io.tiercel.jcache.testing.RedisServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import javax.cache.Cache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file's {@code redis.timeout} and {@code redis.pool-size} reach the connections: against a
 * frozen server, calls fail as unavailable after the configured timeout, and a second call
 * waits for the single pooled connection the file allows.
 */
@Timeout(60)
class ConfiguredTimeoutsTest {
  private RedisServer server;
  private final TiercelCachingProvider provider = new TiercelCachingProvider();
  @TempDir Path folder;

  @BeforeEach
  void start() {
    server = RedisServer.startLocal();
  }

  @AfterEach
  void stop() {
    provider.close();
    RedisServer.closeAll(server);
  }

  @Test
  void timeoutAndPoolSizeFromTheFile_governTheConnections() throws Exception {
    Cache<String, String> cache = cache("""
        mode: redis
        redis:
          host: 127.0.0.1
          port: %d
          timeout: 1500ms
          pool-size: 1
        caches:
          slow: {key-type: String, value-type: String}
        """.formatted(server.port()));
    cache.put("k", "v");
    server.freeze();
    try {
      // The first call takes the only connection and waits on the frozen server.
      CompletableFuture<Void> first = CompletableFuture.runAsync(() -> cache.get("k"));
      Thread.sleep(300);

      assertThatThrownBy(() -> cache.get("k"))
          .isInstanceOf(RedisUnavailableException.class)
          .hasMessageContaining("No connection")
          .hasMessageContaining("1500 ms (pool of 1)");
      assertThat(first).failsWithin(java.time.Duration.ofSeconds(10))
          .withThrowableOfType(java.util.concurrent.ExecutionException.class)
          .havingCause()
          .isInstanceOf(RedisUnavailableException.class)
          .withMessageContaining("did not answer within 1500 ms");
    } finally {
      server.thaw();
    }
  }

  private Cache<String, String> cache(String yaml) throws IOException {
    Path file = Files.writeString(folder.resolve("tiercel.yaml"), yaml);
    return provider.getCacheManager(file.toUri(), getClass().getClassLoader(), new Properties())
        .getCache("slow", String.class, String.class);
  }
}
