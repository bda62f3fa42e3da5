package io.tiercel.jcache.store.tiered;

import io.tiercel.jcache.store.Store;
import io.tiercel.jcache.store.StoreListener;
import io.tiercel.jcache.store.redis.RedisConformanceTest;
import io.tiercel.jcache.store.redis.RedisStore;
import io.tiercel.jcache.store.redis.RedisStores;
import io.tiercel.jcache.testing.FakeTicker;
import java.time.Duration;

/** The tiered store: the conformance suite, with its near cache on the test's clock. */
class TieredStoreTest extends RedisConformanceTest {

  @Override
  protected Store<String, String> newStore(String name, FakeTicker ticker,
      StoreListener<String, String> listener) {
    RedisStore<String, String> l2 = RedisStores.strings(backend.gateway(), name, listener);
    var settings = new NearCacheSettings(1_000, -1, null, Duration.ofMinutes(10), ticker);
    return TieredStore.open(backend, name, l2, settings, listener);
  }

  /** Time passing includes the few milliseconds after which batched access touches leave. */
  @Override
  protected void elapse(Duration duration) {
    ((TieredStore<String, String>) store).flushTouches();
    super.elapse(duration);
  }
}
