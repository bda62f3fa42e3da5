package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tiercel.jcache.cache.TiercelCache;
import io.tiercel.jcache.codec.ValueFormat;
import io.tiercel.jcache.testing.RedisManagers;
import io.tiercel.jcache.testing.RedisServer;
import io.tiercel.jcache.testing.RedisServerExtension;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

/**
 * Configured cache managers on a real Redis: databases and key prefixes isolate them, the file's
 * Redis keys and placeholders reach the connection, and per-cache codec, near-cache switch and
 * coherence mode change what happens in Redis.
 */
@ExtendWith(RedisServerExtension.class)
class ConfiguredRedisTest {
  private final RedisServer server;
  private final RedisManagers managers;
  @TempDir Path folder;

  ConfiguredRedisTest(RedisServer server) {
    this.server = server;
    this.managers = new RedisManagers(server.url());
  }

  @AfterEach
  void close() {
    managers.close();
  }

  @Test
  void managersOnDifferentDatabases_neverSeeEachOthersKeys() {
    // An API cache on database 0 and a queue cache on database 1, the same cache and key names.
    Cache<String, String> api = managers.manager(server.url(0), new Properties())
        .createCache("jobs", strings());
    Cache<String, String> queue = managers.manager(server.url(1), new Properties())
        .createCache("jobs", strings());

    api.put("next", "from database 0");
    queue.put("next", "from database 1");

    assertThat(api.get("next")).isEqualTo("from database 0");
    assertThat(queue.get("next")).isEqualTo("from database 1");
    assertThat(stored(0, "tiercel:jobs:next")).isEqualTo("from database 0");
    assertThat(stored(1, "tiercel:jobs:next")).isEqualTo("from database 1");
    queue.remove("next");
    assertThat(api.get("next")).isEqualTo("from database 0");
  }

  @Test
  void filesNamingDatabasesByTheirKeys_selectThem() throws IOException {
    CacheManager zero = managers.manager(file("zero.yaml", redisKeys(2) + """
        caches:
          jobs: {key-type: String, value-type: String}
        """), new Properties());
    CacheManager three = managers.manager(file("three.yaml", redisKeys(3) + """
        caches:
          jobs: {key-type: String, value-type: String}
        """), new Properties());

    zero.getCache("jobs", String.class, String.class).put("k", "two");
    three.getCache("jobs", String.class, String.class).put("k", "three");

    assertThat(stored(2, "tiercel:jobs:k")).isEqualTo("two");
    assertThat(stored(3, "tiercel:jobs:k")).isEqualTo("three");
  }

  @Test
  void keyPrefixes_isolateApplicationsSharingADatabase() {
    Cache<String, String> shop = managers.manager(server.url(), prefix("shop"))
        .createCache("users", strings());
    Cache<String, String> blog = managers.manager(server.url(), prefix("blog"))
        .createCache("users", strings());

    shop.put("ada", "customer");
    blog.put("ada", "author");

    assertThat(shop.get("ada")).isEqualTo("customer");
    assertThat(blog.get("ada")).isEqualTo("author");
    assertThat(stored(0, "shop:users:ada")).isEqualTo("customer");
    assertThat(stored(0, "blog:users:ada")).isEqualTo("author");
  }

  @Test
  void placeholdersInTheFile_nameTheRedis() throws IOException {
    System.setProperty("tiercel.test.redis.port", String.valueOf(server.port()));
    try {
      CacheManager manager = managers.manager(file("placeholders.yaml", """
          redis:
            host: ${TIERCEL_TEST_REDIS_HOST:127.0.0.1}
            port: ${tiercel.test.redis.port}
            database: ${TIERCEL_TEST_REDIS_DB:4}
          caches:
            greetings: {key-type: String, value-type: String}
          """), new Properties());

      manager.getCache("greetings", String.class, String.class).put("hello", "world");

      assertThat(stored(4, "tiercel:greetings:hello")).isEqualTo("world");
    } finally {
      System.clearProperty("tiercel.test.redis.port");
    }
  }

  @Test
  void jsonCodec_writesValuesAsJsonText() throws IOException {
    CacheManager manager = managers.manager(file("json.yaml", redisKeys(0) + """
        caches:
          points:
            key-type: String
            value-type: io.tiercel.jcache.config.TestTypes$Point
            codec: json
        """), new Properties());
    Cache<String, TestTypes.Point> points = manager.getCache("points", String.class,
        TestTypes.Point.class);

    points.put("origin", new TestTypes.Point(0, 0));

    assertThat(stored(0, "tiercel:points:origin")).isEqualTo("{\"x\":0,\"y\":0}");
    assertThat(points.get("origin")).isEqualTo(new TestTypes.Point(0, 0));
  }

  @Test
  void codecThatDoesNotFitTheCodesValueType_failsCreateCache() throws IOException {
    CacheManager manager = managers.manager(file("string.yaml", redisKeys(0) + """
        caches:
          names: {value-type: java.lang.String, codec: string}
        """), new Properties());

    assertThatThrownBy(() -> manager.createCache("names",
        new javax.cache.configuration.MutableConfiguration<String, Long>()
            .setTypes(String.class, Long.class)))
        .isInstanceOf(CacheException.class)
        .hasMessageContaining("caches.names")
        .hasMessageContaining("codec 'string' needs value-type java.lang.String")
        .hasMessageContaining("java.lang.Long");
  }

  @Test
  void nearCacheSwitchedOff_everyReadGoesToRedis() throws IOException {
    CacheManager manager = managers.manager(file("near.yaml", redisKeys(0) + """
        caches:
          counters:
            key-type: String
            value-type: String
            near-cache: {enabled: false}
          labels: {key-type: String, value-type: String}
        """), new Properties());
    Cache<String, String> counters = manager.getCache("counters", String.class, String.class);
    Cache<String, String> labels = manager.getCache("labels", String.class, String.class);
    counters.put("k", "1");
    labels.put("k", "1");

    RedisManagers.awaitNearHit(labels, "k");
    for (int i = 0; i < 5; i++) {
      assertThat(counters.get("k")).isEqualTo("1");
    }

    assertThat(counters.unwrap(TiercelCache.class).tierStatistics().nearHits()).isZero();
    server.command("SET", "tiercel:counters:k", "foreign");
    // Seen at once, with no invalidation to wait for: the foreign bytes are not a value.
    assertThat(counters.get("k")).isNull();
  }

  @Test
  void coherenceNone_keepsCopiesUntilTheirTimeCap_andOpensNoInvalidationConnection()
      throws IOException {
    String yaml = redisKeys(0) + """
        coherence: none
        caches:
          prices:
            key-type: String
            value-type: String
            near-cache: {time-cap: 5s}
        """;
    Cache<String, String> reader = managers.manager(file("none-a.yaml", yaml), new Properties())
        .getCache("prices", String.class, String.class);
    Cache<String, String> writer = managers.manager(file("none-b.yaml", yaml), new Properties())
        .getCache("prices", String.class, String.class);
    writer.put("tea", "3.10");
    assertThat(reader.get("tea")).isEqualTo("3.10");

    writer.put("tea", "3.20");

    // The copy is stale until its time cap: the documented cost of no invalidations.
    assertThat(reader.get("tea")).isEqualTo("3.10");
    await().atMost(Duration.ofSeconds(20)).until(() -> "3.20".equals(reader.get("tea")));
    assertThat(server.command("CLIENT", "LIST")).doesNotContain("cmd=subscribe")
        .doesNotContain("sub=1");
  }

  @Test
  void userAndPasswordFromTheFile_authenticate_andAWrongPasswordIsNamedButNeverShown()
      throws IOException {
    server.command("ACL", "SETUSER", "shop", "on", ">right-pw", "~*", "&*", "+@all");
    try {
      String caches = """
          mode: redis
          caches:
            users: {key-type: String, value-type: String}
          """;
      Cache<String, String> right = managers.manager(file("right.yaml", redisKeys(0)
          + "  user: shop\n  password: right-pw\n" + caches), new Properties())
          .getCache("users", String.class, String.class);
      Cache<String, String> wrong = managers.manager(file("wrong.yaml", redisKeys(0)
          + "  user: shop\n  password: wrong-pw\n" + caches), new Properties())
          .getCache("users", String.class, String.class);

      right.put("ada", "admin");

      assertThat(right.get("ada")).isEqualTo("admin");
      assertThatThrownBy(() -> wrong.get("ada"))
          .isInstanceOf(CacheException.class)
          .hasMessageContaining("password")
          .hasMessageNotContaining("wrong-pw");
      assertThat(wrong.getCacheManager().toString()).doesNotContain("wrong-pw");
    } finally {
      server.command("ACL", "DELUSER", "shop");
    }
  }

  @Test
  void classFilterFromTheFile_decidesWhichClassesAreReadFromRedis() throws IOException {
    String caches = """
        mode: redis
        caches:
          profiles: {key-type: String}
        """;
    Cache<String, Object> writer = managers.manager(file("writer.yaml", redisKeys(0) + caches),
        new Properties()).getCache("profiles", String.class, Object.class);
    Cache<String, Object> strict = managers.manager(file("strict.yaml", redisKeys(0) + """
        class-filter:
          allow: [com.example.**]
        """ + caches), new Properties()).getCache("profiles", String.class, Object.class);
    Cache<String, Object> allowing = managers.manager(file("allowing.yaml", redisKeys(0) + """
        class-filter:
          allow: [io.tiercel.jcache.config.**]
        """ + caches), new Properties()).getCache("profiles", String.class, Object.class);

    writer.put("ada", new TestTypes.Profile());

    assertThat(strict.get("ada")).isNull();
    assertThat(strict.unwrap(TiercelCache.class).tierStatistics().unreadableValues())
        .isEqualTo(1);
    assertThat(allowing.get("ada")).isInstanceOf(TestTypes.Profile.class);
  }

  @Test
  void clusterTopology_failsGetCacheManager_sayingWhatToWriteInstead() throws IOException {
    URI file = file("cluster.yaml", """
        redis:
          cluster:
            nodes: [127.0.0.1:7000, 127.0.0.1:7001]
        """);

    assertThatThrownBy(() -> managers.manager(file, new Properties()))
        .isInstanceOf(CacheException.class)
        .hasMessageContaining("Redis Cluster")
        .hasMessageContaining("redis.url or redis.host");
  }

  private String redisKeys(int database) {
    return "redis:\n  host: 127.0.0.1\n  port: " + server.port() + "\n  database: " + database
        + "\n";
  }

  private URI file(String name, String yaml) throws IOException {
    return Files.writeString(folder.resolve(name), yaml).toUri();
  }

  private static Properties prefix(String prefix) {
    Properties properties = new Properties();
    properties.setProperty("tiercel.key-prefix", prefix);
    return properties;
  }

  private static javax.cache.configuration.MutableConfiguration<String, String> strings() {
    return new javax.cache.configuration.MutableConfiguration<String, String>()
        .setTypes(String.class, String.class);
  }

  /** Returns the payload of the value stored at {@code key} in {@code database}, as text. */
  private String stored(int database, String key) {
    URI url = server.url();
    try (Jedis jedis = new Jedis(url.getHost(), url.getPort())) {
      jedis.select(database);
      byte[] value = jedis.get(key.getBytes(StandardCharsets.UTF_8));
      assertThat(value).as("%s in database %d", key, database).isNotNull();
      return new String(Arrays.copyOfRange(value, ValueFormat.HEADER_LENGTH, value.length),
          StandardCharsets.UTF_8);
    }
  }
}
