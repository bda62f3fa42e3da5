package io.tiercel.jcache.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML text into a {@link Node} tree whose every key and value knows its line, with
 * Jackson's streaming parser (its tree model forgets lines).
 *
 * <ul>
 *   <li>The document must be a mapping of keys; an empty document is an empty mapping.</li>
 *   <li>A key written twice in one mapping and an alias ({@code *name}) are problems: YAML
 *       would silently keep the last, and an alias would be read as its name.</li>
 *   <li>Text that is not YAML fails at once with the line and the parser's reason, but never
 *       the parser's quote of the line, which may hold a password.</li>
 * </ul>
 */
final class YamlReader {
  private static final YAMLFactory FACTORY = new YAMLFactory();
  private static final Pattern MARK = Pattern.compile("line (\\d+), column \\d+");

  private final String source;
  private final Problems problems;

  private YamlReader(String source, Problems problems) {
    this.source = source;
    this.problems = problems;
  }

  /**
   * Returns the mapping {@code text} holds; {@code source} names it in messages.
   *
   * @throws ConfigurationException if the text is not YAML
   */
  static Node.Mapping read(String source, String text, Problems problems) {
    var reader = new YamlReader(source, problems);
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      return reader.document(parser);
    } catch (JacksonException e) {
      throw new ConfigurationException(List.of(source + " line " + line(e)
          + ": not well-formed YAML: " + reason(e)));
    }
  }

  private Node.Mapping document(JsonParser parser) {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return new Node.Mapping(Map.of(), new Origin(source, 1));
    }
    Node root = value(parser, first, "");
    if (parser.nextToken() != null) {
      problems.add(origin(parser), "", "the file holds more than one YAML document (---);"
          + " write one");
    }
    if (root instanceof Node.Mapping mapping) {
      return mapping;
    }
    problems.add(root.origin(), "", "the file must be a mapping of keys (mode, redis, presets,"
        + " caches, ...), not " + root.kind());
    return new Node.Mapping(Map.of(), root.origin());
  }

  private Node value(JsonParser parser, JsonToken token, String path) {
    Origin origin = origin(parser);
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      problems.add(origin, path, "aliases (*" + parser.getString() + ") are not supported;"
          + " share settings with presets");
      return new Node.Scalar(null, origin);
    }
    return switch (token) {
      case START_OBJECT -> mapping(parser, origin, path);
      case START_ARRAY -> sequence(parser, origin, path);
      case VALUE_NULL -> new Node.Scalar(null, origin);
      default -> {
        String text = parser.getString();
        yield new Node.Scalar("~".equals(text) ? null : text, origin);
      }
    };
  }

  private Node.Mapping mapping(JsonParser parser, Origin origin, String path) {
    Map<String, Node.Entry> entries = new LinkedHashMap<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT;
        token = parser.nextToken()) {
      String key = parser.currentName();
      Origin keyOrigin = origin(parser);
      String keyPath = path.isEmpty() ? key : path + "." + key;
      Node value = value(parser, parser.nextToken(), keyPath);
      Node.Entry first = entries.get(key);
      if (first != null) {
        problems.add(keyOrigin, keyPath, "the key is written twice in one mapping (first at line "
            + first.keyOrigin().line() + "); write it once");
      } else {
        entries.put(key, new Node.Entry(key, keyOrigin, value));
      }
    }
    return new Node.Mapping(entries, origin);
  }

  private Node.Sequence sequence(JsonParser parser, Origin origin, String path) {
    List<Node> items = new ArrayList<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      items.add(value(parser, token, path + "[" + items.size() + "]"));
    }
    return new Node.Sequence(items, origin);
  }

  private Origin origin(JsonParser parser) {
    return new Origin(source, parser.currentTokenLocation().getLineNr());
  }

  /** The line the parser's own message points at last (where it gave up), else its location. */
  private static int line(JacksonException e) {
    Matcher mark = MARK.matcher(String.valueOf(e.getOriginalMessage()));
    int line = -1;
    while (mark.find()) {
      line = Integer.parseInt(mark.group(1));
    }
    return line > 0 ? line : Math.max(1, e.getLocation() == null ? 1 : e.getLocation().getLineNr());
  }

  /** The parser's reason without its quotes of the file: lines that are not indented. */
  private static String reason(JacksonException e) {
    List<String> kept = new ArrayList<>();
    for (String line : String.valueOf(e.getOriginalMessage()).split("\n")) {
      if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        kept.add(line.strip());
      }
    }
    return kept.isEmpty() ? "unreadable" : String.join("; ", kept);
  }
}
