package io.tiercel.jcache.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of the configuration tree that remembers where it came from: a scalar, a list or a
 * mapping of keys. Jackson's own tree forgets lines, so the file is read into this one.
 */
sealed interface Node {

  /** Returns where the value starts. */
  Origin origin();

  /** Returns what the value is, for "expected a mapping, found ..." messages. */
  String kind();

  /** A single value as written; {@code text} is null for an empty value. */
  record Scalar(String text, Origin origin) implements Node {
    @Override
    public String kind() {
      return "a single value";
    }

    /** Returns whether the value is empty: YAML null, {@code ~} or the empty string. */
    boolean isEmpty() {
      return text == null || text.isEmpty();
    }

    /** Shows where the value was written, never the text, which may be a password. */
    @Override
    public String toString() {
      return "Scalar[" + origin + "]";
    }
  }

  /** A list of values. */
  record Sequence(List<Node> items, Origin origin) implements Node {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  /** A mapping of keys, in the order written; each key remembers its own line. */
  record Mapping(Map<String, Entry> entries, Origin origin) implements Node {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String kind() {
      return "a mapping of keys";
    }

    /** Returns the value of {@code key}, or null. */
    Node get(String key) {
      Entry entry = entries.get(key);
      return entry == null ? null : entry.value();
    }

    /**
     * Returns this mapping with {@code value} at {@code path} (creating the mappings on the way)
     * and without the keys {@code replaced} beside it.
     */
    Mapping with(List<String> path, Node value, List<String> replaced) {
      String key = path.get(0);
      Node next = value;
      if (path.size() > 1) {
        Mapping child = get(key) instanceof Mapping mapping
            ? mapping
            : new Mapping(Map.of(), value.origin());
        next = child.with(path.subList(1, path.size()), value, replaced);
      }
      Map<String, Entry> copy = new LinkedHashMap<>(entries);
      if (path.size() == 1) {
        replaced.forEach(copy::remove);
      }
      Entry old = copy.get(key);
      Origin keyOrigin = old == null || path.size() == 1 ? value.origin() : old.keyOrigin();
      copy.put(key, new Entry(key, keyOrigin, next));
      return new Mapping(copy, origin);
    }
  }

  /** One key of a mapping and its value. */
  record Entry(String key, Origin keyOrigin, Node value) {}
}
