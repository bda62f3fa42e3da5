package io.tiercel.jcache.config;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" hints: the known word closest to a misspelled one, if it is close enough. */
final class Suggestions {
  private Suggestions() {}

  /**
   * Returns what to add after "unknown ..." for {@code word}: {@code "; did you mean 'x'?
   * Allowed: a, b"} when a word of {@code known} is within a third of its length (at least two
   * edits), else {@code "; allowed: a, b"}.
   */
  static String hint(String word, Collection<String> known) {
    String close = closest(word, known);
    String list = String.join(", ", known);
    return close == null ? "; allowed: " + list
        : "; did you mean '" + close + "'? Allowed: " + list;
  }

  /**
   * Returns {@code "; did you mean 'x'?"} for the word of {@code known} close enough to
   * {@code word} (as {@link #hint}), else {@code otherwise}.
   */
  static String didYouMean(String word, Collection<String> known, String otherwise) {
    String close = closest(word, known);
    return close == null ? otherwise : "; did you mean '" + close + "'?";
  }

  /** Returns the word of {@code known} closest to {@code word} if it is close enough, or null. */
  static String closest(String word, Collection<String> known) {
    String lower = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= Math.max(2, word.length() / 3) ? best : null;
  }

  /** Levenshtein distance, a swap of neighbours counting as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
