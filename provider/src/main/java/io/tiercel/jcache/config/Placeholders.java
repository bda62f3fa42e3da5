package io.tiercel.jcache.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:default}} in the file's values, before they are
 * checked, so a file can take secrets and addresses from where the application runs.
 *
 * <ul>
 *   <li>{@code NAME} is looked up as a system property first, then as an environment variable
 *       (system properties win, as they do for overrides); the default is everything after the
 *       first {@code :} and may be empty ({@code ${REDIS_PASSWORD:}}: no password when unset).
 *   </li>
 *   <li>A placeholder without a default whose name is set nowhere is a problem naming it.</li>
 *   <li>{@code $${} writes a literal {@code ${}. Keys are never resolved, values only.</li>
 * </ul>
 */
final class Placeholders {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");

  private final Properties system;
  private final Map<String, String> environment;
  private final Problems problems;

  Placeholders(Properties system, Map<String, String> environment, Problems problems) {
    this.system = system;
    this.environment = environment;
    this.problems = problems;
  }

  /** Returns {@code mapping} with every placeholder in its values replaced. */
  Node.Mapping resolve(Node.Mapping mapping) {
    return (Node.Mapping) resolve(mapping, "");
  }

  private Node resolve(Node node, String path) {
    if (node instanceof Node.Scalar scalar) {
      return scalar.isEmpty() ? scalar
          : new Node.Scalar(resolve(scalar.text(), scalar.origin(), path), scalar.origin());
    }
    if (node instanceof Node.Sequence sequence) {
      List<Node> items = new ArrayList<>();
      for (Node item : sequence.items()) {
        items.add(resolve(item, path));
      }
      return new Node.Sequence(items, sequence.origin());
    }
    Node.Mapping mapping = (Node.Mapping) node;
    Map<String, Node.Entry> entries = new LinkedHashMap<>();
    for (Node.Entry entry : mapping.entries().values()) {
      String keyPath = path.isEmpty() ? entry.key() : path + "." + entry.key();
      entries.put(entry.key(), new Node.Entry(entry.key(), entry.keyOrigin(),
          resolve(entry.value(), keyPath)));
    }
    return new Node.Mapping(entries, mapping.origin());
  }

  /** Returns {@code text} resolved; problems are recorded, never the value. */
  String resolve(String text, Origin origin, String path) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (true) {
      int start = text.indexOf("${", from);
      if (start < 0) {
        return out.append(text, from, text.length()).toString();
      }
      if (start > 0 && text.charAt(start - 1) == '$') {
        out.append(text, from, start - 1).append("${");
        from = start + 2;
        continue;
      }
      int end = text.indexOf('}', start);
      if (end < 0) {
        problems.add(origin, path, "a placeholder '${' is not closed by '}'");
        return text;
      }
      out.append(text, from, start).append(lookUp(text.substring(start + 2, end), origin, path));
      from = end + 1;
    }
  }

  private String lookUp(String placeholder, Origin origin, String path) {
    int colon = placeholder.indexOf(':');
    String name = colon < 0 ? placeholder : placeholder.substring(0, colon);
    if (!NAME.matcher(name).matches()) {
      problems.add(origin, path, "'${" + name + "}' does not name a variable; write ${NAME} or"
          + " ${NAME:default} with letters, digits, '_', '.' or '-'");
      return "";
    }
    String value = system.getProperty(name);
    if (value == null) {
      value = environment.get(name);
    }
    if (value != null) {
      return value;
    }
    if (colon >= 0) {
      return placeholder.substring(colon + 1);
    }
    problems.add(origin, path, "unresolved placeholder ${" + name + "}: no system property or"
        + " environment variable " + name + " is set and it has no default (write ${" + name
        + ":default})");
    return "";
  }
}
