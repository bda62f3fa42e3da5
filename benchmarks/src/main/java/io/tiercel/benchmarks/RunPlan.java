package io.tiercel.benchmarks;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long and how a run measures: the full run (about four minutes on two cores) or the smoke
 * run (about a second per benchmark, in this JVM, to check the code works, not to measure).
 *
 * <ul>
 *   <li>Every benchmark runs on one thread, in average time per operation, with JMH's GC
 *       profiler for the bytes allocated per operation.</li>
 *   <li>Full: four rounds, each running every benchmark once in a forked JVM (four one-second
 *       warm-up and three one-second measured iterations), so all benchmarks share whatever
 *       else the machine does; then 10,000 pairs per {@link PairedCheck} after 5,000, and 2,000
 *       invalidation rounds after 500 warm-up rounds.</li>
 *   <li>Smoke: one round, no fork, one half-second warm-up and one half-second measured
 *       iteration; 200 pairs after 100; 100 invalidation rounds after 20.</li>
 * </ul>
 *
 * @param smoke whether this is the smoke run
 * @param include the regular expression of the benchmarks to run
 * @param profilers extra JMH profilers, as {@code name} or {@code name:options}
 */
record RunPlan(boolean smoke, String include, List<String> profilers) {
  /** The system property that asks for the smoke run, like the {@code --smoke} argument. */
  static final String SMOKE_PROPERTY = "tiercel.bench.smoke";
  /** Every benchmark of this module. */
  static final String ALL = Pattern.quote(RunPlan.class.getPackageName()) + "\\..*Benchmark\\..*";
  /** What the command line accepts. */
  static final String USAGE = "arguments: [--smoke] [--only REGEX] [--prof PROFILER[:OPTIONS]]...";

  public RunPlan {
    profilers = List.copyOf(profilers);
  }

  /**
   * Reads the command line.
   *
   * @throws IllegalArgumentException naming an argument it does not know, or one missing its value
   */
  static RunPlan parse(String... arguments) {
    boolean smoke = Boolean.getBoolean(SMOKE_PROPERTY);
    String include = ALL;
    List<String> profilers = new ArrayList<>();
    for (int i = 0; i < arguments.length; i++) {
      switch (arguments[i]) {
        case "--smoke" -> smoke = true;
        case "--only" -> include = valueOf(arguments, ++i);
        case "--prof" -> profilers.add(valueOf(arguments, ++i));
        default -> throw new IllegalArgumentException("Unknown argument '" + arguments[i]
            + "'; " + USAGE);
      }
    }
    return new RunPlan(smoke, include, profilers);
  }

  /** Returns the JMH options of this plan, with every JVM pointed at the Redis {@code redis}. */
  Options options(URI redis) {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(include)
        .mode(Mode.AverageTime)
        .threads(1)
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .jvmArgs("-Xms1g", "-Xmx1g", "-D" + SharedRedis.PROPERTY + "=" + redis);
    for (String profiler : profilers) {
      int colon = profiler.indexOf(':');
      if (colon < 0) {
        options.addProfiler(profiler);
      } else {
        options.addProfiler(profiler.substring(0, colon), profiler.substring(colon + 1));
      }
    }
    return smoke
        ? options.forks(0)
            .warmupIterations(1).warmupTime(TimeValue.milliseconds(500))
            .measurementIterations(1).measurementTime(TimeValue.milliseconds(500)).build()
        : options.forks(1)
            .warmupIterations(4).warmupTime(TimeValue.seconds(1))
            .measurementIterations(3).measurementTime(TimeValue.seconds(1)).build();
  }

  /** Returns how many times every benchmark runs, one after the other, round by round. */
  int rounds() {
    return smoke ? 1 : 4;
  }

  /** Returns the unrecorded invalidation rounds before the measured ones. */
  int invalidationWarmupRounds() {
    return smoke ? 20 : 500;
  }

  /** Returns the measured invalidation rounds. */
  int invalidationRounds() {
    return smoke ? 100 : 2_000;
  }

  /** Returns the unrecorded pairs before the measured ones, per paired comparison. */
  int pairedWarmupPairs() {
    return smoke ? 100 : 5_000;
  }

  /** Returns the measured pairs per paired comparison. */
  int pairs() {
    return smoke ? 200 : 10_000;
  }

  /** Returns the plan in a few words, for the report. */
  String describe() {
    return smoke
        ? "SMOKE run (checks the code only; the numbers mean nothing): 1 x 0.5 s per benchmark,"
            + " no fork"
        : "4 rounds, each running every benchmark in a fresh JVM for 3 x 1 s measured after"
            + " 4 x 1 s warm-up";
  }

  private static String valueOf(String[] arguments, int index) {
    if (index >= arguments.length) {
      throw new IllegalArgumentException(arguments[index - 1] + " needs a value; " + USAGE);
    }
    return arguments[index];
  }
}
