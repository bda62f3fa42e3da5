package io.tiercel.benchmarks;

import io.tiercel.jcache.config.TierMode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.cache.Cache;
import javax.cache.CacheManager;
import redis.clients.jedis.RedisClient;

/**
 * A cross-check of the ratios that is robust to a busy machine: in one JVM, a raw Jedis
 * operation and the Tiercel operation it is compared with run alternately, one pair at a time,
 * each timed on its own, so both meet the same background load at the same moments.
 *
 * <ul>
 *   <li>The order inside a pair alternates, so neither side always runs first.</li>
 *   <li>Unrecorded warm-up pairs come first, so the JIT has compiled both sides.</li>
 *   <li>The medians of the two sides are compared (a preempted operation moves a mean, rarely
 *       a median), and the means too.</li>
 *   <li>Tiered puts are left out: the invalidation Redis sends back for each one wakes this
 *       JVM's listener while the next operation runs, so its cost lands on whichever side
 *       comes next and the pair cannot tell them apart.</li>
 * </ul>
 */
final class PairedCheck {

  /**
   * One comparison.
   *
   * @param name what is divided by what
   * @param medianRatio the subject's median time divided by the baseline's
   * @param meanRatio the subject's mean time divided by the baseline's
   * @param baselineMedianMicros the baseline's median time, in microseconds
   * @param subjectMedianMicros the subject's median time, in microseconds
   */
  record Comparison(String name, double medianRatio, double meanRatio,
      double baselineMedianMicros, double subjectMedianMicros) {}

  private PairedCheck() {}

  /** Compares each Redis operation of Tiercel with raw Jedis over {@code pairs} pairs. */
  static List<Comparison> measure(URI redis, int warmupPairs, int pairs) {
    try (RedisClient raw = RawClients.pooled(redis)) {
      String rawGetKey = "bench:paired:" + Payload.GET_KEY;
      String rawSetKey = "bench:paired:" + Payload.PUT_KEY;
      raw.set(rawGetKey, Payload.VALUE);
      Runnable rawGet = () -> raw.get(rawGetKey);
      Runnable rawSet = () -> raw.set(rawSetKey, Payload.VALUE);
      List<Comparison> comparisons = new ArrayList<>();
      CacheManager redisOnly = TiercelManagers.open(redis, TierMode.REDIS, "paired-redis");
      try {
        Cache<String, String> cache = redisOnly.createCache("bench-paired", Payload.stringCache());
        cache.put(Payload.GET_KEY, Payload.VALUE);
        comparisons.add(compare("Tiercel L2 get / raw GET", rawGet,
            () -> cache.get(Payload.GET_KEY), warmupPairs, pairs));
        comparisons.add(compare("Tiercel put, Redis-only / raw SET", rawSet,
            () -> cache.put(Payload.PUT_KEY, Payload.VALUE), warmupPairs, pairs));
      } finally {
        redisOnly.close();
      }
      return comparisons;
    }
  }

  private static Comparison compare(String name, Runnable baseline, Runnable subject,
      int warmupPairs, int pairs) {
    long[] base = new long[pairs];
    long[] tried = new long[pairs];
    for (int pair = -warmupPairs; pair < pairs; pair++) {
      boolean baselineFirst = (pair & 1) == 0;
      long first = timed(baselineFirst ? baseline : subject);
      long second = timed(baselineFirst ? subject : baseline);
      if (pair >= 0) {
        base[pair] = baselineFirst ? first : second;
        tried[pair] = baselineFirst ? second : first;
      }
    }
    double baseMedian = median(base);
    double triedMedian = median(tried);
    return new Comparison(name, triedMedian / baseMedian, mean(tried) / mean(base),
        baseMedian / 1_000.0, triedMedian / 1_000.0);
  }

  private static long timed(Runnable operation) {
    long start = System.nanoTime();
    operation.run();
    return System.nanoTime() - start;
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
  }

  private static double mean(long[] nanos) {
    return Arrays.stream(nanos).average().orElse(Double.NaN);
  }
}
