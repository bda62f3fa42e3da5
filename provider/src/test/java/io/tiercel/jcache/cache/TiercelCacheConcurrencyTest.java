package io.tiercel.jcache.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tiercel.jcache.config.TiercelConfiguration;
import io.tiercel.jcache.testing.Concurrently;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import javax.cache.Cache;
import javax.cache.expiry.AccessedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.cache.integration.CacheLoader;
import javax.cache.integration.CacheWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Threads racing on the same keys lose no update, with and without a cache writer, and the writer
 * hears each winning decision once and no losing one.
 */
class TiercelCacheConcurrencyTest {
  private static final int THREADS = 8;
  private static final int INCREMENTS = 1_000;

  private final CacheFixture fixture = new CacheFixture();
  private final ExecutorService other = Executors.newSingleThreadExecutor();

  @AfterEach
  void closeFixture() throws InterruptedException {
    other.shutdownNow();
    assertThat(other.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
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

  @ParameterizedTest(name = "{0}")
  @EnumSource(ConditionalUpdate.class)
  void conditionalUpdate_accessedPolicyAndGetDuringWriterCall_callsWriterOnce(
      ConditionalUpdate update) throws Exception {
    RecordingWriter<String, String> writer = new RecordingWriter<>();
    TiercelConfiguration<String, String> configuration = fixture.configuration();
    configuration.setExpiryPolicyFactory(AccessedExpiryPolicy.factoryOf(Duration.ONE_MINUTE));
    configuration.setWriteThrough(true);
    configuration.setCacheWriterFactory(CacheFixture.singleton(writer));
    Cache<String, String> cache = fixture.create(configuration);
    cache.put("k", "a");
    AtomicBoolean armed = new AtomicBoolean(true);
    AtomicReference<String> readDuringWrite = new AtomicReference<>();
    writer.beforeEachCall(key -> {
      if (armed.compareAndSet(true, false)) {
        // Reads take no key lock, so this get completes while the writer holds it.
        readDuringWrite.set(other.submit(() -> cache.get("k")).get(10, TimeUnit.SECONDS));
      }
    });
    int callsBefore = writer.calls();

    update.apply(cache, "k", "a", "b");

    assertThat(readDuringWrite).hasValue("a");
    assertThat(writer.calls() - callsBefore).isEqualTo(1);
    assertThat(writer.written()).containsExactly(Map.entry("k", "b"));
    assertThat(cache.get("k")).isEqualTo("b");
  }

  @Test
  void putIfAbsent_racingReadThroughLoad_loadWaitsForTheKeyAndIsDropped() throws Exception {
    GatedLoader loader = new GatedLoader();
    RecordingWriter<String, String> writer = new RecordingWriter<>();
    RecordingListener<String, String> listener = new RecordingListener<>();
    TiercelConfiguration<String, String> configuration = fixture.configuration();
    configuration.setReadThrough(true);
    configuration.setCacheLoaderFactory(CacheFixture.singleton(loader));
    configuration.setWriteThrough(true);
    configuration.setCacheWriterFactory(CacheFixture.singleton(writer));
    configuration.addCacheEntryListenerConfiguration(listener.registration(true, true));
    Cache<String, String> cache = fixture.create(configuration);
    Future<String> read = other.submit(() -> cache.get("k"));
    assertThat(loader.loading.await(10, TimeUnit.SECONDS)).isTrue();
    writer.beforeEachCall(key -> {
      // The writer holds the key's lock: let the load finish and wait until it wants the lock
      // (or, were loads not locked, until it has stored its value).
      loader.release.countDown();
      await().atMost(10, TimeUnit.SECONDS).until(
          () -> read.isDone() || isWaitingForALock(loader.thread.get()));
    });

    boolean stored = cache.putIfAbsent("k", "put");

    assertThat(stored).isTrue();
    assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo("put");
    assertThat(cache.get("k")).isEqualTo("put");
    assertThat(writer.written()).containsExactly(Map.entry("k", "put"));
    assertThat(writer.calls()).isEqualTo(1);
    assertThat(listener.events()).containsExactly(RecordingListener.created("k", "put"));
  }

  @Test
  void putIfAbsent_afterReadThroughLoad_returnsFalseWithoutCallingWriter() {
    GatedLoader loader = new GatedLoader();
    loader.release.countDown();
    RecordingWriter<String, String> writer = new RecordingWriter<>();
    TiercelConfiguration<String, String> configuration = fixture.configuration();
    configuration.setReadThrough(true);
    configuration.setCacheLoaderFactory(CacheFixture.singleton(loader));
    configuration.setWriteThrough(true);
    configuration.setCacheWriterFactory(CacheFixture.singleton(writer));
    Cache<String, String> cache = fixture.create(configuration);
    assertThat(cache.get("k")).isEqualTo("loaded");

    assertThat(cache.putIfAbsent("k", "put")).isFalse();

    assertThat(writer.calls()).isZero();
    assertThat(cache.get("k")).isEqualTo("loaded");
  }

  private Cache<Integer, Integer> cache(boolean withWriter) {
    TiercelConfiguration<Integer, Integer> configuration = fixture.configuration();
    if (withWriter) {
      configuration.setWriteThrough(true);
      configuration.setCacheWriterFactory(CacheFixture.singleton(new RecordingWriter<>()));
    }
    return fixture.create(configuration);
  }

  /** Returns whether {@code thread} is parked on a {@link ReentrantLock}. */
  private static boolean isWaitingForALock(Thread thread) {
    Object blocker = thread == null ? null : LockSupport.getBlocker(thread);
    return blocker != null && blocker.getClass().getName().startsWith(
        ReentrantLock.class.getName());
  }

  /** A loader of "loaded" that signals when it starts and waits to be released. */
  private static final class GatedLoader implements CacheLoader<String, String> {
    final CountDownLatch loading = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicReference<Thread> thread = new AtomicReference<>();

    @Override
    public String load(String key) {
      thread.set(Thread.currentThread());
      loading.countDown();
      try {
        if (!release.await(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("The loader was never released");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return "loaded";
    }

    @Override
    public Map<String, String> loadAll(Iterable<? extends String> keys) {
      Map<String, String> loaded = new HashMap<>();
      keys.forEach(key -> loaded.put(key, load(key)));
      return loaded;
    }
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
