package io.tiercel.jcache.cache;

import static io.tiercel.jcache.cache.RecordingListener.created;
import static io.tiercel.jcache.cache.RecordingListener.updated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.tiercel.jcache.config.TiercelConfiguration;
import io.tiercel.jcache.management.CacheStatistics;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.integration.CacheLoader;
import javax.cache.integration.CompletionListenerFuture;
import javax.cache.integration.CacheLoaderException;
import javax.cache.integration.CacheWriterException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Read-through and write-through: what the loader and writer are asked, and what gets cached. */
class TiercelCacheIntegrationTest {
  private final CacheFixture fixture = new CacheFixture();
  private final CountingLoader loader = new CountingLoader();

  @AfterEach
  void closeFixture() {
    fixture.close();
  }

  @Test
  void get_missWithReadThrough_loadsOnceAndCaches() {
    Cache<String, String> cache = readThrough(true);

    assertThat(cache.get("k")).isEqualTo("loaded-k");
    assertThat(cache.get("k")).isEqualTo("loaded-k");

    assertThat(loader.requests).containsExactly(Set.of("k"));
    assertThat(cache.containsKey("k")).isTrue();
  }

  @Test
  void getAll_someCached_loadsOnlyTheMissingKeys() {
    Cache<String, String> cache = readThrough(true);
    cache.put("a", "cached-a");

    assertThat(cache.getAll(Set.of("a", "b", "c"))).containsExactlyInAnyOrderEntriesOf(
        Map.of("a", "cached-a", "b", "loaded-b", "c", "loaded-c"));

    assertThat(loader.requests).containsExactly(Set.of("b", "c"));
  }

  @Test
  void get_readThroughOff_doesNotLoad() {
    Cache<String, String> cache = readThrough(false);

    assertThat(cache.get("k")).isNull();
    assertThat(loader.requests).isEmpty();
  }

  @Test
  void get_loaderThrows_throwsCacheLoaderException() {
    Cache<String, String> cache = readThrough(true);
    loader.failing = true;

    assertThatExceptionOfType(CacheLoaderException.class)
        .isThrownBy(() -> cache.get("k"))
        .withRootCauseInstanceOf(IllegalStateException.class);
    assertThatExceptionOfType(CacheLoaderException.class)
        .isThrownBy(() -> cache.getAll(Set.of("a", "b")));
    assertThat(cache.containsKey("k")).isFalse();
  }

  @Test
  void loadAll_replacingExistingValues_publishesUpdatesButCountsNoPuts() throws Exception {
    RecordingListener<String, String> listener = new RecordingListener<>();
    TiercelConfiguration<String, String> configuration = fixture.configuration();
    configuration.setCacheLoaderFactory(CacheFixture.singleton(loader));
    configuration.addCacheEntryListenerConfiguration(listener.registration(true, true));
    Cache<String, String> cache = fixture.create(configuration);
    cache.put("a", "cached-a");
    CompletionListenerFuture done = new CompletionListenerFuture();

    cache.loadAll(Set.of("a", "b"), /* replaceExistingValues= */ true, done);
    done.get(10, TimeUnit.SECONDS);

    assertThat(cache.get("a")).isEqualTo("loaded-a");
    assertThat(cache.get("b")).isEqualTo("loaded-b");
    assertThat(listener.events()).first().isEqualTo(created("a", "cached-a"));
    assertThat(listener.events()).hasSize(3).contains(
        updated("a", "cached-a", "loaded-a"), created("b", "loaded-b"));
    CacheStatistics statistics = cache.unwrap(TiercelCache.class).statistics();
    assertThat(statistics.getCachePuts()).isEqualTo(1);
  }

  @Test
  void putAll_writerFailsPartway_storesWrittenEntriesOnly() {
    RecordingWriter<String, String> writer = new RecordingWriter<String, String>()
        .failingBatchesAfter(2);
    Cache<String, String> cache = writeThrough(writer);
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("a", "1");
    entries.put("b", "2");
    entries.put("c", "3");
    entries.put("d", "4");

    assertThatExceptionOfType(CacheWriterException.class).isThrownBy(() -> cache.putAll(entries));

    Map<String, String> cached = new HashMap<>();
    cache.forEach(entry -> cached.put(entry.getKey(), entry.getValue()));
    assertThat(cached).hasSize(2).isEqualTo(writer.written());
  }

  @Test
  void put_writerFails_leavesCacheUnchanged() {
    RecordingWriter<String, String> writer = new RecordingWriter<>();
    Cache<String, String> cache = writeThrough(writer);
    cache.put("k", "old");
    writer.failing();

    assertThatExceptionOfType(CacheWriterException.class).isThrownBy(() -> cache.put("k", "new"));
    assertThatExceptionOfType(CacheWriterException.class).isThrownBy(() -> cache.put("j", "new"));
    assertThatExceptionOfType(CacheWriterException.class)
        .isThrownBy(() -> cache.replace("k", "old", "new"));
    assertThatExceptionOfType(CacheWriterException.class)
        .isThrownBy(() -> cache.invoke("k", (entry, arguments) -> {
          entry.setValue("new");
          return null;
        }));

    assertThat(cache.get("k")).isEqualTo("old");
    assertThat(cache.containsKey("j")).isFalse();
  }

  @Test
  void remove_writerFails_leavesEntryInPlace() {
    RecordingWriter<String, String> writer = new RecordingWriter<>();
    Cache<String, String> cache = writeThrough(writer);
    cache.put("k", "v");
    writer.failing();

    assertThatExceptionOfType(CacheWriterException.class).isThrownBy(() -> cache.remove("k"));
    assertThatExceptionOfType(CacheWriterException.class)
        .isThrownBy(() -> cache.remove("k", "v"));
    assertThatExceptionOfType(CacheWriterException.class)
        .isThrownBy(() -> cache.removeAll(Set.of("k")));

    assertThat(cache.get("k")).isEqualTo("v");
  }

  @Test
  void put_withWriter_writesThroughBeforeCaching() {
    RecordingWriter<String, String> writer = new RecordingWriter<>();
    Cache<String, String> cache = writeThrough(writer);

    cache.put("a", "1");
    cache.putAll(Map.of("b", "2"));
    cache.remove("a");

    assertThat(writer.written()).isEqualTo(Map.of("b", "2"));
  }

  private Cache<String, String> readThrough(boolean enabled) {
    TiercelConfiguration<String, String> configuration = fixture.configuration();
    configuration.setReadThrough(enabled);
    configuration.setCacheLoaderFactory(CacheFixture.singleton(loader));
    return fixture.create(configuration);
  }

  private Cache<String, String> writeThrough(RecordingWriter<String, String> writer) {
    TiercelConfiguration<String, String> configuration = fixture.configuration();
    configuration.setWriteThrough(true);
    configuration.setCacheWriterFactory(CacheFixture.singleton(writer));
    return fixture.create(configuration);
  }

  /** Loads "loaded-" plus the key, remembering each request, or fails when told to. */
  private static final class CountingLoader implements CacheLoader<String, String> {
    final List<Set<String>> requests = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    @Override
    public String load(String key) {
      requests.add(Set.of(key));
      if (failing) {
        throw new IllegalStateException("The loader is down");
      }
      return "loaded-" + key;
    }

    @Override
    public Map<String, String> loadAll(Iterable<? extends String> keys) {
      Map<String, String> loaded = new HashMap<>();
      keys.forEach(key -> loaded.put(key, "loaded-" + key));
      requests.add(Set.copyOf(loaded.keySet()));
      if (failing) {
        throw new IllegalStateException("The loader is down");
      }
      return loaded;
    }
  }
}
