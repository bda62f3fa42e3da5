package io.tiercel.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ratio of two measured times that the project tracks, with its goal if it has one.
 *
 * @param name what is divided by what
 * @param value the ratio of the two median times (a few iterations slowed by the rest of the
 *     machine move it far less than the means), or NaN if either side was not measured
 * @param lowest the lowest ratio of medians within one round, where both sides ran a minute
 *     apart at most
 * @param highest the highest ratio of medians within one round
 * @param goal the goal as text ({@code <= 1.25}), or empty for a ratio only watched
 * @param met whether {@code value} meets the goal; false without a goal or a value
 */
record Ratio(String name, double value, double lowest, double highest, String goal,
    boolean met) {
  /** The most Tiercel's L2 get may cost, as a multiple of a raw GET. */
  static final double L2_GET_GOAL = 1.25;
  /** How many L1 gets at least must fit in the time of one raw GET. */
  static final double L1_GET_GOAL = 50;

  /** Returns the tracked ratios of {@code scores}. */
  static List<Ratio> of(Map<Measured, Score> scores) {
    List<Ratio> ratios = new ArrayList<>();
    Ratio l2 = divide(scores, "Tiercel L2 get / raw GET", Measured.TIERCEL_L2_GET,
        Measured.RAW_GET);
    ratios.add(l2.withGoal("<= " + L2_GET_GOAL, l2.value() <= L2_GET_GOAL));
    Ratio l1 = divide(scores, "raw GET / Tiercel L1 get", Measured.RAW_GET,
        Measured.TIERCEL_L1_GET);
    ratios.add(l1.withGoal(">= " + (int) L1_GET_GOAL, l1.value() >= L1_GET_GOAL));
    ratios.add(divide(scores, "Tiercel L1-miss get / raw GET", Measured.TIERCEL_L1_MISS_GET,
        Measured.RAW_GET));
    ratios.add(divide(scores, "Tiercel put, Redis-only / raw SET", Measured.TIERCEL_L2_PUT,
        Measured.RAW_SET));
    ratios.add(divide(scores, "Tiercel put, tiered / raw SET", Measured.TIERCEL_TIERED_PUT,
        Measured.RAW_SET));
    return ratios;
  }

  private Ratio withGoal(String newGoal, boolean isMet) {
    return new Ratio(name, value, lowest, highest, newGoal, isMet);
  }

  private static Ratio divide(Map<Measured, Score> scores, String name, Measured top,
      Measured bottom) {
    Score numerator = scores.get(top);
    Score denominator = scores.get(bottom);
    if (numerator == null || denominator == null) {
      return new Ratio(name, Double.NaN, Double.NaN, Double.NaN, "", false);
    }
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    int rounds = Math.min(numerator.roundMedians().size(), denominator.roundMedians().size());
    for (int i = 0; i < rounds; i++) {
      double ratio = numerator.roundMedians().get(i) / denominator.roundMedians().get(i);
      lowest = Math.min(lowest, ratio);
      highest = Math.max(highest, ratio);
    }
    return new Ratio(name, numerator.medianMicros() / denominator.medianMicros(), lowest,
        highest, "", false);
  }
}
