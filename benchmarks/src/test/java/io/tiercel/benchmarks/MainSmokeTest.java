package io.tiercel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.jcache.testing.RedisServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The smoke run: every benchmark and check works; no timing is judged. */
class MainSmokeTest {

  @Test
  void run_smoke_reportsEveryOperationRatioPairAndDelay() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Report report;
    try (RedisServer redis = SharedRedis.start()) {
      report = Main.run(RunPlan.parse("--smoke"), redis,
          new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    assertThat(report.scores()).containsOnlyKeys(Measured.values());
    assertThat(report.scores().values())
        .allSatisfy(score -> assertThat(score.micros()).isPositive());
    assertThat(report.ratios()).hasSize(5)
        .allSatisfy(ratio -> assertThat(ratio.value()).isPositive());
    assertThat(report.paired()).hasSize(2)
        .allSatisfy(comparison -> assertThat(comparison.medianRatio()).isPositive());
    assertThat(report.delay().afterPut().count()).isEqualTo(100);
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .contains("Tiercel get, tiered (L1 hit)", "raw GET / Tiercel L1 get", "A's put returned");
  }
}
