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
 * Tiercel in tiered mode: {@code get} of an entry the near cache holds (an L1 hit, no round
 * trip) and {@code put} (to Redis, dropping the near copy).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TiercelTieredBenchmark {
  private CacheManager manager;
  private Cache<String, String> cache;

  /** Opens the cache and stores the value {@link #get} reads. */
  @Setup(Level.Trial)
  public void open() {
    manager = TiercelManagers.open(SharedRedis.url(), TierMode.TIERED, "tiered");
    cache = manager.createCache("bench-tiered", Payload.stringCache());
    cache.put(Payload.GET_KEY, Payload.VALUE);
  }

  /** Reads an entry the near cache holds. */
  @Benchmark
  public String get(NearHits nearHits) {
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

  /**
   * Proves that {@link #get} measures near-cache hits, two ways: Redis's own command counts and
   * the cache's near-cache counters ({@code TiercelCache.tierStatistics()}).
   *
   * <ul>
   *   <li>Before the trial, reads are repeated until 1,000 in a row cost Redis no command and
   *       were all counted as near-cache hits.</li>
   *   <li>After it, Redis must have run no data command since, and the near cache must have
   *       counted no miss; otherwise the trial fails.</li>
   * </ul>
   */
  @State(Scope.Benchmark)
  public static class NearHits {
    private static final int CHECKED_READS = 1_000;

    private TiercelCache<String, String> cache;
    private CommandCounter counter;
    private long commandsBefore;
    private TierStatistics countsBefore;

    /** Warms the near cache until it serves every read, then notes both counts. */
    @Setup(Level.Trial)
    @SuppressWarnings("unchecked")
    public void warm(TiercelTieredBenchmark tiered) {
      cache = tiered.cache.unwrap(TiercelCache.class);
      counter = new CommandCounter(SharedRedis.url());
      counter.awaitNoneSent(() -> cache.get(Payload.GET_KEY), Payload.VALUE, CHECKED_READS);
      TierStatistics warmed = cache.tierStatistics();
      counter.requireNoneSent(() -> cache.get(Payload.GET_KEY), Payload.VALUE, CHECKED_READS);
      TierStatistics checked = cache.tierStatistics();
      if (checked.nearHits() - warmed.nearHits() != CHECKED_READS
          || checked.nearMisses() != warmed.nearMisses()) {
        throw new IllegalStateException("The near cache did not count " + CHECKED_READS
            + " reads as hits: " + warmed + " became " + checked);
      }
      commandsBefore = counter.dataCommands();
      countsBefore = checked;
    }

    /** Fails the trial if any measured read reached Redis or missed the near cache. */
    @TearDown(Level.Trial)
    public void check() {
      long sent = counter.dataCommands() - commandsBefore;
      counter.close();
      TierStatistics after = cache.tierStatistics();
      if (sent != 0 || after.nearMisses() != countsBefore.nearMisses()) {
        throw new IllegalStateException("Near-cache gets sent " + sent + " commands to Redis"
            + " and missed the near cache " + (after.nearMisses() - countsBefore.nearMisses())
            + " times during the trial: some were not L1 hits");
      }
    }
  }
}
