package io.tiercel.jcache.store.tiered;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.jcache.cache.TiercelCache;
import io.tiercel.jcache.config.TiercelConfiguration;
import io.tiercel.jcache.testing.FakeTicker;
import io.tiercel.jcache.testing.RedisManagers;
import io.tiercel.jcache.testing.RedisServer;
import io.tiercel.jcache.testing.RedisServerExtension;
import java.time.Duration;
import java.util.UUID;
import javax.cache.Cache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The near cache's bounds as a cache applies them: entries, bytes and its time cap (the bounds
 * themselves are measured in {@link NearCacheTest}).
 */
@ExtendWith(RedisServerExtension.class)
class NearCacheBoundsTest {
  private static final String VALUE = "x".repeat(300);

  private final RedisManagers managers;

  NearCacheBoundsTest(RedisServer server) {
    this.managers = new RedisManagers(server.url());
  }

  @AfterEach
  void close() {
    managers.close();
  }

  @Test
  void maximumSizeZero_keepsNoCopy() {
    Cache<String, String> cache = cache(new TiercelConfiguration<String, String>()
        .setMaximumSize(0));

    assertThat(nearHitsOfSecondPass(cache)).isZero();
  }

  @Test
  void maximumBytesBelowOneValue_keepsNoCopy() {
    Cache<String, String> cache = cache(new TiercelConfiguration<String, String>()
        .setNearCacheMaximumBytes(VALUE.length()));

    assertThat(nearHitsOfSecondPass(cache)).isZero();
  }

  @Test
  void defaults_keepCopies() {
    Cache<String, String> cache = cache(new TiercelConfiguration<String, String>());
    cache.put("k", VALUE);

    // Fails unless the near cache serves the key within the wait.
    RedisManagers.awaitNearHit(cache, "k");
  }

  @Test
  void timeCap_dropsCopyAfterIt_evenForEternalEntry() {
    FakeTicker ticker = new FakeTicker();
    Cache<String, String> cache = cache(new TiercelConfiguration<String, String>()
        .setNearCacheTimeCap(Duration.ofSeconds(30)).setTicker(ticker));
    cache.put("k", VALUE);
    RedisManagers.awaitNearHit(cache, "k");
    TiercelCache<?, ?> tiercel = cache.unwrap(TiercelCache.class);
    long misses = tiercel.tierStatistics().nearMisses();

    ticker.advance(Duration.ofSeconds(31));

    assertThat(cache.get("k")).isEqualTo(VALUE);
    assertThat(tiercel.tierStatistics().nearMisses()).isEqualTo(misses + 1);
  }

  /** Waits until the cache's invalidation listener is up, with a cache of its own. */
  private void awaitNearCacheServing(Cache<String, String> cache) {
    Cache<String, String> probe = cache.getCacheManager().createCache("probe-" + UUID.randomUUID(),
        new TiercelConfiguration<String, String>().setTypes(String.class, String.class));
    probe.put("probe", VALUE);
    RedisManagers.awaitNearHit(probe, "probe");
  }

  private Cache<String, String> cache(TiercelConfiguration<String, String> configuration) {
    return managers.manager("tiered").createCache("bounds-" + UUID.randomUUID(),
        configuration.setTypes(String.class, String.class));
  }

  /** Puts and reads ten entries, then returns how many of a second read the near cache served. */
  private long nearHitsOfSecondPass(Cache<String, String> cache) {
    awaitNearCacheServing(cache);
    for (int i = 0; i < 10; i++) {
      cache.put("k" + i, VALUE);
      cache.get("k" + i);
    }
    TiercelCache<?, ?> tiercel = cache.unwrap(TiercelCache.class);
    long before = tiercel.tierStatistics().nearHits();
    for (int i = 0; i < 10; i++) {
      assertThat(cache.get("k" + i)).isEqualTo(VALUE);
    }
    return tiercel.tierStatistics().nearHits() - before;
  }
}
