package io.tiercel.jcache.config;

import java.util.Comparator;

/**
 * A glob over cache names, as a {@code caches:} key with {@code *} or {@code ?}: {@code *}
 * matches any run of characters, dots included ({@code com.example.entities.*} matches every
 * entity region below that package), {@code ?} matches one character.
 *
 * <p>Of two patterns matching a name, the more specific wins: the one with more literal
 * characters, then the one with fewer {@code *}. Two patterns alike in both that can match the
 * same name are ambiguous.
 */
record CacheNamePattern(String glob) {

  /** Orders patterns from the most specific. */
  static final Comparator<CacheNamePattern> MOST_SPECIFIC_FIRST =
      Comparator.comparingInt(CacheNamePattern::literals).reversed()
          .thenComparingInt(CacheNamePattern::stars);

  /** Returns whether {@code name} is a pattern rather than a cache's exact name. */
  static boolean isPattern(String name) {
    return name.indexOf('*') >= 0 || name.indexOf('?') >= 0;
  }

  /** Returns whether the pattern matches all of {@code name}. */
  boolean matches(String name) {
    return match(glob, 0, name, 0);
  }

  /** Returns the number of characters that are not wildcards. */
  int literals() {
    return (int) glob.chars().filter(c -> c != '*' && c != '?').count();
  }

  /** Returns the number of {@code *}. */
  int stars() {
    return (int) glob.chars().filter(c -> c == '*').count();
  }

  /** Returns whether the two patterns are equally specific and some name matches both. */
  boolean ties(CacheNamePattern other) {
    return MOST_SPECIFIC_FIRST.compare(this, other) == 0 && overlaps(glob, other.glob);
  }

  private static boolean match(String glob, int g, String name, int n) {
    int star = -1;
    int resume = 0;
    while (n < name.length()) {
      if (g < glob.length() && (glob.charAt(g) == '?' || glob.charAt(g) == name.charAt(n))) {
        g++;
        n++;
      } else if (g < glob.length() && glob.charAt(g) == '*') {
        star = g++;
        resume = n;
      } else if (star >= 0) {
        g = star + 1;
        n = ++resume;
      } else {
        return false;
      }
    }
    while (g < glob.length() && glob.charAt(g) == '*') {
      g++;
    }
    return g == glob.length();
  }

  /**
   * Returns whether some text matches both globs: whether the end of both is reachable, where
   * a {@code *} may stop or take one more character the other glob produces.
   */
  private static boolean overlaps(String a, String b) {
    boolean[][] reached = new boolean[a.length() + 1][b.length() + 1];
    reached[0][0] = true;
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (!reached[i][j]) {
          continue;
        }
        boolean starA = i < a.length() && a.charAt(i) == '*';
        boolean starB = j < b.length() && b.charAt(j) == '*';
        if (starA) {
          reached[i + 1][j] = true;
          if (j < b.length()) {
            reached[i][j + 1] = true;
          }
        }
        if (starB) {
          reached[i][j + 1] = true;
          if (i < a.length()) {
            reached[i + 1][j] = true;
          }
        }
        if (!starA && !starB && i < a.length() && j < b.length()
            && (a.charAt(i) == '?' || b.charAt(j) == '?' || a.charAt(i) == b.charAt(j))) {
          reached[i + 1][j + 1] = true;
        }
      }
    }
    return reached[a.length()][b.length()];
  }
}
