package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every key checked against the schema: unknown keys, shapes, and each kind of value. */
class ValidatorTest {
  private final Problems problems = new Problems();

  @Test
  void check_knownKeys_readsTypedValuesByDottedKey() {
    Values values = check("""
        mode: Tiered
        key-prefix: app
        coherence: none
        failure-mode: fail-fast
        create-unknown-caches: TRUE
        redis:
          host: cache
          port: 6380
          timeout: 500ms
        """);

    assertThat(problems.isEmpty()).isTrue();
    assertThat(values.get("mode").value()).isEqualTo(TierMode.TIERED);
    assertThat(values.get("key-prefix").value()).isEqualTo("app");
    assertThat(values.get("coherence").value()).isEqualTo(CoherenceMode.NONE);
    assertThat(values.get("failure-mode").value()).isEqualTo(FailureMode.FAIL_FAST);
    assertThat(values.get("create-unknown-caches").value()).isEqualTo(true);
    assertThat(values.get("redis.port").value()).isEqualTo(6380);
    assertThat(values.get("redis.timeout").value()).isEqualTo(Duration.ofMillis(500));
    assertThat(values.get("redis.port").path()).isEqualTo("redis.port");
    assertThat(values.get("redis.port").origin()).hasToString("tiercel.yaml line 8");
  }

  @Test
  void check_listKey_takesAListOrCommaSeparatedText() {
    Values list = check("class-filter:\n  allow:\n    - com.example.**\n    - org.acme.*\n");
    Values text = check("class-filter:\n  allow: com.example.**, org.acme.*\n");

    assertThat(list.get("class-filter.allow").value())
        .isEqualTo(List.of("com.example.**", "org.acme.*"));
    assertThat(text.get("class-filter.allow").value()).isEqualTo(list.get("class-filter.allow")
        .value());
  }

  @Test
  void check_emptyValue_leavesTheKeyUnset() {
    Values values = check("redis:\n  password: ''\n  user:\ncaches:\n  users:\n");

    assertThat(values.get("redis.password")).isNull();
    assertThat(values.get("redis.user")).isNull();
    assertThat(values.named("caches")).containsKey("users");
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void check_namedEntries_keepTheirOwnDottedKeys() {
    Values values = check("""
        caches:
          com.example.entities.*:
            preset: query
            expiry:
              duration: 10m
          sessions: session
        """);

    Values entities = values.named("caches").get("com.example.entities.*");
    assertThat(entities.get("expiry.duration").path())
        .isEqualTo("caches.com.example.entities.*.expiry.duration");
    assertThat(entities.origin().line()).isEqualTo(2);
    assertThat(values.named("caches").get("sessions").get("preset").value()).isEqualTo("session");
  }

  @Test
  void check_listenersAsClassNamesOrMappings_readsEachItem() {
    Values values = check("""
        caches:
          users:
            listeners:
              - io.tiercel.jcache.config.TestTypes$AuditListener
              - class: io.tiercel.jcache.config.TestTypes$AuditListener
                filter: io.tiercel.jcache.config.TestTypes$EveryEvent
                old-value: true
                synchronous: true
        """);

    @SuppressWarnings("unchecked")
    List<Values> listeners = (List<Values>) values.named("caches").get("users")
        .get("listeners").value();
    assertThat(listeners).hasSize(2);
    assertThat(listeners.get(0).get("class").value()).isEqualTo(TestTypes.AuditListener.class);
    assertThat(listeners.get(1).get("filter").value()).isEqualTo(TestTypes.EveryEvent.class);
    assertThat(listeners.get(1).get("synchronous").value()).isEqualTo(true);
  }

  @Test
  void check_unknownKey_namesItsPathWithAHintAndTheAllowedKeys() {
    check("caches:\n  users:\n    expiry:\n      duraton: 5m\n");

    assertThat(message()).isEqualTo("tiercel.yaml line 4: caches.users.expiry.duraton: unknown"
        + " key; did you mean 'duration'? Allowed: policy, duration");
  }

  @Test
  void check_unknownKeyFarFromAny_listsTheAllowedKeys() {
    check("ttl: 5m\n");

    assertThat(message()).isEqualTo("tiercel.yaml line 1: ttl: unknown key; allowed: mode,"
        + " key-prefix, coherence, failure-mode, create-unknown-caches, class-filter, redis,"
        + " presets, caches");
  }

  @Test
  void check_singleValueWhereAMappingBelongs_isAProblem() {
    check("redis: redis://cache:6379\n");

    assertThat(message()).startsWith("tiercel.yaml line 1: redis: expected a mapping of keys"
        + " (url, host, port,").endsWith("found a single value");
  }

  @Test
  void check_mappingOrListWhereASingleValueBelongs_isAProblem() {
    check("mode:\n  name: local\nkey-prefix: [a, b]\n");

    assertThat(message()).contains("tiercel.yaml line 2: mode: expected a single value, found a"
        + " mapping of keys", "tiercel.yaml line 3: key-prefix: expected a single value, found a"
        + " list");
  }

  @Test
  void check_badValueInAList_namesItsLine() {
    check("redis:\n  cluster:\n    nodes:\n      - a:7000\n      - b\n");

    assertThat(message()).isEqualTo("tiercel.yaml line 5: redis.cluster.nodes: 'b' is not"
        + " host:port (a port is required)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "mode: fast | mode: 'fast' is not allowed; allowed: local, redis, tiered",
      "mode: tierd | mode: 'tierd' is not allowed; did you mean 'tiered'? Allowed: local, redis,"
          + " tiered",
      "coherence: pubsub | coherence: 'pubsub' is not allowed; allowed: tracking, none",
      "create-unknown-caches: yes | create-unknown-caches: 'yes' is not allowed; allowed: true,"
          + " false",
      "key-prefix: 'app:v2' | key-prefix: 'app:v2' is not a key prefix",
      "redis: {port: 70000} | redis.port: '70000' is not a port (1-65535)",
      "redis: {database: -1} | redis.database: '-1' is not a database number (0 or more)",
      "redis: {pool-size: 0} | redis.pool-size: '0' is not a pool size (1-10000)",
      "redis: {timeout: 2} | redis.timeout: '2' has no unit; write a number and a unit: 500ms,"
          + " 2s, 5m, 1h, 1d (or 1h30m)",
      "redis: {host: 'a b'} | redis.host: 'a b' is not a host name or address",
      "redis: {url: 'http://cache'} | redis.url: 'http://cache' is not a usable Redis URI: A"
          + " Redis URI starts with redis:// or rediss://",
      "class-filter: {allow: 'com/example'} | class-filter.allow: 'com/example' is not a class name"
          + " pattern; write com.example.Type, com.example.* or com.example.**",
      "caches: {c: {expiry: {policy: idle}}} | caches.c.expiry.policy: 'idle' is not allowed;"
          + " allowed: created, accessed, modified, touched, eternal",
      "caches: {c: {near-cache: {max-bytes: 10TB}}} | caches.c.near-cache.max-bytes: '10TB' is"
          + " not a size",
      "caches: {c: {near-cache: {max-entries: many}}} | caches.c.near-cache.max-entries: 'many'"
          + " is not a number of entries (0 or more)",
      "caches: {c: {codec: xml}} | caches.c.codec: 'xml' is not allowed; allowed: auto, json,"
          + " java, string, bytes",
      "caches: {c: {value-type: com.example.Missing}} | caches.c.value-type:"
          + " 'com.example.Missing' is not a class the cache manager's class loader finds",
      "caches: {c: {loader: java.lang.String}} | caches.c.loader: 'java.lang.String' is not a"
          + " javax.cache.integration.CacheLoader",
      "caches: {c: {loader: io.tiercel.jcache.config.TestTypes$AbstractLoader}} | caches.c.loader:"
          + " 'io.tiercel.jcache.config.TestTypes$AbstractLoader' is abstract",
      "caches: {c: {loader: io.tiercel.jcache.config.TestTypes$NeedsArgument}} | caches.c.loader:"
          + " 'io.tiercel.jcache.config.TestTypes$NeedsArgument' has no public constructor"
          + " without parameters",
      "caches: {c: {listeners: [java.lang.String]}} | caches.c.listeners[0].class:"
          + " 'java.lang.String' is not a javax.cache.event.CacheEntryCreatedListener or a"
          + " javax.cache.event.CacheEntryUpdatedListener",
      "caches: {c: {near-cache: {weigher: java.lang.Object}}} | caches.c.near-cache.weigher:"
          + " 'java.lang.Object' is not a com.github.benmanes.caffeine.cache.Weigher"})
  void check_badValue_namesLineKeyValueAndWhatIsAllowed(String yaml, String expected) {
    check(yaml);

    assertThat(message()).startsWith("tiercel.yaml line 1: " + expected);
  }

  @Test
  void check_typeNames_takeJavaLangShortNamesAndArrays() {
    Values values = check("""
        caches:
          c:
            key-type: String
            value-type: byte[]
          d:
            key-type: java.util.UUID
            value-type: long[]
        """);

    Values c = values.named("caches").get("c");
    Values d = values.named("caches").get("d");
    assertThat(c.get("key-type").value()).isEqualTo(String.class);
    assertThat(c.get("value-type").value()).isEqualTo(byte[].class);
    assertThat(d.get("key-type").value()).isEqualTo(java.util.UUID.class);
    assertThat(d.get("value-type").value()).isEqualTo(long[].class);
  }

  @Test
  void check_password_isNeverShownInAProblem() {
    check("redis:\n  password: [hunter2]\n  url: redis://app:hunter2@cache:port/0\n");

    assertThat(message()).doesNotContain("hunter2").contains("redis.url: 'redis://****@cache");
  }

  private Values check(String yaml) {
    return new Validator(getClass().getClassLoader(), problems)
        .check(YamlReader.read("tiercel.yaml", yaml, problems));
  }

  private String message() {
    return catchThrowableOfType(ConfigurationException.class, problems::throwIfAny).getMessage();
  }
}
