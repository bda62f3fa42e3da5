package io.tiercel.jcache.config;

import io.tiercel.jcache.codec.ClassFilter;
import io.tiercel.jcache.store.redis.RedisSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What one key's value may be: how its text is read into a value, and how the text is shown in
 * a message (a password never is).
 *
 * @param reader reads the text; throws {@link IllegalArgumentException} with the phrase that
 *     follows the quoted value in a message ({@code is not a port (1-65535)})
 * @param shown what a message shows of the text
 */
record Kind(Reader reader, UnaryOperator<String> shown) {

  /** Reads one value's text, resolving class names with the cache manager's class loader. */
  @FunctionalInterface
  interface Reader {
    Object read(String text, ClassLoader loader);
  }

  /** Any text that is not blank, trimmed. */
  static Kind text() {
    return plain((text, loader) -> {
      if (text.isBlank()) {
        throw new IllegalArgumentException("is blank");
      }
      return text.trim();
    });
  }

  /** Any text, kept as written and never shown. */
  static Kind secret() {
    return new Kind((text, loader) -> text, text -> "****");
  }

  /** {@code true} or {@code false}, in any case. */
  static Kind bool() {
    return plain((text, loader) -> switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw new IllegalArgumentException("is not allowed; allowed: true, false");
    });
  }

  /** A constant of {@code type}, written in lower case with {@code -} for {@code _}. */
  static <E extends Enum<E>> Kind of(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(nameOf(constant));
    }
    return plain((text, loader) -> {
      for (E constant : type.getEnumConstants()) {
        if (nameOf(constant).equalsIgnoreCase(text.trim())) {
          return constant;
        }
      }
      throw new IllegalArgumentException("is not allowed" + Suggestions.hint(text, names));
    });
  }

  /** Returns how {@code constant} is written in the file. */
  static String nameOf(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A positive duration, such as {@code 500ms} or {@code 5m}. */
  static Kind duration() {
    return plain((text, loader) -> Quantities.duration(text));
  }

  /** A number of bytes, such as {@code 64MB}. */
  static Kind bytes() {
    return plain((text, loader) -> Quantities.bytes(text));
  }

  /** A whole number between {@code min} and {@code max}, called {@code noun} in messages. */
  static Kind count(long min, long max, String noun) {
    return plain((text, loader) -> Quantities.count(text, min, max, noun));
  }

  /** Like {@link #count}, as an {@code int}. */
  static Kind number(int min, int max, String noun) {
    return plain((text, loader) -> (int) Quantities.count(text, min, max, noun));
  }

  /** A host name or address: no blanks. */
  static Kind host() {
    return plain((text, loader) -> {
      String host = text.trim();
      if (host.isEmpty() || host.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("is not a host name or address");
      }
      return host;
    });
  }

  /** A Redis server, {@code host:port}. */
  static Kind node() {
    return plain((text, loader) -> RedisNode.parse(text));
  }

  /** A {@code redis://} or {@code rediss://} URI, shown without its password. */
  static Kind redisUrl() {
    return new Kind((text, loader) -> {
      try {
        return RedisSettings.fromUri(new URI(text.trim()));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("is not a URI (" + e.getReason() + " at index "
            + e.getIndex() + "); write redis://[user:password@]host:port/database", null);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("is not a usable Redis URI: " + e.getMessage(), e);
      }
    }, Kind::redact);
  }

  /** A class name pattern of the deserialization allow-list, as {@link ClassFilter} takes. */
  static Kind classPattern() {
    return plain((text, loader) -> {
      String pattern = text.trim();
      if (pattern.isEmpty() || pattern.contains("/")) {
        throw new IllegalArgumentException("is not a class name pattern; write"
            + " com.example.Type, com.example.* or com.example.**");
      }
      return pattern;
    });
  }

  /** A key prefix: not blank, no {@code :} (it ends at the first) and no blanks. */
  static Kind keyPrefix() {
    return plain((text, loader) -> {
      String prefix = text.trim();
      if (prefix.isEmpty() || prefix.contains(":")
          || prefix.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("is not a key prefix; write text without ':' or"
            + " blanks, such as shop or shop-v2");
      }
      return prefix;
    });
  }

  /** Reads {@code text}; its problems propagate as {@link IllegalArgumentException}. */
  Object read(String text, ClassLoader loader) {
    return reader.read(text, loader);
  }

  /** Returns the kind {@code reader} reads, shown as written. */
  static Kind plain(Reader reader) {
    return new Kind(reader, UnaryOperator.identity());
  }

  /** Hides what a URI holds between {@code ://} and the last {@code @}: user and password. */
  static String redact(String text) {
    int start = text.indexOf("://");
    int at = text.lastIndexOf('@');
    return start >= 0 && at > start ? text.substring(0, start + 3) + "****" + text.substring(at)
        : text;
  }
}
