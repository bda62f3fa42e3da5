package io.tiercel.benchmarks;

import io.tiercel.jcache.testing.RedisServer;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Runs every benchmark against one Redis it starts, round by round, then the paired check and
 * the invalidation delay, and prints the results with the ratios the project tracks.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar [--smoke] [--only REGEX] [--prof NAME]}
 */
public final class Main {

  private Main() {}

  /** Runs the plan the arguments describe; exits with 2 on a bad argument. */
  public static void main(String[] args) throws RunnerException {
    RunPlan plan;
    try {
      plan = RunPlan.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    try (RedisServer redis = SharedRedis.start()) {
      run(plan, redis, System.out);
    }
  }

  /** Runs {@code plan} against {@code redis}, prints the report to {@code out}, returns it. */
  static Report run(RunPlan plan, RedisServer redis, PrintStream out) throws RunnerException {
    URI url = redis.url(0);
    String loadBefore = loadAverage();
    String previous = System.setProperty(SharedRedis.PROPERTY, url.toString());
    try {
      Map<Measured, Tally> tallies = new EnumMap<>(Measured.class);
      for (int round = 0; round < plan.rounds(); round++) {
        for (RunResult result : new Runner(plan.options(url)).run()) {
          Measured.named(result.getParams().getBenchmark()).ifPresent(measured ->
              tallies.computeIfAbsent(measured, any -> new Tally()).add(result));
        }
      }
      Map<Measured, Score> scores = new EnumMap<>(Measured.class);
      tallies.forEach((measured, tally) -> scores.put(measured, tally.score()));
      List<PairedCheck.Comparison> paired = PairedCheck.measure(url,
          plan.pairedWarmupPairs(), plan.pairs());
      InvalidationDelay.Result delay = InvalidationDelay.measure(url,
          plan.invalidationWarmupRounds(), plan.invalidationRounds());
      Report report = Report.of(scores, paired, delay);
      report.print(out, heading(plan, redis, loadBefore));
      return report;
    } finally {
      if (previous == null) {
        System.clearProperty(SharedRedis.PROPERTY);
      } else {
        System.setProperty(SharedRedis.PROPERTY, previous);
      }
    }
  }

  private static String heading(RunPlan plan, RedisServer redis, String loadBefore) {
    String version = redis.command("INFO", "server").lines()
        .filter(line -> line.startsWith("redis_version:"))
        .map(line -> line.substring("redis_version:".length()).trim())
        .findFirst().orElse("?");
    return "Tiercel benchmarks: JDK " + Runtime.version() + " ("
        + System.getProperty("java.vm.name") + "), Redis " + version + " on "
        + redis.url().getAuthority() + ", " + Runtime.getRuntime().availableProcessors()
        + " cores (load average " + loadBefore + " before the run, " + loadAverage()
        + " after); single thread, average time per operation; " + plan.describe() + ".";
  }

  /** Returns the system load average of the last minute, as the OS reports it. */
  private static String loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.1f", load);
  }
}
