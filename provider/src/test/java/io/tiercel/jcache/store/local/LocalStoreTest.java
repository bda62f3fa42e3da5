package io.tiercel.jcache.store.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.RecordingStoreListener;
import io.tiercel.jcache.store.Store;
import io.tiercel.jcache.store.StoreConformanceTest;
import io.tiercel.jcache.store.StoreListener;
import io.tiercel.jcache.testing.FakeTicker;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Caffeine store: the conformance suite plus its size and weight bounds. */
class LocalStoreTest extends StoreConformanceTest {

  @Override
  protected Store<String, String> newStore(
      FakeTicker ticker, StoreListener<String, String> listener) {
    return new LocalStore<>(LocalStoreSettings.unbounded().withTicker(ticker), listener);
  }

  @Override
  protected Duration reportTimeout() {
    return Duration.ofMillis(200);
  }

  @Test
  void put_beyondMaximumSize_evictsAndReportsEvictions() {
    var evictions = new RecordingStoreListener<String, String>();
    try (var bounded = new LocalStore<>(settings().withMaximumSize(2), evictions)) {
      for (int i = 0; i < 10; i++) {
        bounded.put("k" + i, "v" + i, Expiry.eternal());
      }

      assertThat(bounded.estimatedSize()).isEqualTo(2);
      assertThat(evictions.evicted()).hasSize(8)
          .allSatisfy(entry -> assertEvicted(bounded, entry))
          .allSatisfy(entry -> assertThat(entry.getValue())
              .isEqualTo("v" + entry.getKey().substring(1)));
      assertThat(evictions.expired()).isEmpty();
    }
  }

  @Test
  void put_beyondMaximumWeight_evictsUntilWithinWeight() {
    var evictions = new RecordingStoreListener<String, String>();
    var settings = settings().withMaximumWeight(10, (key, value) -> ((String) value).length());
    try (var bounded = new LocalStore<>(settings, evictions)) {
      bounded.put("a", "12345", Expiry.eternal());
      bounded.put("b", "12345", Expiry.eternal());
      bounded.put("c", "12345", Expiry.eternal());

      assertThat(evictions.evicted()).hasSize(1)
          .allSatisfy(entry -> assertEvicted(bounded, entry));
      assertThat(bounded.getAll(Set.of("a", "b", "c"), Expiry.eternal())).hasSize(2);
    }
  }

  @Test
  void put_heavierThanMaximumWeight_isEvictedAtOnce() {
    var evictions = new RecordingStoreListener<String, String>();
    var settings = settings().withMaximumWeight(10, (key, value) -> ((String) value).length());
    try (var bounded = new LocalStore<>(settings, evictions)) {
      bounded.put("small", "1", Expiry.eternal());
      bounded.put("big", "12345678901", Expiry.eternal());

      assertThat(evictions.evicted()).containsExactly(Map.entry("big", "12345678901"));
      assertThat(bounded.containsKey("small")).isTrue();
    }
  }

  @Test
  void close_liveEntries_reportsNothing() {
    store.put("k", "v", ttl(TTL));

    store.close();

    assertThat(listener.expired()).isEmpty();
    assertThat(listener.evicted()).isEmpty();
  }

  private LocalStoreSettings settings() {
    return LocalStoreSettings.unbounded().withTicker(ticker);
  }

  private static void assertEvicted(Store<String, String> store, Map.Entry<String, String> entry) {
    assertThat(store.containsKey(entry.getKey())).isFalse();
  }
}
