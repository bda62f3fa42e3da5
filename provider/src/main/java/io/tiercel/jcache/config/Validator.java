package io.tiercel.jcache.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a configuration tree against the {@link Schema} and reads its values, recording every
 * problem with its origin and dotted key: unknown keys (with a "did you mean" hint), values of
 * the wrong shape, and values their {@link Kind} refuses.
 *
 * <p>An empty value (YAML null, {@code ~} or the empty text) leaves its key unset.
 */
final class Validator {
  private final ClassLoader loader;
  private final Problems problems;

  Validator(ClassLoader loader, Problems problems) {
    this.loader = loader;
    this.problems = problems;
  }

  /** Returns the values of {@code root}, a whole file. */
  Values check(Node.Mapping root) {
    Values values = new Values("", root.origin());
    group(root, Schema.ROOT, "", "", values);
    return values;
  }

  private void group(Node.Mapping mapping, Schema.Group group, String path, String prefix,
      Values into) {
    for (Node.Entry entry : mapping.entries().values()) {
      String key = entry.key();
      String keyPath = path.isEmpty() ? key : path + "." + key;
      Schema.Shape shape = group.keys().get(key);
      Node value = entry.value();
      if (shape == null) {
        problems.add(entry.keyOrigin(), keyPath,
            "unknown key" + Suggestions.hint(key, group.keys().keySet()));
      } else if (value instanceof Node.Scalar scalar && scalar.isEmpty()) {
        continue; // An empty value leaves the key unset.
      } else if (shape instanceof Schema.Leaf leaf) {
        leaf(value, leaf, keyPath, prefix + key, into);
      } else if (shape instanceof Schema.Group inner) {
        if (value instanceof Node.Mapping innerMapping) {
          group(innerMapping, inner, keyPath, prefix + key + ".", into);
        } else {
          mismatch(value, keyPath, "a mapping of keys (" + String.join(", ", inner.keys().keySet())
              + ")");
        }
      } else if (shape instanceof Schema.Named named) {
        named(value, named, keyPath, key, into);
      } else {
        records(value, (Schema.Records) shape, keyPath, prefix + key, into);
      }
    }
  }

  private void named(Node value, Schema.Named named, String path, String key, Values into) {
    if (!(value instanceof Node.Mapping mapping)) {
      mismatch(value, path, "a mapping of names to settings");
      return;
    }
    for (Node.Entry entry : mapping.entries().values()) {
      String entryPath = path + "." + entry.key();
      if (entry.key().isBlank()) {
        problems.add(entry.keyOrigin(), entryPath, "a name must not be blank");
        continue;
      }
      Values values = entry(entry.value(), named.entry(), named.shorthand(), entryPath,
          entry.keyOrigin());
      if (values != null) {
        into.putNamed(key, entry.key(), values);
      }
    }
  }

  private void records(Node value, Schema.Records records, String path, String key,
      Values into) {
    List<Node> items = value instanceof Node.Sequence sequence ? sequence.items() : List.of(value);
    List<Values> read = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      Values values = entry(item, records.item(), records.shorthand(), path + "[" + i + "]",
          item.origin());
      if (values != null) {
        read.add(values);
      }
    }
    into.put(key, new Setting(path, List.copyOf(read), value.origin()));
  }

  /** Reads one named entry or list item: a mapping, or a single value meaning its shorthand. */
  private Values entry(Node value, Schema.Group group, String shorthand, String path,
      Origin origin) {
    Values values = new Values(path, origin);
    if (value instanceof Node.Mapping mapping) {
      group(mapping, group, path, "", values);
    } else if (value instanceof Node.Scalar scalar) {
      if (!scalar.isEmpty()) {
        leaf(scalar, (Schema.Leaf) group.keys().get(shorthand), path + "." + shorthand,
            shorthand, values);
      }
    } else {
      mismatch(value, path, "a mapping of keys (" + String.join(", ", group.keys().keySet())
          + ") or a single value meaning " + shorthand);
      return null;
    }
    return values;
  }

  private void leaf(Node value, Schema.Leaf leaf, String path, String key, Values into) {
    List<Node.Scalar> texts = new ArrayList<>();
    if (value instanceof Node.Scalar scalar && leaf.list()) {
      for (String part : scalar.text().split(",")) {
        if (!part.isBlank()) {
          texts.add(new Node.Scalar(part.trim(), scalar.origin()));
        }
      }
    } else if (value instanceof Node.Scalar scalar) {
      texts.add(scalar);
    } else if (value instanceof Node.Sequence sequence && leaf.list()) {
      for (Node item : sequence.items()) {
        if (!(item instanceof Node.Scalar scalar)) {
          mismatch(item, path, "a single value in the list");
          return;
        }
        if (!scalar.isEmpty()) {
          texts.add(scalar);
        }
      }
    } else {
      mismatch(value, path, leaf.list() ? "a list of values" : "a single value");
      return;
    }
    List<Object> read = new ArrayList<>();
    for (Node.Scalar text : texts) {
      try {
        read.add(leaf.kind().read(text.text(), loader));
      } catch (IllegalArgumentException e) {
        problems.add(text.origin(), path, "'" + leaf.kind().shown().apply(text.text()) + "' "
            + e.getMessage());
        return;
      }
    }
    into.put(key, new Setting(path, leaf.list() ? List.copyOf(read) : read.get(0),
        value.origin()));
  }

  private void mismatch(Node value, String path, String expected) {
    problems.add(value.origin(), path, "expected " + expected + ", found " + value.kind());
  }
}
