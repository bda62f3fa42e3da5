package io.tiercel.jcache.store.tiered;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tiercel.jcache.cache.TiercelCache;
import io.tiercel.jcache.config.TiercelConfiguration;
import io.tiercel.jcache.testing.FakeTicker;
import io.tiercel.jcache.testing.RedisManagers;
import io.tiercel.jcache.testing.RedisServer;
import io.tiercel.jcache.testing.RedisServerExtension;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.configuration.FactoryBuilder;
import javax.cache.configuration.MutableCacheEntryListenerConfiguration;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.event.CacheEntryEvent;
import javax.cache.event.CacheEntryExpiredListener;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.TouchedExpiryPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A tiered cache as an application uses it: access expiry, key types, expiry events. */
@ExtendWith(RedisServerExtension.class)
class TieredCacheTest {
  private final RedisManagers managers;
  private final String name = "tiered-cache-" + UUID.randomUUID();

  TieredCacheTest(RedisServer server) {
    this.managers = new RedisManagers(server.url());
  }

  @AfterEach
  void close() {
    managers.close();
  }

  @Test
  void accessBasedExpiry_nearCacheKeepsServingRepeatedReads() throws Exception {
    Cache<String, String> cache = managers.manager("tiered").createCache(name,
        new MutableConfiguration<String, String>().setTypes(String.class, String.class)
            .setExpiryPolicyFactory(TouchedExpiryPolicy.factoryOf(
                javax.cache.expiry.Duration.TEN_MINUTES)));
    cache.put("k", "v");
    RedisManagers.awaitNearHit(cache, "k");
    TiercelCache<?, ?> tiercel = cache.unwrap(TiercelCache.class);
    long before = tiercel.tierStatistics().nearHits();

    for (int i = 0; i < 50; i++) {
      assertThat(cache.get("k")).isEqualTo("v");
      Thread.sleep(10);
    }

    // Its own touches do not come back to this JVM as changes that drop the copy.
    assertThat(tiercel.tierStatistics().nearHits() - before).isGreaterThan(45);
  }

  @Test
  void byteArrayKeys_aThreadReadsItsOwnWrites() {
    Cache<byte[], String> cache = managers.manager("tiered").createCache(name,
        new MutableConfiguration<byte[], String>().setTypes(byte[].class, String.class));
    byte[] key = {1, 2, 3};
    cache.put(key, "v1");
    RedisManagers.awaitNearHit(cache, key);

    cache.put(key, "v2");

    assertThat(cache.get(key)).isEqualTo("v2");
    assertThat(cache.get(new byte[] {1, 2, 3})).isEqualTo("v2");
  }

  /** Records the keys of expired events, on whatever thread they arrive. */
  public static final class Expiries
      implements CacheEntryExpiredListener<String, String>, Serializable {
    static final List<String> SYNCHRONOUS = new CopyOnWriteArrayList<>();

    @Override
    public void onExpired(Iterable<CacheEntryEvent<? extends String, ? extends String>> events) {
      events.forEach(event -> SYNCHRONOUS.add(event.getKey()));
    }
  }

  @Test
  void nearCopyReachingItsDeadline_reachesSynchronousListenerOnNextOperation() {
    FakeTicker ticker = new FakeTicker();
    TiercelConfiguration<String, String> configuration = new TiercelConfiguration<String, String>()
        .setTicker(ticker);
    configuration.setTypes(String.class, String.class)
        .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(
            new javax.cache.expiry.Duration(TimeUnit.MINUTES, 5)))
        .addCacheEntryListenerConfiguration(new MutableCacheEntryListenerConfiguration<>(
            FactoryBuilder.factoryOf(Expiries.class), null, false, true));
    Cache<String, String> cache = managers.manager("tiered").createCache(name, configuration);
    cache.put("k", "v");
    RedisManagers.awaitNearHit(cache, "k");
    Expiries.SYNCHRONOUS.clear();

    ticker.advance(Duration.ofMinutes(6));
    cache.get("other");

    await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> {
      cache.get("another");
      assertThat(Expiries.SYNCHRONOUS).contains("k");
    });
  }
}
