package io.tiercel.jcache.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checked values of one mapping of the configuration: its settings by dotted key
 * ({@code redis.port}), and its named entries ({@code presets}, {@code caches}).
 */
final class Values {
  private final String path;
  private final Origin origin;
  private final Map<String, Setting> settings = new LinkedHashMap<>();
  private final Map<String, Map<String, Values>> named = new LinkedHashMap<>();

  /** Creates the empty values of the mapping at {@code path}, written at {@code origin}. */
  Values(String path, Origin origin) {
    this.path = path;
    this.origin = origin;
  }

  /** Returns the dotted key of the mapping, empty for the top of the file. */
  String path() {
    return path;
  }

  /** Returns where the mapping was written. */
  Origin origin() {
    return origin;
  }

  /** Returns every setting, by dotted key below the mapping. */
  Map<String, Setting> settings() {
    return Collections.unmodifiableMap(settings);
  }

  /** Returns the setting at the dotted {@code key}, or null. */
  Setting get(String key) {
    return settings.get(key);
  }

  /** Returns the value at the dotted {@code key}, or {@code fallback}. */
  <T> T value(String key, Class<T> type, T fallback) {
    Setting setting = settings.get(key);
    return setting == null ? fallback : type.cast(setting.value());
  }

  /** Returns the entries named under {@code key}, in the order written. */
  Map<String, Values> named(String key) {
    return Collections.unmodifiableMap(named.getOrDefault(key, Map.of()));
  }

  /** Sets the value at the dotted {@code key}. */
  void put(String key, Setting setting) {
    settings.put(key, setting);
  }

  /** Adds the entry {@code name} under {@code key}. */
  void putNamed(String key, String name, Values entry) {
    named.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(name, entry);
  }
}
