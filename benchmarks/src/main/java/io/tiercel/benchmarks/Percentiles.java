package io.tiercel.benchmarks;

import java.util.Arrays;

/**
 * The distribution of a set of durations, by the nearest-rank method, in microseconds.
 *
 * @param count how many durations
 * @param p50 the median
 * @param p90 the 90th percentile
 * @param p99 the 99th percentile
 * @param max the longest
 */
record Percentiles(int count, double p50, double p90, double p99, double max) {

  /** Returns the percentiles of {@code nanos}, which must not be empty. */
  static Percentiles ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("No durations to summarise");
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Percentiles(sorted.length, micros(sorted, 0.50), micros(sorted, 0.90),
        micros(sorted, 0.99), sorted[sorted.length - 1] / 1_000.0);
  }

  private static double micros(long[] sorted, double quantile) {
    int rank = (int) Math.ceil(quantile * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1_000.0;
  }
}
