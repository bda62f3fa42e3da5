package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean" hints for misspelled keys, values and names. */
class SuggestionsTest {
  private static final List<String> KEYS = List.of("policy", "duration");

  @Test
  void hint_closeWord_suggestsItAndListsTheAllowed() {
    assertThat(Suggestions.hint("duraton", KEYS))
        .isEqualTo("; did you mean 'duration'? Allowed: policy, duration");
  }

  @Test
  void hint_farWord_listsTheAllowedOnly() {
    assertThat(Suggestions.hint("ttl", KEYS)).isEqualTo("; allowed: policy, duration");
  }

  @Test
  void closest_swappedNeighbours_countAsOneEdit() {
    assertThat(Suggestions.distance("mdoe", "mode")).isEqualTo(1);
    assertThat(Suggestions.closest("mdoe", List.of("mode", "redis"))).isEqualTo("mode");
  }

  @Test
  void closest_ignoresCase() {
    assertThat(Suggestions.closest("TIERED", List.of("local", "tiered"))).isEqualTo("tiered");
  }

  @Test
  void didYouMean_noCloseWord_saysTheAlternative() {
    assertThat(Suggestions.didYouMean("zzz", KEYS, "; see the reference"))
        .isEqualTo("; see the reference");
  }
}
