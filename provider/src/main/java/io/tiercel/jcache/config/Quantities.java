package io.tiercel.jcache.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the durations, sizes and counts the file is written in.
 *
 * <ul>
 *   <li>Durations: a number and a unit, {@code ms}, {@code s}, {@code m}, {@code h} or {@code d},
 *       or several ({@code 1h30m}); an ISO-8601 duration ({@code PT5M}) is read too.</li>
 *   <li>Sizes: a number of bytes, or a number and {@code KB}, {@code MB} or {@code GB} (any case;
 *       {@code KiB} is the same), each 1024 times the one before.</li>
 *   <li>Counts: digits, optionally grouped with {@code _} ({@code 10_000}).</li>
 * </ul>
 * Each method throws {@link IllegalArgumentException} with the phrase that follows the quoted
 * value in a message ({@code is not a duration; write ...}).
 */
final class Quantities {
  private static final Pattern DURATION_PART = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)\\s*");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]i?b|b)?");
  private static final Pattern COUNT = Pattern.compile("\\d+(_\\d+)*");
  private static final String DURATION_FORMS =
      "write a number and a unit: 500ms, 2s, 5m, 1h, 1d (or 1h30m)";

  private Quantities() {}

  /** Returns the positive duration {@code text} writes. */
  static Duration duration(String text) {
    String trimmed = text.trim().toLowerCase(Locale.ROOT);
    if (COUNT.matcher(trimmed).matches()) {
      throw new IllegalArgumentException("has no unit; " + DURATION_FORMS);
    }
    Duration total = trimmed.startsWith("p") ? iso(trimmed) : sum(trimmed);
    if (total.isZero() || total.isNegative()) {
      throw new IllegalArgumentException("is not a positive duration; " + DURATION_FORMS);
    }
    return total;
  }

  private static Duration iso(String text) {
    try {
      return Duration.parse(text.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("is not a duration; " + DURATION_FORMS, e);
    }
  }

  private static Duration sum(String text) {
    Matcher part = DURATION_PART.matcher(text);
    Duration total = Duration.ZERO;
    int end = 0;
    try {
      while (end < text.length() && part.find(end) && part.start() == end) {
        long amount = Long.parseLong(part.group(1));
        total = total.plus(switch (part.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        });
        end = part.end();
      }
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("is too long a duration", e);
    }
    if (end == 0 || end != text.length()) {
      throw new IllegalArgumentException("is not a duration; " + DURATION_FORMS);
    }
    return total;
  }

  /** Returns the number of bytes {@code text} writes. */
  static long bytes(String text) {
    Matcher size = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!size.matches()) {
      throw new IllegalArgumentException("is not a size; write a number of bytes or a number and"
          + " a unit: 512KB, 64MB, 1GB");
    }
    String unit = size.group(2) == null ? "b" : size.group(2);
    int shift = switch (unit.charAt(0)) {
      case 'k' -> 10;
      case 'm' -> 20;
      case 'g' -> 30;
      default -> 0;
    };
    try {
      long amount = Long.parseLong(size.group(1));
      if (amount > Long.MAX_VALUE >> shift) {
        throw new IllegalArgumentException("is too large a size");
      }
      return amount << shift;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("is too large a size", e);
    }
  }

  /** Returns the whole number {@code text} writes, between {@code min} and {@code max}. */
  static long count(String text, long min, long max, String noun) {
    String trimmed = text.trim();
    String range = max >= Integer.MAX_VALUE ? min + " or more" : min + "-" + max;
    if (!COUNT.matcher(trimmed).matches()) {
      throw new IllegalArgumentException("is not " + noun + " (" + range + ")");
    }
    try {
      long value = Long.parseLong(trimmed.replace("_", ""));
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Too many digits: out of range, as below.
    }
    throw new IllegalArgumentException("is not " + noun + " (" + range + ")");
  }
}
