package io.tiercel.benchmarks;

import io.tiercel.jcache.cache.TiercelCache;
import io.tiercel.jcache.config.TierMode;
import java.net.URI;
import javax.cache.Cache;
import javax.cache.CacheManager;

/**
 * How long a write through one tiered cache manager takes to reach another one's near cache:
 * manager B holds a key in its near cache, manager A writes the key, and B's reads are timed
 * until one returns the new value.
 *
 * <ul>
 *   <li>Before each round, B reads until a read returns the value A wrote last and B's
 *       near-cache counters ({@code TiercelCache.tierStatistics()}) count it as a hit, so B
 *       really serves its near copy when A writes.</li>
 *   <li>B polls in a tight loop on the writer's thread, as soon as A's put returns; the read
 *       that returns the new value is itself a round trip (B's copy is gone), so the delay is
 *       the invalidation's travel plus one Redis get.</li>
 *   <li>Unrecorded warm-up rounds come first, so the JIT has compiled both paths.</li>
 * </ul>
 */
final class InvalidationDelay {
  private static final String CACHE = "bench-coherence";
  private static final String KEY = "user:7";
  private static final long GIVE_UP_NANOS = 5_000_000_000L;

  /**
   * What the rounds measured.
   *
   * @param afterPut from A's put returning to B's read returning the new value
   * @param fromPutStart from A's put starting to B's read returning the new value
   * @param staleRounds rounds in which B served the old value at least once after A's put
   *     returned
   * @param staleReads B's reads that returned the old value after A's put returned, in all
   */
  record Result(Percentiles afterPut, Percentiles fromPutStart, int staleRounds,
      long staleReads) {}

  private InvalidationDelay() {}

  /** Measures {@code rounds} writes after {@code warmupRounds} unrecorded ones. */
  static Result measure(URI redis, int warmupRounds, int rounds) {
    CacheManager writerManager = TiercelManagers.open(redis, TierMode.TIERED, "writer");
    CacheManager readerManager = TiercelManagers.open(redis, TierMode.TIERED, "reader");
    try {
      Cache<String, String> writer = writerManager.createCache(CACHE, Payload.stringCache());
      Cache<String, String> reader = readerManager.createCache(CACHE, Payload.stringCache());
      TiercelCache<?, ?> readerCounts = reader.unwrap(TiercelCache.class);
      long[] afterPut = new long[rounds];
      long[] fromStart = new long[rounds];
      int staleRounds = 0;
      long staleReads = 0;
      String current = Payload.value(-1);
      writer.put(KEY, current);
      for (int round = -warmupRounds; round < rounds; round++) {
        awaitNearHit(reader, readerCounts, current);
        String next = Payload.value(round + warmupRounds);
        long start = System.nanoTime();
        writer.put(KEY, next);
        long acknowledged = System.nanoTime();
        int stale = 0;
        while (!next.equals(reader.get(KEY))) {
          stale++;
          if (System.nanoTime() - acknowledged > GIVE_UP_NANOS) {
            throw new IllegalStateException("Manager B still read the old value "
                + GIVE_UP_NANOS / 1_000_000 + " ms after manager A's put returned");
          }
        }
        long seen = System.nanoTime();
        current = next;
        if (round >= 0) {
          afterPut[round] = seen - acknowledged;
          fromStart[round] = seen - start;
          staleRounds += stale > 0 ? 1 : 0;
          staleReads += stale;
        }
      }
      return new Result(Percentiles.ofNanos(afterPut), Percentiles.ofNanos(fromStart),
          staleRounds, staleReads);
    } finally {
      writerManager.close();
      readerManager.close();
    }
  }

  /** Reads until a read returns {@code held} from the near cache; fails after five seconds. */
  private static void awaitNearHit(Cache<String, String> reader, TiercelCache<?, ?> counts,
      String held) {
    long start = System.nanoTime();
    while (true) {
      long hits = counts.tierStatistics().nearHits();
      String value = reader.get(KEY);
      if (held.equals(value) && counts.tierStatistics().nearHits() == hits + 1) {
        return;
      }
      if (System.nanoTime() - start > GIVE_UP_NANOS) {
        throw new IllegalStateException("Manager B's near cache did not serve '" + held
            + "' within " + GIVE_UP_NANOS / 1_000_000 + " ms; it read '" + value + "'");
      }
    }
  }
}
