package io.tiercel.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ratio of two measured times that the project tracks, with its goal if it has one.
 *
 * @param name what is divided by what
 * @param value the ratio, or NaN if either side was not measured
 * @param goal the goal as text ({@code <= 1.25}), or empty for a ratio only watched
 * @param met whether the goal is met; false without a goal or a value
 */
record Ratio(String name, double value, String goal, boolean met) {
  /** The most Tiercel's L2 get may cost, as a multiple of a raw GET. */
  static final double L2_GET_GOAL = 1.25;
  /** How many L1 gets at least must fit in the time of one raw GET. */
  static final double L1_GET_GOAL = 50;

  /** Returns the tracked ratios of {@code scores}. */
  static List<Ratio> of(Map<Measured, Score> scores) {
    List<Ratio> ratios = new ArrayList<>();
    double l2 = divide(scores, Measured.TIERCEL_L2_GET, Measured.RAW_GET);
    ratios.add(new Ratio("Tiercel L2 get / raw GET", l2, "<= " + L2_GET_GOAL,
        l2 <= L2_GET_GOAL));
    double l1 = divide(scores, Measured.RAW_GET, Measured.TIERCEL_L1_GET);
    ratios.add(new Ratio("raw GET / Tiercel L1 get", l1, ">= " + (int) L1_GET_GOAL,
        l1 >= L1_GET_GOAL));
    ratios.add(new Ratio("Tiercel L1-miss get / raw GET",
        divide(scores, Measured.TIERCEL_L1_MISS_GET, Measured.RAW_GET), "", false));
    ratios.add(new Ratio("Tiercel put, Redis-only / raw SET",
        divide(scores, Measured.TIERCEL_L2_PUT, Measured.RAW_SET), "", false));
    ratios.add(new Ratio("Tiercel put, tiered / raw SET",
        divide(scores, Measured.TIERCEL_TIERED_PUT, Measured.RAW_SET), "", false));
    return ratios;
  }

  private static double divide(Map<Measured, Score> scores, Measured top, Measured bottom) {
    Score numerator = scores.get(top);
    Score denominator = scores.get(bottom);
    return numerator == null || denominator == null
        ? Double.NaN
        : numerator.micros() / denominator.micros();
  }
}
