package io.tiercel.jcache.cache;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The spec's argument checks, with messages that name the argument. */
final class Arguments {

  private Arguments() {}

  static void requireKey(Object key) {
    Objects.requireNonNull(key, "key must not be null");
  }

  static void requireValue(Object value) {
    Objects.requireNonNull(value, "value must not be null");
  }

  static void requireEntry(Object key, Object value) {
    requireKey(key);
    requireValue(value);
  }

  static void requireKeys(Set<?> keys) {
    Objects.requireNonNull(keys, "keys must not be null");
    for (Object key : keys) {
      Objects.requireNonNull(key, "keys must not contain null");
    }
  }

  static void requireEntries(Map<?, ?> map) {
    Objects.requireNonNull(map, "map must not be null");
    map.forEach((key, value) -> {
      Objects.requireNonNull(key, "map must not contain a null key");
      Objects.requireNonNull(value, () -> "map must not contain a null value (key " + key + ")");
    });
  }
}
