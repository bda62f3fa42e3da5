package io.tiercel.benchmarks;

import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One benchmark's result.
 *
 * @param micros the mean time per operation, in microseconds
 * @param error the half-width of JMH's 99.9% confidence interval, or NaN with too few samples
 * @param allocatedBytes the bytes allocated per operation, or NaN without the GC profiler
 */
record Score(double micros, double error, double allocatedBytes) {
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  /** Reads the score of a JMH run in average-time mode with microseconds as the unit. */
  static Score of(RunResult run) {
    Result<?> primary = run.getPrimaryResult();
    if (!primary.getScoreUnit().startsWith("us/")) {
      throw new IllegalArgumentException("Expected microseconds per operation, got "
          + primary.getScoreUnit() + " for " + run.getParams().getBenchmark());
    }
    double allocated = Double.NaN;
    for (Map.Entry<String, Result> secondary : run.getSecondaryResults().entrySet()) {
      if (secondary.getKey().endsWith(ALLOCATION)) {
        allocated = secondary.getValue().getScore();
      }
    }
    return new Score(primary.getScore(), primary.getScoreError(), allocated);
  }

  /** Returns how many operations per second the mean time allows. */
  double perSecond() {
    return 1_000_000.0 / micros;
  }
}
