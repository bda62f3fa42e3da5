package io.tiercel.jcache.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.jcache.config.TiercelConfiguration;
import io.tiercel.jcache.testing.Concurrently;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.integration.CacheWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Threads racing on the same keys lose no update, with and without a cache writer. */
class TiercelCacheConcurrencyTest {
  private static final int THREADS = 8;
  private static final int INCREMENTS = 1_000;

  private final CacheFixture fixture = new CacheFixture();

  @AfterEach
  void closeFixture() {
    fixture.close();
  }

  @ParameterizedTest(name = "withWriter={0}")
  @ValueSource(booleans = {false, true})
  void putIfAbsent_sameKeysFromManyThreads_exactlyOneWinsPerKey(boolean withWriter)
      throws Exception {
    Cache<Integer, Integer> cache = cache(withWriter);
    int keys = 200;
    List<List<Integer>> winners = new ArrayList<>();
    for (int key = 0; key < keys; key++) {
      winners.add(new CopyOnWriteArrayList<>());
    }

    Concurrently.run(THREADS, thread -> {
      for (int key = 0; key < keys; key++) {
        if (cache.putIfAbsent(key, thread)) {
          winners.get(key).add(thread);
        }
      }
    });

    for (int key = 0; key < keys; key++) {
      assertThat(winners.get(key)).as("winners of key %d", key).hasSize(1)
          .containsExactly(cache.get(key));
    }
  }

  @ParameterizedTest(name = "withWriter={0}")
  @ValueSource(booleans = {false, true})
  void replace_compareAndSetIncrements_loseNone(boolean withWriter) throws Exception {
    Cache<Integer, Integer> cache = cache(withWriter);
    cache.put(1, 0);

    Concurrently.run(THREADS, thread -> {
      for (int i = 0; i < INCREMENTS; i++) {
        Integer seen;
        do {
          seen = cache.get(1);
        } while (!cache.replace(1, seen, seen + 1));
      }
    });

    assertThat(cache.get(1)).isEqualTo(THREADS * INCREMENTS);
  }

  @ParameterizedTest(name = "withWriter={0}")
  @ValueSource(booleans = {false, true})
  void invoke_increments_loseNone(boolean withWriter) throws Exception {
    Cache<Integer, Integer> cache = cache(withWriter);

    Concurrently.run(THREADS, thread -> {
      for (int i = 0; i < INCREMENTS; i++) {
        cache.invoke(1, (entry, arguments) -> {
          entry.setValue(entry.exists() ? entry.getValue() + 1 : 1);
          return null;
        });
      }
    });

    assertThat(cache.get(1)).isEqualTo(THREADS * INCREMENTS);
  }

  @ParameterizedTest(name = "withWriter={0}")
  @ValueSource(booleans = {false, true})
  void invoke_incrementsOfManyKeys_eachReachesItsTotal(boolean withWriter) throws Exception {
    Cache<Integer, Integer> cache = cache(withWriter);
    int keys = 10;
    ConcurrentMap<Integer, Integer> expected = new ConcurrentHashMap<>();

    Concurrently.run(THREADS, thread -> {
      for (int i = 0; i < INCREMENTS; i++) {
        int key = (thread + i) % keys;
        cache.invoke(key, (entry, arguments) -> {
          entry.setValue(entry.exists() ? entry.getValue() + 1 : 1);
          return null;
        });
        expected.merge(key, 1, Integer::sum);
      }
    });

    for (Map.Entry<Integer, Integer> total : expected.entrySet()) {
      assertThat(cache.get(total.getKey())).as("key %d", total.getKey())
          .isEqualTo(total.getValue());
    }
  }

  @Test
  void putIfAbsent_racingWithWriter_writerHearsOnlyTheWinner() throws Exception {
    CountDownLatch firstWriting = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Map<String, String> written = new ConcurrentHashMap<>();
    CacheWriter<String, String> writer = new PausingWriter(written, entry -> {
      if (entry.getValue().equals("first")) {
        firstWriting.countDown();
        release.await(10, TimeUnit.SECONDS);
      }
    });
    TiercelConfiguration<String, String> configuration = fixture.configuration();
    configuration.setWriteThrough(true);
    configuration.setCacheWriterFactory(CacheFixture.singleton(writer));
    Cache<String, String> cache = fixture.create(configuration);

    CompletableFuture<Boolean> first =
        CompletableFuture.supplyAsync(() -> cache.putIfAbsent("k", "first"));
    assertThat(firstWriting.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Boolean> second =
        CompletableFuture.supplyAsync(() -> cache.putIfAbsent("k", "second"));
    Thread.sleep(50); // let the second call reach the key's lock while the first is writing
    release.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
    assertThat(cache.get("k")).isEqualTo("first");
    assertThat(written).containsExactly(Map.entry("k", "first"));
  }

  private Cache<Integer, Integer> cache(boolean withWriter) {
    TiercelConfiguration<Integer, Integer> configuration = fixture.configuration();
    if (withWriter) {
      configuration.setWriteThrough(true);
      configuration.setCacheWriterFactory(CacheFixture.singleton(new RecordingWriter<>()));
    }
    return fixture.create(configuration);
  }

  /** A writer that keeps entries in a map after running a hook that may pause it. */
  private record PausingWriter(Map<String, String> written, Hook beforeWrite)
      implements CacheWriter<String, String> {

    /** Runs before an entry is written. */
    interface Hook {
      void run(Cache.Entry<? extends String, ? extends String> entry) throws Exception;
    }

    @Override
    public void write(Cache.Entry<? extends String, ? extends String> entry) {
      try {
        beforeWrite.run(entry);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      written.put(entry.getKey(), entry.getValue());
    }

    @Override
    public void writeAll(Collection<Cache.Entry<? extends String, ? extends String>> entries) {
      entries.removeIf(entry -> {
        write(entry);
        return true;
      });
    }

    @Override
    public void delete(Object key) {
      written.remove(key);
    }

    @Override
    public void deleteAll(Collection<?> keys) {
      keys.forEach(written::remove);
      keys.clear();
    }
  }
}
