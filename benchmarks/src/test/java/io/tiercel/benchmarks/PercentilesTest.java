package io.tiercel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void ofNanos_oneToHundredMicros_nearestRankInMicros() {
    long[] nanos = LongStream.rangeClosed(1, 100).map(i -> (101 - i) * 1_000).toArray();

    Percentiles percentiles = Percentiles.ofNanos(nanos);

    assertThat(percentiles).isEqualTo(new Percentiles(100, 50.0, 90.0, 99.0, 100.0));
  }

  @Test
  void ofNanos_single_isEveryPercentile() {
    assertThat(Percentiles.ofNanos(new long[] {2_500}))
        .isEqualTo(new Percentiles(1, 2.5, 2.5, 2.5, 2.5));
  }

  @Test
  void ofNanos_none_fails() {
    assertThatThrownBy(() -> Percentiles.ofNanos(new long[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
