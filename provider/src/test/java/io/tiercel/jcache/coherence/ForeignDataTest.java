package io.tiercel.jcache.coherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import io.tiercel.jcache.testing.RedisManagers;
import io.tiercel.jcache.testing.RedisServer;
import io.tiercel.jcache.testing.RedisServerExtension;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.cache.Cache;
import javax.cache.configuration.FactoryBuilder;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.integration.CacheLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Another program's data under a cache's prefix — hostile keys, other Redis types, values an
 * incompatible version wrote — is absent to every operation, never an exception, and never
 * stops invalidations.
 */
@ExtendWith(RedisServerExtension.class)
class ForeignDataTest {
  private final RedisServer server;
  private final RedisManagers managers;
  private final String name = "foreign-" + UUID.randomUUID();

  ForeignDataTest(RedisServer server) {
    this.server = server;
    this.managers = new RedisManagers(server.url());
  }

  @AfterEach
  void close() {
    managers.close();
  }

  @Test
  void hostileKeyName_doesNotDelayOtherInvalidations() throws Exception {
    Cache<Object, Object> reader = managers.manager("tiered").createCache(name,
        new MutableConfiguration<>());
    Cache<Object, Object> writer = managers.manager("redis").createCache(name,
        new MutableConfiguration<>());
    reader.put("k", "v1");
    RedisManagers.awaitNearHit(reader, "k");

    server.command("SET", "tiercel:" + name + ":~J" + base64(nestedSets(27)), "x");
    server.command("SET", "tiercel:" + name + ":~J" + base64(SERIALIZED_NULL), "x");
    writer.put("k", "v2");

    await().atMost(Duration.ofSeconds(2)).until(() -> "v2".equals(reader.get("k")));
    assertThatCode(() -> reader.iterator().forEachRemaining(entry -> { }))
        .doesNotThrowAnyException();
  }

  @Test
  void keyOfAnotherRedisType_readsAsAbsentAndIsReplacedByWrites() {
    Cache<String, String> cache = strings(managers.manager("tiered"));
    server.command("HSET", "tiercel:" + name + ":k", "field", "value");

    assertThat(cache.get("k")).isNull();
    assertThat(cache.containsKey("k")).isFalse();
    assertThat(cache.getAll(Set.of("k", "other"))).isEmpty();

    cache.put("k", "mine");
    assertThat(cache.get("k")).isEqualTo("mine");
  }

  @Test
  void foreignBytes_containsKeyAgreesWithGet() {
    Cache<String, String> cache = strings(managers.manager("redis"));
    server.command("SET", "tiercel:" + name + ":k", "not a Tiercel value");

    assertThat(cache.get("k")).isNull();
    assertThat(cache.containsKey("k")).isFalse();
  }

  /** Loads "loaded" for any key. */
  public static final class Loader implements CacheLoader<String, String> {
    @Override
    public String load(String key) {
      return "loaded";
    }

    @Override
    public Map<String, String> loadAll(Iterable<? extends String> keys) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void readThrough_overValueNoReaderCanUse_returnsAndStoresLoadedValue() {
    Cache<String, String> cache = managers.manager("redis").createCache(name,
        new MutableConfiguration<String, String>().setTypes(String.class, String.class)
            .setReadThrough(true).setCacheLoaderFactory(FactoryBuilder.factoryOf(Loader.class)));
    // A Tiercel header naming the Java codec, with a payload that is no serialized object.
    byte[] header = {(byte) 0xE7, 1, 4, 1, 2, 3, 4, 5, 6, 7, 8};
    setRaw("k", header, "garbage".getBytes());

    assertThat(cache.get("k")).isEqualTo("loaded");
    assertThat(cache.get("k")).isEqualTo("loaded");
  }

  private Cache<String, String> strings(javax.cache.CacheManager manager) {
    return manager.createCache(name,
        new MutableConfiguration<String, String>().setTypes(String.class, String.class));
  }

  private void setRaw(String key, byte[] header, byte[] payload) {
    try (var jedis = new redis.clients.jedis.Jedis(server.url())) {
      byte[] value = new byte[header.length + payload.length];
      System.arraycopy(header, 0, value, 0, header.length);
      System.arraycopy(payload, 0, value, header.length, payload.length);
      jedis.set(("tiercel:" + name + ":" + key).getBytes(), value);
    }
  }

  private static final byte[] SERIALIZED_NULL = {(byte) 0xAC, (byte) 0xED, 0, 5, 0x70};

  private static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Nested hash sets: deserializing them takes time doubling with each level. */
  private static byte[] nestedSets(int depth) throws Exception {
    Set<Object> root = new HashSet<>();
    Set<Object> s1 = root;
    Set<Object> s2 = new HashSet<>();
    for (int i = 0; i < depth; i++) {
      Set<Object> t1 = new HashSet<>();
      Set<Object> t2 = new HashSet<>();
      t1.add("foo");
      s1.add(t1);
      s1.add(t2);
      s2.add(t1);
      s2.add(t2);
      s1 = t1;
      s2 = t2;
    }
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(root);
    }
    return bytes.toByteArray();
  }
}
