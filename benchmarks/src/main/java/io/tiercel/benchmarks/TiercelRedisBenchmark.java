package io.tiercel.benchmarks;

import io.tiercel.jcache.cache.TiercelCache;
import io.tiercel.jcache.config.TierMode;
import io.tiercel.jcache.store.TierStatistics;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheManager;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Tiercel in Redis-only mode: no near cache, so every {@code get} is an L2 hit costing one round
 * trip, as the set-up checks against Redis's own command counts and the cache's near-cache
 * counters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TiercelRedisBenchmark {
  private static final int CHECKED_READS = 1_000;

  private CacheManager manager;
  private Cache<String, String> cache;

  /** Opens the cache, stores the value {@link #get()} reads, and checks each read is sent. */
  @Setup(Level.Trial)
  public void open() {
    manager = TiercelManagers.open(SharedRedis.url(), TierMode.REDIS, "redis-only");
    cache = manager.createCache("bench-redis", Payload.stringCache());
    cache.put(Payload.GET_KEY, Payload.VALUE);
    try (CommandCounter counter = new CommandCounter(SharedRedis.url())) {
      counter.requireEachSent(() -> cache.get(Payload.GET_KEY), Payload.VALUE, CHECKED_READS);
    }
    TierStatistics counts = cache.unwrap(TiercelCache.class).tierStatistics();
    if (counts.nearHits() != 0) {
      throw new IllegalStateException("A Redis-only cache counted near-cache hits: " + counts);
    }
  }

  /** Reads an existing key from Redis. */
  @Benchmark
  public String get() {
    return cache.get(Payload.GET_KEY);
  }

  /** Writes a key to Redis. */
  @Benchmark
  public void put() {
    cache.put(Payload.PUT_KEY, Payload.VALUE);
  }

  /** Closes the cache manager. */
  @TearDown(Level.Trial)
  public void close() {
    manager.close();
  }
}
