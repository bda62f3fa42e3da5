package io.tiercel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatioTest {

  @Test
  void of_twoRounds_mediansDividedAndRangeOfTheRounds() {
    Map<Measured, Score> scores = Map.of(
        Measured.RAW_GET, score(40, 20, 60),
        Measured.TIERCEL_L2_GET, score(45, 30, 60),
        Measured.TIERCEL_L1_GET, score(0.5, 0.4, 0.6));

    List<Ratio> ratios = Ratio.of(scores);

    Ratio l2 = ratios.get(0);
    assertThat(l2.value()).isCloseTo(1.125, within(1e-9));
    assertThat(l2.lowest()).isCloseTo(1.0, within(1e-9));
    assertThat(l2.highest()).isCloseTo(1.5, within(1e-9));
    assertThat(l2.met()).isTrue();
    Ratio l1 = ratios.get(1);
    assertThat(l1.value()).isCloseTo(80, within(1e-9));
    assertThat(l1.met()).isTrue();
  }

  @Test
  void of_sideNotMeasured_notANumberAndNotMet() {
    Ratio put = Ratio.of(Map.of(Measured.RAW_SET, score(40, 40, 40))).get(3);

    assertThat(put.name()).isEqualTo("Tiercel put, Redis-only / raw SET");
    assertThat(put.value()).isNaN();
    assertThat(put.met()).isFalse();
  }

  @Test
  void of_l2GetAboveGoal_notMet() {
    Ratio l2 = Ratio.of(Map.of(Measured.RAW_GET, score(40, 40, 40),
        Measured.TIERCEL_L2_GET, score(60, 60, 60))).get(0);

    assertThat(l2.value()).isCloseTo(1.5, within(1e-9));
    assertThat(l2.met()).isFalse();
  }

  private static Score score(double median, double firstRound, double secondRound) {
    return new Score(median * 2, Double.NaN, median, Double.NaN, List.of(firstRound, secondRound));
  }
}
