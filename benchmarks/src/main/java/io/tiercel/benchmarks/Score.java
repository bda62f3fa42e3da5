package io.tiercel.benchmarks;

import java.util.List;

/**
 * One benchmark's result over every round of a run.
 *
 * @param micros the mean time per operation over all measured iterations, in microseconds
 * @param error the half-width of the 99.9% confidence interval of that mean, or NaN with a
 *     single iteration
 * @param medianMicros the median of the measured iterations' times, which an iteration slowed
 *     by the rest of the machine moves far less than the mean
 * @param allocatedBytes the bytes allocated per operation, or NaN without the GC profiler
 * @param roundMedians the median time of each round's iterations, in microseconds, in order
 */
record Score(double micros, double error, double medianMicros, double allocatedBytes,
    List<Double> roundMedians) {

  public Score {
    roundMedians = List.copyOf(roundMedians);
  }

  /** Returns how many operations per second the mean time allows. */
  double perSecond() {
    return 1_000_000.0 / micros;
  }
}
