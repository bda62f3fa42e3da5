package io.tiercel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunPlanTest {

  @Test
  void parse_noArguments_fullRunOfEveryBenchmark() {
    RunPlan plan = RunPlan.parse();

    assertThat(plan.smoke()).isFalse();
    assertThat(plan.include()).isEqualTo(RunPlan.ALL);
    assertThat(plan.invalidationRounds()).isEqualTo(2_000);
    assertThat(Measured.TIERCEL_L1_GET.benchmark()).matches(RunPlan.ALL);
  }

  @Test
  void parse_onlyAndProf_keepsTheirValues() {
    RunPlan plan = RunPlan.parse("--smoke", "--only", "Tiercel", "--prof", "stack:lines=5");

    assertThat(plan.smoke()).isTrue();
    assertThat(plan.include()).isEqualTo("Tiercel");
    assertThat(plan.profilers()).containsExactly("stack:lines=5");
  }

  @Test
  void parse_unknownArgument_failsNamingIt() {
    assertThatThrownBy(() -> RunPlan.parse("--fast"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'--fast'").hasMessageContaining("--smoke");
  }

  @Test
  void parse_optionWithoutValue_failsNamingIt() {
    assertThatThrownBy(() -> RunPlan.parse("--only"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--only needs a value");
  }
}
