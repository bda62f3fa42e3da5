package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Durations, sizes and counts as the file writes them. */
class QuantitiesTest {

  @ParameterizedTest
  @CsvSource({"500ms, PT0.5S", "2s, PT2S", "5m, PT5M", "1h, PT1H", "1d, PT24H",
      "1h30m, PT1H30M", "'2 s', PT2S", "1M30S, PT1M30S", "PT5M, PT5M", "pt10s, PT10S"})
  void duration_numberAndUnit_isRead(String text, String expected) {
    assertThat(Quantities.duration(text)).isEqualTo(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "0s", "5x", "-1s", "s", "1h 30", "PT0S", "PTX"})
  void duration_withoutUnitOrNotPositive_isRefusedSayingHowToWriteOne(String text) {
    assertThatThrownBy(() -> Quantities.duration(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("500ms, 2s, 5m, 1h, 1d");
  }

  @ParameterizedTest
  @CsvSource({"100, 100", "100B, 100", "512KB, 524288", "64MB, 67108864", "1GB, 1073741824",
      "1kib, 1024", "'2 mb', 2097152"})
  void bytes_numberAndOptionalUnit_isRead(String text, long expected) {
    assertThat(Quantities.bytes(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10TB", "abc", "-1", "1.5MB", "99999999999999999999GB"})
  void bytes_notASize_isRefused(String text) {
    assertThatThrownBy(() -> Quantities.bytes(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching("is (not a|too large a) size.*");
  }

  @ParameterizedTest
  @CsvSource({"10000, 10000", "10_000, 10000", "' 7 ', 7"})
  void count_digitsOptionallyGrouped_isRead(String text, long expected) {
    assertThat(Quantities.count(text, 0, Long.MAX_VALUE, "a number")).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "65536", "abc", "1_", "99999999999999999999"})
  void count_outOfRangeOrNotANumber_namesTheRange(String text) {
    assertThatThrownBy(() -> Quantities.count(text, 1, 65535, "a port"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("is not a port (1-65535)");
  }
}
