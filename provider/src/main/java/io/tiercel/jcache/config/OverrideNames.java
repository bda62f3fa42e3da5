package io.tiercel.jcache.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names overrides are written with, derived from the {@link Schema}: system properties
 * {@code tiercel.<dotted key>} and environment variables {@code TIERCEL_<KEY>}.
 */
final class OverrideNames {
  private static final String PROPERTY_PREFIX = "tiercel.";
  private static final String VARIABLE_PREFIX = "TIERCEL_";

  private OverrideNames() {}

  /** Returns {@code TIERCEL_} and {@code path} in upper case, {@code .} and {@code -} as _. */
  static String variable(List<String> path) {
    StringBuilder name = new StringBuilder(VARIABLE_PREFIX);
    for (String part : path) {
      if (name.length() > VARIABLE_PREFIX.length()) {
        name.append('_');
      }
      name.append(part.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
    }
    return name.toString();
  }

  /**
   * Returns the dotted parts after {@code tiercel.} of a property under a key at the top of the
   * file, or null for any other name (which is not configuration).
   */
  static String[] propertyParts(String name) {
    if (!name.startsWith(PROPERTY_PREFIX)) {
      return null;
    }
    String[] parts = name.substring(PROPERTY_PREFIX.length()).split("\\.", -1);
    return Schema.ROOT.keys().containsKey(parts[0]) ? parts : null;
  }

  /** Returns whether {@code variable} is {@code TIERCEL_} and a key at the top of the file. */
  static boolean isConfiguration(String variable) {
    for (String key : Schema.ROOT.keys().keySet()) {
      String prefix = variable(List.of(key));
      if (variable.equals(prefix) || variable.startsWith(prefix + "_")) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether {@code variable} sets a key of a cache or preset, of whatever name. */
  static boolean isEntryOfUnknownName(String variable) {
    for (String key : List.of("caches", "presets")) {
      Schema.Named named = (Schema.Named) Schema.ROOT.keys().get(key);
      String prefix = variable(List.of(key)) + "_";
      for (String leaf : named.entry().leafPaths()) {
        String suffix = variable(List.of(leaf)).substring(VARIABLE_PREFIX.length() - 1);
        if (variable.startsWith(prefix) && variable.endsWith(suffix)
            && variable.length() > prefix.length() + suffix.length()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the variable of every single value the file may set, for the caches and presets
   * {@code tree} names and the built-in {@code presets}; an empty path marks a variable two
   * keys share.
   */
  static Map<String, List<String>> variables(Node.Mapping tree, Set<String> presets) {
    Map<String, List<String>> variables = new HashMap<>();
    for (List<String> path : paths(tree, presets)) {
      String variable = variable(path);
      variables.merge(variable, path, (a, b) -> a.equals(b) ? a : List.of());
    }
    return variables;
  }

  /** Returns every system property name of a single value, for "did you mean" hints. */
  static List<String> properties() {
    return paths(new Node.Mapping(Map.of(), Origin.of("")), Set.of()).stream()
        .map(path -> PROPERTY_PREFIX + String.join(".", path))
        .toList();
  }

  private static List<List<String>> paths(Node.Mapping tree, Set<String> presets) {
    List<List<String>> paths = new ArrayList<>();
    Schema.ROOT.keys().forEach((key, shape) -> {
      if (shape instanceof Schema.Named named) {
        Set<String> names = new TreeSet<>(key.equals("presets") ? presets : Set.of());
        if (tree.get(key) instanceof Node.Mapping entries) {
          names.addAll(entries.entries().keySet());
        }
        for (String name : names) {
          for (String leaf : named.entry().leafPaths()) {
            paths.add(concat(List.of(key, name), leaf));
          }
        }
      }
    });
    for (String leaf : Schema.ROOT.leafPaths()) {
      paths.add(concat(List.of(), leaf));
    }
    return paths;
  }

  private static List<String> concat(List<String> head, String dotted) {
    List<String> path = new ArrayList<>(head);
    path.addAll(List.of(dotted.split("\\.")));
    return path;
  }

  /**
   * Returns the path of keys and names that the dotted {@code parts} from {@code from} name in
   * {@code group}, or null if they name no single value; a name may span several parts.
   */
  static List<String> pathOf(String[] parts, int from, Schema.Group group) {
    if (from >= parts.length) {
      return null;
    }
    Schema.Shape shape = group.keys().get(parts[from]);
    List<String> rest = null;
    if (shape instanceof Schema.Leaf) {
      rest = from == parts.length - 1 ? List.of() : null;
    } else if (shape instanceof Schema.Group inner) {
      rest = pathOf(parts, from + 1, inner);
    } else if (shape instanceof Schema.Named named) {
      for (int end = from + 2; end < parts.length && rest == null; end++) {
        List<String> inEntry = pathOf(parts, end, named.entry());
        if (inEntry != null) {
          rest = new ArrayList<>();
          rest.add(String.join(".", Arrays.asList(parts).subList(from + 1, end)));
          rest.addAll(inEntry);
        }
      }
    }
    if (rest == null) {
      return null;
    }
    List<String> path = new ArrayList<>();
    path.add(parts[from]);
    path.addAll(rest);
    return path;
  }
}
