package io.tiercel.jcache.config;

import java.util.Arrays;
import java.util.Locale;

/** Where a cache manager keeps entries. */
public enum TierMode {
  /** In this JVM only, in Caffeine: the default when no Redis is configured. */
  LOCAL,
  /** In Redis only: every read is a round trip. */
  REDIS,
  /** In Redis, with a near cache in this JVM kept coherent by Redis: the default with Redis. */
  TIERED;

  /**
   * Returns the mode named {@code value} (any case), as read from {@code source}.
   *
   * @throws IllegalArgumentException naming the source, the value and what is allowed
   */
  static TierMode parse(String value, String source) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + " is '" + value + "'; allowed: "
          + Arrays.stream(values()).map(mode -> mode.name().toLowerCase(Locale.ROOT)).toList(),
          e);
    }
  }
}
