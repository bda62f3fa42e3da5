package io.tiercel.benchmarks;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one run measured, printed as Markdown tables: times per operation, the tracked ratios,
 * and the invalidation delay.
 *
 * @param scores the result of each benchmark that ran
 * @param ratios the tracked ratios of those results
 * @param paired the same ratios measured pair by pair in one JVM
 * @param delay the invalidation delay between two cache managers
 */
record Report(Map<Measured, Score> scores, List<Ratio> ratios,
    List<PairedCheck.Comparison> paired, InvalidationDelay.Result delay) {

  /** Returns the report of {@code scores}, {@code paired} and {@code delay}, with ratios. */
  static Report of(Map<Measured, Score> scores, List<PairedCheck.Comparison> paired,
      InvalidationDelay.Result delay) {
    return new Report(Map.copyOf(scores), Ratio.of(scores), List.copyOf(paired), delay);
  }

  /** Prints the tables to {@code out} under the line {@code heading}. */
  void print(PrintStream out, String heading) {
    out.println();
    out.println(heading);
    out.println();
    out.println("| operation                          | mean us/op | +- 99.9% | median us/op"
        + " |      ops/s | alloc B/op |");
    out.println("|------------------------------------|-----------:|---------:|-------------:"
        + "|-----------:|-----------:|");
    for (Measured measured : Measured.values()) {
      Score score = scores.get(measured);
      if (score != null) {
        out.println(format("| %-34s | %10.3f | %8s | %12.3f | %,10.0f | %10s |",
            measured.label(), score.micros(), orNone("%.3f", score.error()),
            score.medianMicros(), score.perSecond(), orNone("%.0f", score.allocatedBytes())));
      }
    }
    out.println();
    out.println("| ratio (of median times)            |   value | per round         | goal    |"
        + "         |");
    out.println("|------------------------------------|--------:|-------------------|---------|"
        + "---------|");
    for (Ratio ratio : ratios) {
      String verdict = ratio.goal().isEmpty() || Double.isNaN(ratio.value()) ? ""
          : ratio.met() ? "met" : "NOT met";
      out.println(format("| %-34s | %7s | %-17s | %-7s | %-7s |", ratio.name(),
          orNone("%.2f", ratio.value()), range(ratio),
          ratio.goal().isEmpty() ? "-" : ratio.goal(), verdict));
    }
    out.println();
    out.println("Paired check: in one JVM, raw and Tiercel operations alternated one by one"
        + " (each timed alone, so both meet the same background load):");
    out.println();
    out.println("| ratio                              | of medians | of means | raw p50 us |"
        + " Tiercel p50 us |");
    out.println("|------------------------------------|-----------:|---------:|-----------:|"
        + "---------------:|");
    for (PairedCheck.Comparison comparison : paired) {
      out.println(format("| %-34s | %10.2f | %8.2f | %10.1f | %14.1f |", comparison.name(),
          comparison.medianRatio(), comparison.meanRatio(), comparison.baselineMedianMicros(),
          comparison.subjectMedianMicros()));
    }
    out.println();
    out.println(format("Invalidation delay: tiered manager B holds a key in its near cache,"
        + " tiered manager A puts a new value; time until B's get returns it (%d rounds, us):",
        delay.afterPut().count()));
    out.println();
    out.println("| measured from        |      p50 |      p90 |      p99 |      max |");
    out.println("|----------------------|---------:|---------:|---------:|---------:|");
    printDelay(out, "A's put returned", delay.afterPut());
    printDelay(out, "A's put started", delay.fromPutStart());
    out.println();
    out.println(format("B still read the old value after A's put returned in %d of %d rounds"
        + " (%d stale reads in all).", delay.staleRounds(), delay.afterPut().count(),
        delay.staleReads()));
  }

  private static void printDelay(PrintStream out, String from, Percentiles p) {
    out.println(format("| %-20s | %8.1f | %8.1f | %8.1f | %8.1f |", from, p.p50(), p.p90(),
        p.p99(), p.max()));
  }

  private static String range(Ratio ratio) {
    return Double.isNaN(ratio.lowest()) ? "n/a"
        : format("%.2f - %.2f", ratio.lowest(), ratio.highest());
  }

  private static String orNone(String pattern, double value) {
    return Double.isNaN(value) ? "n/a" : format(pattern, value);
  }

  private static String format(String pattern, Object... arguments) {
    return String.format(Locale.ROOT, pattern, arguments);
  }
}
