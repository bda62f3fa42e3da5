package io.tiercel.benchmarks;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiercel.jcache.config.TierMode;
import io.tiercel.jcache.testing.RedisServer;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tier checks tell a near-cache hit from a round trip, both ways round. */
class CommandCounterTest {
  private static RedisServer redis;
  private static CommandCounter counter;

  @BeforeAll
  static void start() {
    redis = SharedRedis.start();
    counter = new CommandCounter(redis.url(0));
  }

  @AfterAll
  static void stop() {
    counter.close();
    redis.close();
  }

  @Test
  void requireNoneSent_redisOnlyCache_fails() {
    CacheManager manager = TiercelManagers.open(redis.url(0), TierMode.REDIS, "check-redis");
    try {
      Cache<String, String> cache = manager.createCache("checked", Payload.stringCache());
      cache.put(Payload.GET_KEY, Payload.VALUE);

      assertThatCode(() -> counter.requireEachSent(() -> cache.get(Payload.GET_KEY),
          Payload.VALUE, 10)).doesNotThrowAnyException();
      assertThatThrownBy(() -> counter.requireNoneSent(() -> cache.get(Payload.GET_KEY),
          Payload.VALUE, 10)).hasMessageContaining("did not serve");
    } finally {
      manager.close();
    }
  }

  @Test
  void requireEachSent_warmNearCache_fails() {
    CacheManager manager = TiercelManagers.open(redis.url(0), TierMode.TIERED, "check-tiered");
    try {
      Cache<String, String> cache = manager.createCache("checked", Payload.stringCache());
      cache.put(Payload.GET_KEY, Payload.VALUE);
      counter.awaitNoneSent(() -> cache.get(Payload.GET_KEY), Payload.VALUE, 10);

      assertThatCode(() -> counter.requireNoneSent(() -> cache.get(Payload.GET_KEY),
          Payload.VALUE, 10)).doesNotThrowAnyException();
      assertThatThrownBy(() -> counter.requireEachSent(() -> cache.get(Payload.GET_KEY),
          Payload.VALUE, 10)).hasMessageContaining("something in this JVM served them");
    } finally {
      manager.close();
    }
  }

  @Test
  void requireEachSent_unexpectedValue_failsNamingIt() {
    assertThatThrownBy(() -> counter.requireEachSent(() -> "other", Payload.VALUE, 1))
        .hasMessageContaining("Read 'other'");
  }
}
