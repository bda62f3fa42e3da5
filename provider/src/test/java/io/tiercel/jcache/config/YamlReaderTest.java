package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The file read into a tree whose every key and value knows its line. */
class YamlReaderTest {
  private final Problems problems = new Problems();

  @Test
  void read_nestedMapping_keepsEachKeysAndValuesLine() {
    Node.Mapping root = read("""
        mode: tiered
        redis:
          host: cache
          port: 6380
        """);

    Node.Mapping redis = (Node.Mapping) root.get("redis");
    assertThat(root.entries().get("redis").keyOrigin().line()).isEqualTo(2);
    assertThat(redis.entries().get("port").keyOrigin()).hasToString("tiercel.yaml line 4");
    assertThat(((Node.Scalar) redis.get("host")).text()).isEqualTo("cache");
    assertThat(redis.get("host").origin().line()).isEqualTo(3);
    assertThat(((Node.Scalar) redis.get("port")).text()).isEqualTo("6380");
  }

  @Test
  void read_emptyText_isAnEmptyMapping() {
    assertThat(read("").entries()).isEmpty();
    assertThat(read("# only a comment\n").entries()).isEmpty();
  }

  @Test
  void read_nullTildeAndEmptyValues_areEmpty() {
    Node.Mapping root = read("""
        a: null
        b: ~
        c:
        d: ''
        e: 'text'
        """);

    assertThat(root.entries().values()).extracting(entry -> ((Node.Scalar) entry.value()).isEmpty())
        .containsExactly(true, true, true, true, false);
  }

  @Test
  void read_sequence_keepsItemsInOrderWithLines() {
    Node.Mapping root = read("""
        nodes:
          - a:1
          - b:2
        flow: [x, y]
        """);

    Node.Sequence nodes = (Node.Sequence) root.get("nodes");
    assertThat(nodes.items()).extracting(item -> ((Node.Scalar) item).text())
        .containsExactly("a:1", "b:2");
    assertThat(nodes.items().get(1).origin().line()).isEqualTo(3);
    assertThat(((Node.Sequence) root.get("flow")).items()).hasSize(2);
  }

  @Test
  void read_keyWrittenTwice_isAProblemNamingBothLines() {
    read("""
        redis:
          port: 1
          port: 2
        """);

    assertThat(message()).contains("tiercel.yaml line 3: redis.port: the key is written twice"
        + " in one mapping (first at line 2)");
  }

  @Test
  void read_alias_isAProblem() {
    read("""
        a: &shared 5m
        b: *shared
        """);

    assertThat(message()).contains("tiercel.yaml line 2: b: aliases (*shared) are not supported");
  }

  @Test
  void read_malformedYaml_failsWithLineAndReasonButNeverTheLinesText() {
    assertThatThrownBy(() -> read("""
        redis:
          password: hunter2
            port: 6379
        """))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("tiercel.yaml line 3: not well-formed YAML: ")
        .hasMessageContaining("mapping values are not allowed here")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void read_unclosedFlowList_failsWithTheLineWhereTheParserGaveUp() {
    assertThatThrownBy(() -> read("""
        class-filter:
          allow: [com.example.*
        mode: local
        """))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("tiercel.yaml line 3: not well-formed YAML: ");
  }

  @Test
  void read_listAtTheTop_isAProblem() {
    read("- a\n- b\n");

    assertThat(message()).contains("tiercel.yaml line 1: the file must be a mapping of keys"
        + " (mode, redis, presets, caches, ...), not a list");
  }

  @Test
  void read_twoDocuments_isAProblem() {
    read("mode: local\n---\nmode: redis\n");

    assertThat(message()).contains("holds more than one YAML document");
  }

  private Node.Mapping read(String yaml) {
    return YamlReader.read("tiercel.yaml", yaml, problems);
  }

  private String message() {
    return catchThrowableOfType(ConfigurationException.class, problems::throwIfAny).getMessage();
  }
}
