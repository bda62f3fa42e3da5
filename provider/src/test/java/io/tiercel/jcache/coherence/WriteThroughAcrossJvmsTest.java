package io.tiercel.jcache.coherence;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.jcache.testing.Concurrently;
import io.tiercel.jcache.testing.RedisManagers;
import io.tiercel.jcache.testing.RedisServer;
import io.tiercel.jcache.testing.RedisServerExtension;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.Cache;
import javax.cache.configuration.FactoryBuilder;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.integration.CacheWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Write-through caches in two JVMs sharing one database and one Redis: the database hears each
 * key's writes in the order Redis stores them, and conditional writes are decided once.
 */
@ExtendWith(RedisServerExtension.class)
class WriteThroughAcrossJvmsTest {
  private static final int KEYS = 50;

  private final RedisManagers managers;
  private final String name = "write-through-" + UUID.randomUUID();

  WriteThroughAcrossJvmsTest(RedisServer server) {
    this.managers = new RedisManagers(server.url());
  }

  /** The database both JVMs write through to. */
  public static final class Database implements CacheWriter<String, String>, Serializable {
    static final Map<String, String> ROWS = new ConcurrentHashMap<>();
    static final AtomicInteger WRITES = new AtomicInteger();

    @Override
    public void write(Cache.Entry<? extends String, ? extends String> entry) {
      WRITES.incrementAndGet();
      ROWS.put(entry.getKey(), entry.getValue());
    }

    @Override
    public void writeAll(Collection<Cache.Entry<? extends String, ? extends String>> entries) {
      entries.forEach(this::write);
      entries.clear();
    }

    @Override
    public void delete(Object key) {
      ROWS.remove(key);
    }

    @Override
    public void deleteAll(Collection<?> keys) {
      keys.forEach(this::delete);
      keys.clear();
    }
  }

  @BeforeEach
  void emptyDatabase() {
    Database.ROWS.clear();
    Database.WRITES.set(0);
  }

  @AfterEach
  void close() {
    managers.close();
  }

  @Test
  void putIfAbsent_racingAcrossJvms_isDecidedOncePerKey() throws Exception {
    Cache<String, String> first = cache("tiered");
    Cache<String, String> second = cache("redis");
    AtomicInteger created = new AtomicInteger();

    Concurrently.run(4, thread -> {
      Cache<String, String> cache = thread % 2 == 0 ? first : second;
      for (int key = 0; key < KEYS; key++) {
        if (cache.putIfAbsent("k" + key, "t" + thread)) {
          created.incrementAndGet();
        }
      }
    });

    assertThat(created.get()).isEqualTo(KEYS);
    assertThat(Database.WRITES.get()).isEqualTo(KEYS);
    for (int key = 0; key < KEYS; key++) {
      assertThat(second.get("k" + key)).isEqualTo(Database.ROWS.get("k" + key));
    }
  }

  @Test
  void put_racingAcrossJvms_leavesCacheAndDatabaseAgreeing() throws Exception {
    Cache<String, String> first = cache("tiered");
    Cache<String, String> second = cache("redis");

    Concurrently.run(4, thread -> {
      Cache<String, String> cache = thread % 2 == 0 ? first : second;
      for (int round = 0; round < 20; round++) {
        for (int key = 0; key < 5; key++) {
          cache.put("k" + key, "t" + thread + "-" + round);
        }
      }
    });

    for (int key = 0; key < 5; key++) {
      assertThat(second.get("k" + key)).isEqualTo(Database.ROWS.get("k" + key));
    }
  }

  private Cache<String, String> cache(String mode) {
    return managers.manager(mode).createCache(name,
        new MutableConfiguration<String, String>().setTypes(String.class, String.class)
            .setWriteThrough(true)
            .setCacheWriterFactory(FactoryBuilder.factoryOf(Database.class)));
  }
}
