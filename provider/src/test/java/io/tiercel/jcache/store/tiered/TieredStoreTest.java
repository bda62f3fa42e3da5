package io.tiercel.jcache.store.tiered;

import io.tiercel.jcache.store.Store;
import io.tiercel.jcache.store.StoreConformanceTest;
import io.tiercel.jcache.store.StoreListener;
import io.tiercel.jcache.store.redis.RedisBackend;
import io.tiercel.jcache.store.redis.RedisSettings;
import io.tiercel.jcache.store.redis.RedisStore;
import io.tiercel.jcache.store.redis.RedisStores;
import io.tiercel.jcache.store.redis.TestRedisClock;
import io.tiercel.jcache.testing.FakeTicker;
import io.tiercel.jcache.testing.RedisServer;
import io.tiercel.jcache.testing.RedisServerExtension;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tiered store: the conformance suite, with its near cache on the test's clock. */
@ExtendWith(RedisServerExtension.class)
class TieredStoreTest extends StoreConformanceTest {
  private static RedisBackend backend;
  private static TestRedisClock clock;

  private String cacheName;

  @BeforeAll
  static void connect(RedisServer server) {
    backend = RedisBackend.open(RedisSettings.fromUri(server.url()));
    clock = new TestRedisClock(server.url());
  }

  @AfterAll
  static void disconnect() {
    backend.close();
    clock.close();
  }

  @Override
  protected Store<String, String> newStore(
      FakeTicker ticker, StoreListener<String, String> listener) {
    cacheName = "tiered-" + UUID.randomUUID();
    RedisStore<String, String> l2 = RedisStores.strings(backend.gateway(), cacheName, listener);
    var settings = new NearCacheSettings(1_000, -1, null, Duration.ofMinutes(10), ticker);
    return TieredStore.open(backend, cacheName, l2, settings, listener);
  }

  @Override
  protected void elapse(Duration duration) {
    clock.elapse("tiercel:" + cacheName + ":*", duration);
    ticker.advance(duration);
  }

  @Override
  protected Duration clockResolution() {
    return Duration.ofMillis(500);
  }

  @Override
  protected boolean reportsDeadlineExpiry() {
    return false;
  }
}
