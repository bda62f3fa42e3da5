package io.tiercel.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.ListStatistics;

/** Gathers one benchmark's measured iterations over the rounds of a run into a {@link Score}. */
final class Tally {
  private static final String ALLOCATION = "gc.alloc.rate.norm";
  private static final double CONFIDENCE = 0.999;
  private static final double MEDIAN = 50;

  private final ListStatistics iterations = new ListStatistics();
  private final ListStatistics allocations = new ListStatistics();
  private final List<Double> roundMedians = new ArrayList<>();

  /**
   * Adds one round's result of the benchmark, in average time with microseconds as the unit.
   *
   * @throws IllegalArgumentException if the result is in another unit
   */
  void add(RunResult round) {
    Result<?> primary = round.getPrimaryResult();
    if (!primary.getScoreUnit().startsWith("us/")) {
      throw new IllegalArgumentException("Expected microseconds per operation, got "
          + primary.getScoreUnit() + " for " + round.getParams().getBenchmark());
    }
    ListStatistics thisRound = new ListStatistics();
    for (BenchmarkResult fork : round.getBenchmarkResults()) {
      for (IterationResult iteration : fork.getIterationResults()) {
        iterations.addValue(iteration.getPrimaryResult().getScore());
        thisRound.addValue(iteration.getPrimaryResult().getScore());
      }
    }
    roundMedians.add(thisRound.getPercentile(MEDIAN));
    round.getSecondaryResults().forEach((label, result) -> {
      if (label.endsWith(ALLOCATION)) {
        allocations.addValue(result.getScore());
      }
    });
  }

  /** Returns the score of every iteration added so far. */
  Score score() {
    return new Score(iterations.getMean(),
        iterations.getN() > 1 ? iterations.getMeanErrorAt(CONFIDENCE) : Double.NaN,
        iterations.getPercentile(MEDIAN),
        allocations.getN() > 0 ? allocations.getMean() : Double.NaN, roundMedians);
  }
}
