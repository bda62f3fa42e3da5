package io.tiercel.jcache.store.tiered;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.jcache.coherence.Coherence;
import io.tiercel.jcache.store.RecordingStoreListener;
import io.tiercel.jcache.store.redis.RedisReads;
import io.tiercel.jcache.store.redis.RedisReads.Fetched;
import io.tiercel.jcache.store.tiered.Slot.Pending;
import io.tiercel.jcache.testing.FakeTicker;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The near cache alone: bounds, deadlines, and which reads may install copies. */
class NearCacheTest {
  private final FakeTicker ticker = new FakeTicker();
  private final Coherence coherence = new Coherence();
  private final RecordingStoreListener<String, String> listener = new RecordingStoreListener<>();

  NearCacheTest() {
    coherence.established();
  }

  @Test
  void maximumBytes_keepsCopiesWithinBytesTheyTakeInRedis() {
    NearCache<String, String> near = near(-1, 900);

    for (int i = 0; i < 10; i++) {
      read(near, "k" + i, "v" + i, 300, 60_000);
    }

    assertThat(served(near)).isEqualTo(3);
  }

  @Test
  void maximumSize_keepsThatManyCopies() {
    NearCache<String, String> near = near(2, -1);

    for (int i = 0; i < 10; i++) {
      read(near, "k" + i, "v" + i, 300, 60_000);
    }

    assertThat(served(near)).isEqualTo(2);
  }

  @Test
  void copy_isServedUntilItsRedisDeadline_thenReportedExpired() {
    NearCache<String, String> near = near(100, -1);
    read(near, "k", "v", 10, 1_000);

    ticker.advance(Duration.ofMillis(999));
    assertThat(near.serve(key("k"))).isNotNull();
    ticker.advance(Duration.ofMillis(2));

    assertThat(near.serve(key("k"))).isNull();
    near.deliverExpired(listener);
    assertThat(listener.expired()).containsExactly(Map.entry("k", "v"));
  }

  @Test
  void copy_cappedByTimeCap_isDroppedWithoutExpiredReport() {
    NearCache<String, String> near = near(100, -1);
    read(near, "k", "v", 10, RedisReads.ETERNAL);

    ticker.advance(Duration.ofMinutes(1).plusMillis(1));

    assertThat(near.serve(key("k"))).isNull();
    near.deliverExpired(listener);
    assertThat(listener.expired()).isEmpty();
  }

  @Test
  void install_afterInvalidationDuringRead_isRefused() {
    NearCache<String, String> near = near(100, -1);
    Pending<String, String> pending = near.begin(key("k"));

    near.invalidate(key("k"));
    near.install(key("k"), "k", pending, fetched("old", 10, 60_000), near.now());

    assertThat(near.serve(key("k"))).isNull();
  }

  @Test
  void install_afterChannelLostAndRegained_isRefused() {
    NearCache<String, String> near = near(100, -1);
    Pending<String, String> pending = near.begin(key("k"));

    coherence.lost();
    near.invalidateAll();
    coherence.established();
    near.install(key("k"), "k", pending, fetched("old", 10, 60_000), near.now());

    assertThat(near.serve(key("k"))).isNull();
  }

  @Test
  void begin_whileChannelDown_installsNothing() {
    NearCache<String, String> near = near(100, -1);
    coherence.lost();

    assertThat(near.begin(key("k"))).isNull();
  }

  @Test
  void install_readsThatDisagree_keepNeitherCopy() {
    NearCache<String, String> near = near(100, -1);
    Pending<String, String> first = near.begin(key("k"));
    Pending<String, String> second = near.begin(key("k"));

    near.install(key("k"), "k", first, fetched("v1", 10, 60_000), near.now());
    near.install(key("k"), "k", second, fetched("v2", 10, 60_000), near.now());

    assertThat(second).isSameAs(first);
    assertThat(near.serve(key("k"))).isNull();
  }

  @Test
  void install_readThatFoundNothing_dropsCopy() {
    NearCache<String, String> near = near(100, -1);
    Pending<String, String> first = near.begin(key("k"));
    Pending<String, String> second = near.begin(key("k"));

    near.install(key("k"), "k", first, fetched("v1", 10, 60_000), near.now());
    near.install(key("k"), "k", second, new Fetched<>(null, new byte[0], 0L, 0, RedisReads.NO_ACCESS), near.now());

    assertThat(near.serve(key("k"))).isNull();
  }

  private NearCache<String, String> near(long maximumSize, long maximumBytes) {
    return new NearCache<>(new NearCacheSettings(maximumSize, maximumBytes, null,
        Duration.ofMinutes(1), ticker), coherence);
  }

  private static void read(NearCache<String, String> near, String key, String value, int size,
      long ttlMillis) {
    Pending<String, String> pending = near.begin(key(key));
    near.install(key(key), key, pending,
        new Fetched<>(value, stamp(value), ttlMillis, size, RedisReads.NO_ACCESS), near.now());
  }

  private static Fetched<String> fetched(String value, int size, long ttlMillis) {
    return new Fetched<>(value, stamp(value), ttlMillis, size, RedisReads.NO_ACCESS);
  }

  private static NearKey key(String key) {
    return NearKey.of(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static byte[] stamp(String value) {
    return value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static int served(NearCache<String, String> near) {
    int served = 0;
    for (int i = 0; i < 10; i++) {
      if (near.serve(key("k" + i)) != null) {
        served++;
      }
    }
    return served;
  }
}
