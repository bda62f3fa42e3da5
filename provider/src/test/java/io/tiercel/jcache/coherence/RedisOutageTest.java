package io.tiercel.jcache.coherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.tiercel.jcache.store.redis.RedisUnavailableException;
import io.tiercel.jcache.testing.RedisManagers;
import io.tiercel.jcache.testing.RedisServer;
import io.tiercel.jcache.testing.RedisServerExtension;
import java.time.Duration;
import javax.cache.Cache;
import javax.cache.configuration.MutableConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Redis goes away and comes back: calls fail within the timeout, and no stale copy survives. */
@ExtendWith(RedisServerExtension.class)
class RedisOutageTest {

  @Test
  void serverSilent_callsFailWithinTheTimeout_andRecover(RedisServer server) {
    assumeThat(server.isOwned()).as("needs a Redis it can freeze").isTrue();
    try (RedisManagers managers = new RedisManagers(server.url())) {
      Cache<String, String> cache = managers.manager("redis").createCache("silent",
          new MutableConfiguration<String, String>().setTypes(String.class, String.class));
      cache.put("k", "v");

      server.freeze();
      long start = System.nanoTime();
      try {
        assertThatThrownBy(() -> cache.get("k")).isInstanceOf(RedisUnavailableException.class)
            .hasMessageContaining("did not answer within 2000 ms");
      } finally {
        server.thaw();
      }

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2900));
      await().atMost(Duration.ofSeconds(5)).ignoreExceptions()
          .untilAsserted(() -> assertThat(cache.get("k")).isEqualTo("v"));
    }
  }

  @Test
  void serverRestarted_callsFailFastWhileDown_andNearCopyIsNotServedAfter(RedisServer server) {
    assumeThat(server.isOwned()).as("needs a Redis it can stop").isTrue();
    try (RedisManagers managers = new RedisManagers(server.url())) {
      Cache<String, String> cache = managers.manager("tiered").createCache("outage",
          new MutableConfiguration<String, String>().setTypes(String.class, String.class));
      cache.put("k", "before");
      RedisManagers.awaitNearHit(cache, "k");

      server.stop();

      await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
          assertThatThrownBy(() -> cache.get("k"))
              .isInstanceOf(RedisUnavailableException.class)
              .hasMessageContaining(server.url().getHost() + ":" + server.port()));
      long start = System.nanoTime();
      assertThatThrownBy(() -> cache.put("k", "during")).isInstanceOf(
          RedisUnavailableException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));

      server.start();

      // The restarted server is empty: the copy from before must not be served.
      await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
          .untilAsserted(() -> assertThat(cache.get("k")).isNull());
      cache.put("k", "after");
      RedisManagers.awaitNearHit(cache, "k");
      assertThat(cache.get("k")).isEqualTo("after");
    }
  }
}
