package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Globs over cache names: '*' any run of characters, '?' one, the most specific first. */
class CacheNamePatternTest {

  @ParameterizedTest
  @CsvSource({
      "com.example.entities.*, com.example.entities.User, true",
      "com.example.entities.*, com.example.entities.User.roles, true",
      "com.example.entities.*, com.example.entities., true",
      "com.example.entities.*, com.example.other.User, false",
      "*-region, default-update-timestamps-region, true",
      "*-region, default-query-results-region, true",
      "*-region, region, false",
      "user?, users, true",
      "user?, user, false",
      "a*b*c, aXXbYYc, true",
      "a*b*c, aXXbYY, false",
      "*, anything, true"})
  void matches_glob_matchesTheWholeName(String glob, String name, boolean expected) {
    assertThat(new CacheNamePattern(glob).matches(name)).isEqualTo(expected);
  }

  @Test
  void isPattern_starOrQuestionMark_isAPattern() {
    assertThat(CacheNamePattern.isPattern("com.example.*")).isTrue();
    assertThat(CacheNamePattern.isPattern("user?")).isTrue();
    assertThat(CacheNamePattern.isPattern("default-update-timestamps-region")).isFalse();
  }

  @Test
  void mostSpecificFirst_moreLiteralsThenFewerStars() {
    List<CacheNamePattern> patterns = new ArrayList<>(List.of(new CacheNamePattern("*"),
        new CacheNamePattern("com.*.*"), new CacheNamePattern("com.example.*"),
        new CacheNamePattern("com.?xample.*"), new CacheNamePattern("com.*")));

    patterns.sort(CacheNamePattern.MOST_SPECIFIC_FIRST);

    assertThat(patterns).extracting(CacheNamePattern::glob)
        .containsExactly("com.example.*", "com.?xample.*", "com.*.*", "com.*", "*");
  }

  @Test
  void ties_equallySpecificAndOverlapping_tie() {
    assertThat(new CacheNamePattern("users.*").ties(new CacheNamePattern("*.users"))).isTrue();
    assertThat(new CacheNamePattern("a?").ties(new CacheNamePattern("?b"))).isTrue();
  }

  @Test
  void ties_equallySpecificButDisjoint_doNotTie() {
    assertThat(new CacheNamePattern("com.a.*").ties(new CacheNamePattern("org.b.*"))).isFalse();
    assertThat(new CacheNamePattern("a*x").ties(new CacheNamePattern("b*x"))).isFalse();
  }

  @Test
  void ties_differentlySpecific_doNotTie() {
    assertThat(new CacheNamePattern("com.example.*").ties(new CacheNamePattern("com.*")))
        .isFalse();
  }
}
