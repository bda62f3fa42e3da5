package io.tiercel.jcache.coherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tiercel.jcache.cache.TiercelCache;
import io.tiercel.jcache.testing.Concurrently;
import io.tiercel.jcache.testing.Increments;
import io.tiercel.jcache.testing.RedisManagers;
import io.tiercel.jcache.testing.RedisServer;
import io.tiercel.jcache.testing.RedisServerExtension;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two cache managers on one Redis, as two JVMs: what one writes, or another client writes
 * directly in Redis, the other sees on its next read once the invalidation arrives, and never a
 * stale copy after that.
 */
@ExtendWith(RedisServerExtension.class)
class CrossManagerCoherenceTest {
  private static final Duration DELIVERY = Duration.ofSeconds(2);

  private final RedisServer server;
  private final RedisManagers managers;
  private final String name = "coherence-" + UUID.randomUUID();

  CrossManagerCoherenceTest(RedisServer server) {
    this.server = server;
    this.managers = new RedisManagers(server.url());
  }

  @AfterEach
  void close() {
    managers.close();
  }

  @Test
  void put_onOneManager_otherManagersNearCopyIsReplaced() {
    Cache<String, String> first = cache(managers.manager("tiered"));
    Cache<String, String> second = cache(managers.manager("tiered"));
    first.put("k", "v1");
    RedisManagers.awaitNearHit(second, "k");

    first.put("k", "v2");

    await().atMost(DELIVERY).until(() -> "v2".equals(second.get("k")));
    RedisManagers.awaitNearHit(second, "k");
    assertThat(second.get("k")).isEqualTo("v2");
  }

  @Test
  void remove_onOneManager_otherManagersNearCopyIsDropped() {
    Cache<String, String> first = cache(managers.manager("tiered"));
    Cache<String, String> second = cache(managers.manager("tiered"));
    first.put("k", "v");
    RedisManagers.awaitNearHit(second, "k");

    first.remove("k");

    await().atMost(DELIVERY).until(() -> second.get("k") == null);
  }

  @Test
  void rawDelete_byAnotherRedisClient_dropsNearCopy() {
    Cache<String, String> cache = cache(managers.manager("tiered"));
    cache.put("k", "v");
    RedisManagers.awaitNearHit(cache, "k");

    server.command("DEL", "tiercel:" + name + ":k");

    await().atMost(DELIVERY).until(() -> cache.get("k") == null);
  }

  @Test
  void rawWrite_foreignBytes_dropsNearCopyAndReadsAsCountedMiss() {
    Cache<String, String> cache = cache(managers.manager("tiered"));
    cache.put("k", "v");
    RedisManagers.awaitNearHit(cache, "k");

    server.command("SET", "tiercel:" + name + ":k", "not a Tiercel value");

    await().atMost(DELIVERY).until(() -> cache.get("k") == null);
    assertThat(cache.unwrap(TiercelCache.class).tierStatistics().unreadableValues())
        .isPositive();
  }

  @Test
  void flushDb_byAnotherRedisClient_dropsEveryNearCopy() {
    Cache<String, String> cache = cache(managers.manager("tiered"));
    cache.put("a", "1");
    cache.put("b", "2");
    RedisManagers.awaitNearHit(cache, "a");
    RedisManagers.awaitNearHit(cache, "b");

    server.command("FLUSHDB");

    await().atMost(DELIVERY).until(() -> cache.getAll(Set.of("a", "b")).isEmpty());
  }

  @Test
  void invoke_concurrentIncrementsFromTwoManagers_loseNone() throws Exception {
    Cache<String, Integer> first = counters(managers.manager("tiered"));
    Cache<String, Integer> second = counters(managers.manager("redis"));
    int threadsPerManager = 4;
    int increments = 250;

    Concurrently.run(2 * threadsPerManager, thread -> {
      Cache<String, Integer> cache = thread % 2 == 0 ? first : second;
      for (int i = 0; i < increments; i++) {
        Increments.increment(cache, "counter");
      }
    });

    assertThat(first.get("counter")).isEqualTo(2 * threadsPerManager * increments);
    assertThat(second.get("counter")).isEqualTo(2 * threadsPerManager * increments);
  }

  @Test
  void reads_racingWritesFromOtherManager_neverKeepStaleCopy() throws Exception {
    Cache<String, Integer> writer = counters(managers.manager("tiered"));
    Cache<String, Integer> reader = counters(managers.manager("tiered"));
    writer.put("k", 0);
    RedisManagers.awaitNearHit(reader, "k");
    int versions = 2_000;
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicInteger reads = new AtomicInteger();

    Concurrently.run(4, thread -> {
      if (thread == 0) {
        for (int version = 1; version <= versions; version++) {
          writer.put("k", version);
        }
        writing.set(false);
        return;
      }
      int last = -1;
      while (writing.get()) {
        Integer seen = reader.get("k");
        reads.incrementAndGet();
        if (seen == null || seen < last) {
          failure.compareAndSet(null, new AssertionError("read " + seen + " after " + last));
        }
        last = seen == null ? last : seen;
      }
    });

    assertThat(failure.get()).isNull();
    await().atMost(DELIVERY).until(() -> reader.get("k") == versions);
    // A copy installed from a read that raced an invalidation would now be stale for good.
    for (int i = 0; i < 1_000; i++) {
      assertThat(reader.get("k")).isEqualTo(versions);
    }
    assertThat(reader.unwrap(TiercelCache.class).tierStatistics().nearHits()).isPositive();
    assertThat(reads.get()).isPositive();
  }

  @Test
  void invalidationConnectionKilled_nearCopiesFlushedAndNotServedStale() {
    Cache<String, String> first = cache(managers.manager("tiered"));
    Cache<String, String> second = cache(managers.manager("tiered"));
    first.put("k", "v1");
    RedisManagers.awaitNearHit(second, "k");

    server.command("CLIENT", "KILL", "TYPE", "pubsub");
    first.put("k", "v2");

    await().atMost(DELIVERY).until(() -> "v2".equals(second.get("k")));
    RedisManagers.awaitNearHit(second, "k");
    assertThat(second.get("k")).isEqualTo("v2");
  }

  private Cache<String, String> cache(CacheManager manager) {
    return manager.createCache(name,
        new MutableConfiguration<String, String>().setTypes(String.class, String.class));
  }

  private Cache<String, Integer> counters(CacheManager manager) {
    return manager.createCache(name,
        new MutableConfiguration<String, Integer>().setTypes(String.class, Integer.class));
  }
}
