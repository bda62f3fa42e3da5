package io.tiercel.jcache.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.jcache.config.TiercelConfiguration;
import io.tiercel.jcache.management.CacheStatistics;
import java.util.Iterator;
import java.util.Set;
import javax.cache.Cache;
import javax.cache.configuration.CompleteConfiguration;
import javax.cache.configuration.MutableConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The statistics a few operations leave behind, read through {@link TiercelCache}. */
class TiercelCacheStatisticsTest {
  private final CacheFixture fixture = new CacheFixture();

  @AfterEach
  void closeFixture() {
    fixture.close();
  }

  @Test
  void mixedOperations_countHitsMissesPutsAndRemovals() {
    Cache<String, String> cache = fixture.create();

    cache.put("a", "1");
    cache.put("a", "2");
    cache.get("a");
    cache.get("missing");
    cache.getAll(Set.of("a", "missing"));
    cache.remove("a");
    cache.remove("missing");

    CacheStatistics statistics = statistics(cache);
    assertThat(statistics.getCachePuts()).isEqualTo(2);
    assertThat(statistics.getCacheHits()).isEqualTo(2);
    assertThat(statistics.getCacheMisses()).isEqualTo(2);
    assertThat(statistics.getCacheRemovals()).isEqualTo(1);
    assertThat(statistics.getCacheEvictions()).isZero();
  }

  @Test
  void conditionalWrites_countLookupsAndOnlyWritesThatHappened() {
    Cache<String, String> cache = fixture.create();

    cache.putIfAbsent("k", "1");
    cache.putIfAbsent("k", "2");
    cache.replace("k", "wrong", "3");
    cache.replace("k", "1", "3");
    cache.remove("k", "wrong");

    CacheStatistics statistics = statistics(cache);
    assertThat(statistics.getCachePuts()).isEqualTo(2);
    assertThat(statistics.getCacheRemovals()).isZero();
    assertThat(statistics.getCacheHits()).isEqualTo(4);
    assertThat(statistics.getCacheMisses()).isEqualTo(1);
  }

  @ParameterizedTest(name = "withWriter={0}")
  @ValueSource(booleans = {false, true})
  void conditionalWrites_wrongOldValue_countHitsAndNoWrites(boolean withWriter) {
    RecordingWriter<String, String> writer = new RecordingWriter<>();
    TiercelConfiguration<String, String> configuration = fixture.configuration();
    if (withWriter) {
      configuration.setWriteThrough(true);
      configuration.setCacheWriterFactory(CacheFixture.singleton(writer));
    }
    Cache<String, String> cache = fixture.create(configuration);
    cache.put("k", "v");

    assertThat(cache.replace("k", "wrong", "new")).isFalse();
    assertThat(cache.remove("k", "wrong")).isFalse();
    assertThat(cache.replace("absent", "wrong", "new")).isFalse();
    assertThat(cache.remove("absent", "wrong")).isFalse();

    CacheStatistics statistics = statistics(cache);
    assertThat(statistics.getCacheHits()).isEqualTo(2);
    assertThat(statistics.getCacheMisses()).isEqualTo(2);
    assertThat(statistics.getCachePuts()).isEqualTo(1);
    assertThat(statistics.getCacheRemovals()).isZero();
    assertThat(writer.calls()).isEqualTo(withWriter ? 1 : 0);
  }

  @Test
  void iterator_hasNextAlone_countsNoHit() {
    Cache<String, String> cache = fixture.create();
    cache.put("k", "v");

    Iterator<Cache.Entry<String, String>> iterator = cache.iterator();
    assertThat(iterator.hasNext()).isTrue();
    assertThat(iterator.hasNext()).isTrue();

    assertThat(statistics(cache).getCacheHits()).isZero();
    assertThat(statistics(cache).getCacheMisses()).isZero();
  }

  @Test
  void iterator_next_countsOneHitPerEntry() {
    Cache<String, String> cache = fixture.create();
    cache.put("a", "1");
    cache.put("b", "2");
    cache.put("c", "3");

    Iterator<Cache.Entry<String, String>> iterator = cache.iterator();
    int entries = 0;
    while (iterator.hasNext() && iterator.hasNext()) {
      iterator.next();
      entries++;
    }

    assertThat(entries).isEqualTo(3);
    assertThat(statistics(cache).getCacheHits()).isEqualTo(3);
    assertThat(statistics(cache).getCacheMisses()).isZero();
  }

  @Test
  @SuppressWarnings("unchecked") // getConfiguration of a raw configuration class
  void getConfigurationCopy_statisticsEnabledOnIt_cacheKeepsThemOff() {
    TiercelConfiguration<String, String> configuration = fixture.configuration();
    configuration.setStatisticsEnabled(false);
    Cache<String, String> cache = fixture.create(configuration);

    cache.getConfiguration(MutableConfiguration.class).setStatisticsEnabled(true);
    cache.put("k", "v");
    cache.get("k");

    assertThat(cache.getConfiguration(CompleteConfiguration.class).isStatisticsEnabled())
        .isFalse();
    assertThat(statistics(cache).getCachePuts()).isZero();
    assertThat(statistics(cache).getCacheHits()).isZero();
  }

  @Test
  void maximumSize_overflow_countsEvictions() {
    TiercelConfiguration<Integer, Integer> configuration = fixture.configuration();
    configuration.setMaximumSize(10);
    Cache<Integer, Integer> cache = fixture.create(configuration);

    for (int i = 0; i < 50; i++) {
      cache.put(i, i);
    }

    assertThat(statistics(cache).getCacheEvictions()).isEqualTo(40);
    assertThat(statistics(cache).getCacheRemovals()).isZero();
  }

  @Test
  void statisticsDisabled_operations_countNothing() {
    TiercelConfiguration<String, String> configuration = fixture.configuration();
    configuration.setStatisticsEnabled(false);
    Cache<String, String> cache = fixture.create(configuration);

    cache.put("k", "v");
    cache.get("k");
    cache.remove("k");

    CacheStatistics statistics = statistics(cache);
    assertThat(statistics.getCachePuts()).isZero();
    assertThat(statistics.getCacheGets()).isZero();
    assertThat(statistics.getCacheRemovals()).isZero();
  }

  private static CacheStatistics statistics(Cache<?, ?> cache) {
    return cache.unwrap(TiercelCache.class).statistics();
  }
}
