package io.tiercel.benchmarks;

import io.tiercel.jcache.config.TierMode;
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
   * Proves that {@link #get} measures near-cache hits: before the trial, reads are repeated
   * until Redis runs no command for them; after it, Redis must have run none since.
   */
  @State(Scope.Benchmark)
  public static class NearHits {
    private static final int CHECKED_READS = 1_000;

    private CommandCounter counter;
    private long before;

    /** Warms the near cache until it serves every read, then notes Redis's command count. */
    @Setup(Level.Trial)
    public void warm(TiercelTieredBenchmark tiered) {
      counter = new CommandCounter(SharedRedis.url());
      counter.awaitNoneSent(() -> tiered.cache.get(Payload.GET_KEY), Payload.VALUE,
          CHECKED_READS);
      before = counter.dataCommands();
    }

    /** Fails the trial if any measured read reached Redis. */
    @TearDown(Level.Trial)
    public void check() {
      long sent = counter.dataCommands() - before;
      counter.close();
      if (sent != 0) {
        throw new IllegalStateException("Near-cache gets sent " + sent + " commands to Redis"
            + " during the trial: some were not L1 hits");
      }
    }
  }
}
