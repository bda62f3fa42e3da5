package io.tiercel.benchmarks;

import io.tiercel.jcache.cache.TiercelCache;
import io.tiercel.jcache.config.TierMode;
import io.tiercel.jcache.config.TiercelConfiguration;
import io.tiercel.jcache.store.TierStatistics;
import java.time.Duration;
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
 * Tiercel in tiered mode when the near cache cannot serve: a one-nanosecond near-cache time cap
 * makes every copy dead on arrival, so each {@code get} takes the full miss path (reserve the
 * slot, read value and deadline from Redis in one round trip, install the copy), as a read just
 * after an invalidation does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TiercelNearMissBenchmark {
  private static final int CHECKED_READS = 1_000;

  private CacheManager manager;
  private Cache<String, String> cache;

  /**
   * Opens the cache, stores the value {@link #get()} reads, and checks each read is sent to
   * Redis and counted as a near-cache miss.
   */
  @Setup(Level.Trial)
  public void open() {
    manager = TiercelManagers.open(SharedRedis.url(), TierMode.TIERED, "tiered-miss");
    cache = manager.createCache("bench-tiered-miss", new TiercelConfiguration<String, String>()
        .setNearCacheTimeCap(Duration.ofNanos(1)).setTypes(String.class, String.class));
    cache.put(Payload.GET_KEY, Payload.VALUE);
    TiercelCache<?, ?> tiercel = cache.unwrap(TiercelCache.class);
    TierStatistics before = tiercel.tierStatistics();
    try (CommandCounter counter = new CommandCounter(SharedRedis.url())) {
      counter.requireEachSent(() -> cache.get(Payload.GET_KEY), Payload.VALUE, CHECKED_READS);
    }
    TierStatistics after = tiercel.tierStatistics();
    if (after.nearMisses() - before.nearMisses() != CHECKED_READS
        || after.nearHits() != before.nearHits()) {
      throw new IllegalStateException("The near cache did not count " + CHECKED_READS
          + " reads as misses: " + before + " became " + after);
    }
  }

  /** Reads an existing key the near cache cannot serve. */
  @Benchmark
  public String get() {
    return cache.get(Payload.GET_KEY);
  }

  /** Closes the cache manager. */
  @TearDown(Level.Trial)
  public void close() {
    manager.close();
  }
}
