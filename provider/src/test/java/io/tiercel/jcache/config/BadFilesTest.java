package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each kind of bad file fails at load with a message naming the file, the line, the key, the
 * value and what is allowed, and never a password.
 */
class BadFilesTest {

  @Test
  void unknownKey_namesFileLineKeyHintAndAllowed() {
    assertThat(failure("unknown-key.yaml")).isEqualTo("classpath:config/bad/unknown-key.yaml"
        + " line 5: caches.users.expiry.duraton: unknown key; did you mean 'duration'? Allowed:"
        + " policy, duration");
  }

  @Test
  void badValues_areAllListedWithoutThePassword() {
    String message = failure("bad-values.yaml");

    assertThat(message).startsWith("3 problems in the Tiercel configuration:\n- ").contains(
        "classpath:config/bad/bad-values.yaml line 1: mode: 'fast' is not allowed; allowed:"
            + " local, redis, tiered",
        "classpath:config/bad/bad-values.yaml line 4: redis.port: 'abc' is not a port"
            + " (1-65535)",
        "classpath:config/bad/bad-values.yaml line 6: redis.timeout: '2' has no unit")
        .doesNotContain("hunter2");
  }

  @Test
  void malformedYaml_namesTheLineButNotItsText() {
    assertThat(failure("malformed.yaml"))
        .startsWith("classpath:config/bad/malformed.yaml line 3: not well-formed YAML:")
        .doesNotContain("hunter2");
  }

  @Test
  void unknownPresets_areNamedWithHints() {
    assertThat(failure("unknown-preset.yaml")).contains(
        "line 3: presets.entities.extends: unknown preset 'qeury'; did you mean 'query'?",
        "line 6: caches.users.preset: unknown preset 'sesion'; did you mean 'session'?");
  }

  @Test
  void missingClasses_areNamedWithTheirKeys() {
    assertThat(failure("missing-class.yaml")).contains(
        "line 3: caches.users.loader: 'com.example.UserLoader' is not a class the cache"
            + " manager's class loader finds",
        "line 4: caches.users.value-type: 'com.example.User' is not a class");
  }

  @Test
  void unresolvedPlaceholder_namesTheVariable() {
    assertThat(failure("unresolved.yaml")).isEqualTo("classpath:config/bad/unresolved.yaml"
        + " line 3: redis.password: unresolved placeholder ${TIERCEL_TEST_UNSET_PASSWORD}: no"
        + " system property or environment variable TIERCEL_TEST_UNSET_PASSWORD is set and it"
        + " has no default (write ${TIERCEL_TEST_UNSET_PASSWORD:default})");
  }

  @Test
  void notUtf8_saysSo() {
    assertThat(failure("not-utf8.yaml")).isEqualTo("classpath:config/bad/not-utf8.yaml: is not"
        + " UTF-8 text; save it as UTF-8");
  }

  @Test
  void everyProblem_isAlsoListedOnItsOwn() {
    var exception = (ConfigurationException) org.assertj.core.api.Assertions.catchThrowable(
        () -> ConfigFixture.resource("bad/bad-values.yaml"));

    assertThat(exception.problems()).hasSize(3);
    assertThat(exception).isInstanceOf(javax.cache.CacheException.class);
  }

  @Test
  void password_neverInAnyMessage() {
    List<String> messages = List.of(
        ConfigFixture.failure("redis:\n  password: hunter2\n  port: 0\n  host: cache\n"),
        ConfigFixture.failure("redis:\n  password: [hunter2]\n"),
        ConfigFixture.failure("redis:\n  password: {value: hunter2}\n"),
        ConfigFixture.failure("redis:\n  url: redis://:hunter2@cache:x\n"),
        ConfigFixture.failure("redis:\n  url: 'redis://u:hunter2@ca che'\n"),
        ConfigFixture.failure("redis:\n  sentinel: {password: hunter2}\n"),
        ConfigFixture.failure("redis:\n  password: hunter2\n  bad: 1\n"),
        ConfigFixture.failure("mode: redis\n", Map.of("REDIS_PASSWORD", "hunter2")),
        ConfigFixture.failure("redis:\n  password: hunter2\n\tport: 1\n"));

    assertThat(messages).allSatisfy(message -> assertThat(message).doesNotContain("hunter2"));
  }

  @Test
  void password_neverInTheToStringOfWhatHoldsIt() {
    Setting setting = new Setting("redis.password", "hunter2", new Origin("tiercel.yaml", 3));
    Node.Scalar scalar = new Node.Scalar("hunter2", new Origin("tiercel.yaml", 3));

    assertThat(List.of(setting.toString(), scalar.toString()))
        .containsExactly("redis.password (tiercel.yaml line 3)", "Scalar[tiercel.yaml line 3]");
  }

  private static String failure(String name) {
    return ConfigFixture.failure(() -> ConfigLoader.load(URI.create("classpath:config/bad/"
        + name), BadFilesTest.class.getClassLoader(), null, new java.util.Properties(),
        Map.of()));
  }
}
