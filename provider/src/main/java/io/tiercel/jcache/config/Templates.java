package io.tiercel.jcache.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Layers the keys of presets and caches: a cache's own keys over its {@code preset}, over the
 * presets that one {@code extends}, over {@code default}.
 *
 * <ul>
 *   <li>A preset of the file with a built-in name is layered over the built-in one.</li>
 *   <li>A key set in a more specific layer replaces the one below it, and drops the keys it
 *       excludes there (a {@code max-bytes} drops a {@code max-entries} below); lists replace
 *       lists.</li>
 *   <li>An unknown preset (with a "did you mean" hint), a cycle of {@code extends}, and two
 *       near-cache bounds in one layer are problems.</li>
 * </ul>
 */
final class Templates {
  private static final List<String> BOUNDS =
      List.of("near-cache.max-entries", "near-cache.max-bytes", "near-cache.max-weight");

  private final Map<String, Map<String, Setting>> own = new LinkedHashMap<>();
  private final Map<String, Map<String, Setting>> layered = new HashMap<>();
  private final Problems problems;

  /** Collects the presets of {@code builtIn} and, over them, those of {@code file}. */
  Templates(Values builtIn, Values file, Problems problems) {
    this.problems = problems;
    builtIn.named("presets").forEach((name, values) -> own.put(name, checked(values)));
    file.named("presets").forEach((name, values) ->
        own.merge(name, checked(values), Templates::over));
  }

  /** Returns the name of every preset. */
  Set<String> names() {
    return own.keySet();
  }

  /** Returns the layered keys of the preset {@code name}, or null if it is bad. */
  Map<String, Setting> preset(String name) {
    return resolve(name, new ArrayList<>());
  }

  /** Returns the layered keys of the cache entry {@code entry}, or null if it is bad. */
  Map<String, Setting> cache(Values entry) {
    Map<String, Setting> keys = checked(entry);
    Setting preset = keys.remove("preset");
    Map<String, Setting> base = preset == null ? preset(BuiltInPresets.DEFAULT)
        : reference((String) preset.value(), preset, new ArrayList<>());
    return base == null ? null : over(base, keys);
  }

  private Map<String, Setting> resolve(String name, List<String> chain) {
    if (layered.containsKey(name)) {
      return layered.get(name);
    }
    if (chain.contains(name)) {
      cycle(chain.subList(chain.indexOf(name), chain.size()));
      return null;
    }
    Map<String, Setting> keys = new LinkedHashMap<>(own.get(name));
    Setting parent = keys.remove("extends");
    Map<String, Setting> base = Map.of();
    if (name.equals(BuiltInPresets.DEFAULT) && parent != null) {
      problems.add(parent.origin(), parent.path(), "the default preset is under every other"
          + " preset and extends none");
    } else if (!name.equals(BuiltInPresets.DEFAULT)) {
      chain.add(name);
      base = parent == null ? resolve(BuiltInPresets.DEFAULT, chain)
          : reference((String) parent.value(), parent, chain);
      chain.remove(chain.size() - 1);
    }
    Map<String, Setting> result = base == null ? null : over(base, keys);
    layered.put(name, result);
    return result;
  }

  private Map<String, Setting> reference(String name, Setting at, List<String> chain) {
    if (!own.containsKey(name)) {
      problems.add(at.origin(), at.path(), "unknown preset '" + name + "'"
          + Suggestions.hint(name, own.keySet()));
      return null;
    }
    return resolve(name, chain);
  }

  /** Reports a cycle once, from its first name in alphabetical order. */
  private void cycle(List<String> members) {
    List<String> ordered = new ArrayList<>(members);
    int start = ordered.indexOf(ordered.stream().sorted().findFirst().orElseThrow());
    List<String> loop = new ArrayList<>(ordered.subList(start, ordered.size()));
    loop.addAll(ordered.subList(0, start));
    loop.add(loop.get(0));
    Setting at = own.get(loop.get(0)).get("extends");
    problems.add(at.origin(), at.path(), "presets extend each other in a cycle: "
        + String.join(" -> ", loop));
  }

  /** Returns the keys of one layer, after checking it sets at most one near-cache bound. */
  private Map<String, Setting> checked(Values values) {
    List<Setting> bounds = BOUNDS.stream().map(values::get)
        .filter(setting -> setting != null).toList();
    if (bounds.size() > 1) {
      problems.add(bounds.get(1).origin(), bounds.get(1).path(), "set one near-cache bound, not"
          + " also " + bounds.get(0).path() + "; max-entries, max-bytes and max-weight exclude"
          + " each other");
    }
    return new LinkedHashMap<>(values.settings());
  }

  /** Returns {@code top} layered over {@code base}. */
  static Map<String, Setting> over(Map<String, Setting> base, Map<String, Setting> top) {
    Map<String, Setting> result = new LinkedHashMap<>(base);
    top.forEach((key, setting) -> {
      for (String replaced : Schema.CACHE.replacedBy(key)) {
        if (!top.containsKey(replaced)) {
          result.remove(replaced);
        }
      }
      result.put(key, setting);
    });
    return result;
  }
}
