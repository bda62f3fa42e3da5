package io.tiercel.benchmarks;

import java.util.List;

/**
 * One benchmark's result over every round of a run.
 *
 * @param micros the mean time per operation over all measured iterations, in microseconds
 * @param error the half-width of the 99.9% confidence interval of that mean, or NaN with a
 *     single iteration
 * @param allocatedBytes the bytes allocated per operation, or NaN without the GC profiler
 * @param roundMeans the mean time per operation of each round, in microseconds, in order
 */
record Score(double micros, double error, double allocatedBytes, List<Double> roundMeans) {

  public Score {
    roundMeans = List.copyOf(roundMeans);
  }

  /** Returns how many operations per second the mean time allows. */
  double perSecond() {
    return 1_000_000.0 / micros;
  }
}
