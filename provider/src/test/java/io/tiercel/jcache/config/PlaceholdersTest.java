package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** ${NAME} and ${NAME:default} in the file's values: system property, then environment. */
class PlaceholdersTest {
  private static final Origin LINE_4 = new Origin("tiercel.yaml", 4);
  private final Problems problems = new Problems();

  @Test
  void resolve_environmentVariable_replacesThePlaceholder() {
    assertThat(resolve("redis://${HOST}:6379", props(), Map.of("HOST", "cache")))
        .isEqualTo("redis://cache:6379");
  }

  @Test
  void resolve_systemPropertyAndVariableBothSet_takesTheSystemProperty() {
    assertThat(resolve("${HOST}", props("HOST", "from-property"), Map.of("HOST", "from-env")))
        .isEqualTo("from-property");
  }

  @Test
  void resolve_unsetWithDefault_takesEverythingAfterTheFirstColon() {
    assertThat(resolve("${REDIS_URL:redis://localhost:6379/0}", props(), Map.of()))
        .isEqualTo("redis://localhost:6379/0");
  }

  @Test
  void resolve_unsetWithEmptyDefault_isEmpty() {
    assertThat(resolve("${REDIS_PASSWORD:}", props(), Map.of())).isEmpty();
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void resolve_severalPlaceholders_replacesEach() {
    assertThat(resolve("${A}-${B:b}-${A}", props(), Map.of("A", "a"))).isEqualTo("a-b-a");
  }

  @Test
  void resolve_doubledDollar_writesALiteralPlaceholder() {
    assertThat(resolve("$${NOT_RESOLVED}", props(), Map.of())).isEqualTo("${NOT_RESOLVED}");
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void resolve_unsetWithoutDefault_isAProblemNamingTheVariableAndLine() {
    resolve("${REDIS_PASSWORD}", props(), Map.of());

    assertThat(message()).isEqualTo("tiercel.yaml line 4:"
        + " redis.password: unresolved placeholder ${REDIS_PASSWORD}: no system property or"
        + " environment variable REDIS_PASSWORD is set and it has no default (write"
        + " ${REDIS_PASSWORD:default})");
  }

  @Test
  void resolve_unclosed_isAProblem() {
    resolve("${HOST", props(), Map.of("HOST", "x"));

    assertThat(message())
        .contains("a placeholder '${' is not closed by '}'");
  }

  @Test
  void resolve_badName_isAProblem() {
    resolve("${}", props(), Map.of());

    assertThat(message()).contains("does not name a variable");
  }

  @Test
  void resolve_tree_replacesValuesInMappingsAndListsButNotKeys() {
    Node.Mapping tree = YamlReader.read("tiercel.yaml", """
        ${KEY}: 1
        redis:
          host: ${HOST}
        class-filter:
          allow:
            - ${PACKAGE}.**
        """, problems);

    Node.Mapping resolved = new Placeholders(props(), Map.of("HOST", "cache", "PACKAGE",
        "com.example", "KEY", "no"), problems).resolve(tree);

    assertThat(resolved.entries()).containsKey("${KEY}");
    assertThat(((Node.Scalar) ((Node.Mapping) resolved.get("redis")).get("host")).text())
        .isEqualTo("cache");
    Node.Sequence allow = (Node.Sequence) ((Node.Mapping) resolved.get("class-filter"))
        .get("allow");
    assertThat(((Node.Scalar) allow.items().get(0)).text()).isEqualTo("com.example.**");
    assertThat(allow.items().get(0).origin().line()).isEqualTo(6);
  }

  @Test
  void load_placeholderInTheFile_isResolvedBeforeTheValueIsChecked() {
    ManagerConfig config = ConfigFixture.load("""
        redis:
          url: ${REDIS_ADDRESS:redis://localhost:6379}
          pool-size: ${POOL:8}
        """, Map.of("REDIS_ADDRESS", "redis://cache:6390/3"));

    assertThat(config.standaloneRedis().orElseThrow().port()).isEqualTo(6390);
    assertThat(config.standaloneRedis().orElseThrow().database()).isEqualTo(3);
    assertThat(config.standaloneRedis().orElseThrow().poolSize()).isEqualTo(8);
  }

  @Test
  void load_placeholderResolvingToABadValue_namesTheLineAndTheResolvedValue() {
    String message = ConfigFixture.failure("""
        redis:
          host: cache
          port: ${PORT}
        """, Map.of("PORT", "abc"));

    assertThat(message).endsWith("tiercel.yaml line 3: redis.port: 'abc' is not a port"
        + " (1-65535)");
  }

  private String message() {
    return catchThrowableOfType(ConfigurationException.class, problems::throwIfAny).getMessage();
  }

  private static Properties props(String... pairs) {
    Properties properties = new Properties();
    for (int i = 0; i < pairs.length; i += 2) {
      properties.setProperty(pairs[i], pairs[i + 1]);
    }
    return properties;
  }

  private String resolve(String text, Properties system, Map<String, String> environment) {
    return new Placeholders(system, environment, problems).resolve(text, LINE_4,
        "redis.password");
  }
}
