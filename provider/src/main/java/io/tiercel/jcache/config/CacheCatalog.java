package io.tiercel.jcache.config;

import io.tiercel.jcache.codec.ClassFilter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The caches and presets of a configuration, resolved, and which settings a cache name gets.
 *
 * <ol>
 *   <li>The entry of {@code caches:} with exactly that name;</li>
 *   <li>else the most specific matching pattern ({@link CacheNamePattern});</li>
 *   <li>else, for a cache the code creates, or when {@code create-unknown-caches} is on, the
 *       {@code default} preset.</li>
 * </ol>
 */
final class CacheCatalog {
  private final Map<String, CacheSettings> exact;
  private final List<Matched> patterns;
  private final Map<String, CacheSettings> presets;
  private final boolean createUnknown;

  /** A pattern and the settings of the caches it matches. */
  private record Matched(CacheNamePattern pattern, CacheSettings settings, Values entry) {}

  private CacheCatalog(Map<String, CacheSettings> exact, List<Matched> patterns,
      Map<String, CacheSettings> presets, boolean createUnknown) {
    this.exact = exact;
    this.patterns = patterns;
    this.presets = presets;
    this.createUnknown = createUnknown;
  }

  /**
   * Resolves every preset and cache of {@code file}, reading Java-serialized data through
   * {@code filter}, and records what is wrong.
   */
  static CacheCatalog build(Templates templates, Values file, ClassFilter filter,
      Problems problems) {
    Map<String, CacheSettings> presets = new LinkedHashMap<>();
    for (String name : templates.names()) {
      Map<String, Setting> keys = templates.preset(name);
      CacheSettings settings = keys == null ? null
          : CacheSettingsReader.read("presets." + name, keys, filter, problems);
      presets.put(name, settings);
    }
    Map<String, CacheSettings> exact = new LinkedHashMap<>();
    List<Matched> patterns = new ArrayList<>();
    file.named("caches").forEach((name, entry) -> {
      Map<String, Setting> keys = templates.cache(entry);
      CacheSettings settings = keys == null ? null
          : CacheSettingsReader.read("caches." + name, keys, filter, problems);
      if (!CacheNamePattern.isPattern(name)) {
        exact.put(name, settings);
      } else {
        patterns.add(new Matched(new CacheNamePattern(name), settings, entry));
      }
    });
    patterns.sort((a, b) -> CacheNamePattern.MOST_SPECIFIC_FIRST.compare(a.pattern(),
        b.pattern()));
    reportTies(patterns, problems);
    return new CacheCatalog(exact, List.copyOf(patterns), presets,
        file.value("create-unknown-caches", Boolean.class, false));
  }

  private static void reportTies(List<Matched> patterns, Problems problems) {
    for (int i = 0; i < patterns.size(); i++) {
      for (int j = i + 1; j < patterns.size(); j++) {
        Matched first = patterns.get(i);
        Matched second = patterns.get(j);
        if (first.pattern().ties(second.pattern())) {
          problems.add(second.entry().origin(), second.entry().path(), "is as specific as "
              + first.entry().path() + " (" + first.entry().origin() + ") and some names match"
              + " both; make one more specific (more literal characters, or fewer '*') or"
              + " name the cache exactly");
        }
      }
    }
  }

  /** Returns the settings of the cache {@code name} from the file, if the file configures it. */
  Optional<CacheSettings> find(String name) {
    CacheSettings settings = exact.get(name);
    if (settings != null) {
      return Optional.of(settings);
    }
    for (Matched matched : patterns) {
      if (matched.pattern().matches(name)) {
        return Optional.of(matched.settings());
      }
    }
    return createUnknown ? Optional.of(preset(BuiltInPresets.DEFAULT)) : Optional.empty();
  }

  /** Returns the settings a cache the code creates as {@code name} is merged over. */
  CacheSettings templateFor(String name) {
    return find(name).orElseGet(() -> preset(BuiltInPresets.DEFAULT));
  }

  /** Returns the settings of the preset {@code name}, or null if there is none. */
  CacheSettings preset(String name) {
    return presets.get(name);
  }

  /** Returns the names of the presets. */
  Set<String> presetNames() {
    return Collections.unmodifiableSet(presets.keySet());
  }

  /** Returns the caches the file names exactly, in the order written. */
  Set<String> cacheNames() {
    return Collections.unmodifiableSet(exact.keySet());
  }

  /** Returns the patterns of the file, most specific first. */
  List<String> patterns() {
    return patterns.stream().map(matched -> matched.pattern().glob()).toList();
  }
}
