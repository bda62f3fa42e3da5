package io.tiercel.jcache.store.redis;

import io.tiercel.jcache.store.Store;
import io.tiercel.jcache.store.StoreConformanceTest;
import io.tiercel.jcache.store.StoreListener;
import io.tiercel.jcache.testing.FakeTicker;
import io.tiercel.jcache.testing.RedisServer;
import io.tiercel.jcache.testing.RedisServerExtension;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conformance suite for stores in Redis: one real server for the class, a fresh cache name
 * per test, and time made to pass by shortening the cache's keys' remaining lives in Redis.
 */
@ExtendWith(RedisServerExtension.class)
public abstract class RedisConformanceTest extends StoreConformanceTest {
  /** The backend of the class's server: its gateway and invalidation listener. */
  protected static RedisBackend backend;
  private static TestRedisClock clock;

  /** The cache name of the current test's store. */
  protected String cacheName;

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

  /** Returns a new store of cache {@code name} that measures near-cache time on the ticker. */
  protected abstract Store<String, String> newStore(String name, FakeTicker ticker,
      StoreListener<String, String> listener);

  @Override
  protected final Store<String, String> newStore(
      FakeTicker ticker, StoreListener<String, String> listener) {
    cacheName = "conformance-" + UUID.randomUUID();
    return newStore(cacheName, ticker, listener);
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

  /** Entries that reach their deadline in Redis vanish there; no JVM hears of it at once. */
  @Override
  protected boolean reportsDeadlineExpiry() {
    return false;
  }
}
