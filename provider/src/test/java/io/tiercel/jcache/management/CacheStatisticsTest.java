package io.tiercel.jcache.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CacheStatisticsTest {

  private CacheStatistics statistics;

  @BeforeEach
  void setUp() {
    statistics = new CacheStatistics();
    statistics.setEnabled(true);
  }

  @Test
  void newInstance_isDisabledAndZero() {
    CacheStatistics fresh = new CacheStatistics();

    assertThat(fresh.isEnabled()).isFalse();
    assertAllZero(fresh);
  }

  @Test
  void counters_recorded_areSummed() {
    statistics.recordHits(2);
    statistics.recordHits(1);
    statistics.recordMisses(4);
    statistics.recordPuts(5);
    statistics.recordRemovals(6);
    statistics.recordEvictions(7);

    assertThat(statistics.getCacheHits()).isEqualTo(3);
    assertThat(statistics.getCacheMisses()).isEqualTo(4);
    assertThat(statistics.getCacheGets()).isEqualTo(7);
    assertThat(statistics.getCachePuts()).isEqualTo(5);
    assertThat(statistics.getCacheRemovals()).isEqualTo(6);
    assertThat(statistics.getCacheEvictions()).isEqualTo(7);
  }

  @Test
  void counters_nonPositiveAmounts_areIgnored() {
    statistics.recordHits(0);
    statistics.recordMisses(-3);
    statistics.recordPuts(-1);
    statistics.recordGetTime(-5_000);

    assertAllZero(statistics);
  }

  @Test
  void percentages_noGets_areZero() {
    statistics.recordPuts(3);

    assertThat(statistics.getCacheHitPercentage()).isZero();
    assertThat(statistics.getCacheMissPercentage()).isZero();
  }

  @Test
  void percentages_halfHits_areFiftyEach() {
    statistics.recordHits(1);
    statistics.recordMisses(1);

    assertThat(statistics.getCacheHitPercentage()).isEqualTo(50f);
    assertThat(statistics.getCacheMissPercentage()).isEqualTo(50f);
  }

  @Test
  void percentages_twoHitsOneMiss_addUpToHundred() {
    statistics.recordHits(2);
    statistics.recordMisses(1);

    assertThat(statistics.getCacheHitPercentage()).isCloseTo(66.666f, within(0.01f));
    assertThat(statistics.getCacheMissPercentage()).isCloseTo(33.333f, within(0.01f));
    assertThat(statistics.getCacheHitPercentage() + statistics.getCacheMissPercentage())
        .isCloseTo(100f, within(0.001f));
  }

  @Test
  void percentages_onlyMisses_areZeroAndHundred() {
    statistics.recordMisses(3);

    assertThat(statistics.getCacheHitPercentage()).isZero();
    assertThat(statistics.getCacheMissPercentage()).isEqualTo(100f);
  }

  @Test
  void averageGetTime_noGets_isZero() {
    statistics.recordGetTime(10_000);

    assertThat(statistics.getAverageGetTime()).isZero();
  }

  @Test
  void averagePutTime_noPuts_isZero() {
    statistics.recordPutTime(10_000);

    assertThat(statistics.getAveragePutTime()).isZero();
  }

  @Test
  void averageRemoveTime_noRemovals_isZero() {
    statistics.recordRemoveTime(10_000);

    assertThat(statistics.getAverageRemoveTime()).isZero();
  }

  @Test
  void averageGetTime_hitsAndMisses_isMicrosPerGet() {
    statistics.recordHits(1);
    statistics.recordGetTime(3_000);
    statistics.recordMisses(1);
    statistics.recordGetTime(5_000);

    assertThat(statistics.getAverageGetTime()).isEqualTo(4f);
  }

  @Test
  void averagePutTime_twoPuts_isMicrosPerPut() {
    statistics.recordPuts(2);
    statistics.recordPutTime(1_000);
    statistics.recordPutTime(2_000);

    assertThat(statistics.getAveragePutTime()).isEqualTo(1.5f);
  }

  @Test
  void averageRemoveTime_subMicrosecond_keepsFraction() {
    statistics.recordRemovals(4);
    statistics.recordRemoveTime(1_000);

    assertThat(statistics.getAverageRemoveTime()).isEqualTo(0.25f);
  }

  @Test
  void record_disabled_countsNothing() {
    statistics.setEnabled(false);

    recordOneOfEach(statistics);

    assertAllZero(statistics);
  }

  @Test
  void setEnabled_false_keepsCountsSoFar() {
    statistics.recordHits(2);

    statistics.setEnabled(false);
    statistics.recordHits(5);

    assertThat(statistics.isEnabled()).isFalse();
    assertThat(statistics.getCacheHits()).isEqualTo(2);
  }

  @Test
  void clear_afterRecording_resetsEverything() {
    recordOneOfEach(statistics);

    statistics.clear();

    assertAllZero(statistics);
    assertThat(statistics.isEnabled()).isTrue();
  }

  @Test
  void clear_thenRecord_startsFromZero() {
    recordOneOfEach(statistics);
    statistics.clear();

    statistics.recordPuts(1);
    statistics.recordPutTime(2_000);

    assertThat(statistics.getCachePuts()).isEqualTo(1);
    assertThat(statistics.getAveragePutTime()).isEqualTo(2f);
    assertThat(statistics.getAverageGetTime()).isZero();
  }

  @Test
  void recordHits_concurrentThreads_losesNoCount() throws InterruptedException {
    int threads = 8;
    int perThread = 10_000;
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      for (int i = 0; i < threads; i++) {
        executor.execute(() -> {
          awaitQuietly(start);
          for (int j = 0; j < perThread; j++) {
            statistics.recordHits(1);
            statistics.recordGetTime(1_000);
          }
        });
      }
      start.countDown();
    } finally {
      executor.shutdown();
      assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(statistics.getCacheHits()).isEqualTo((long) threads * perThread);
    assertThat(statistics.getAverageGetTime()).isEqualTo(1f);
  }

  private static void recordOneOfEach(CacheStatistics target) {
    target.recordHits(1);
    target.recordMisses(1);
    target.recordPuts(1);
    target.recordRemovals(1);
    target.recordEvictions(1);
    target.recordGetTime(1_000);
    target.recordPutTime(1_000);
    target.recordRemoveTime(1_000);
  }

  private static void assertAllZero(CacheStatistics target) {
    assertThat(target.getCacheHits()).isZero();
    assertThat(target.getCacheMisses()).isZero();
    assertThat(target.getCacheGets()).isZero();
    assertThat(target.getCachePuts()).isZero();
    assertThat(target.getCacheRemovals()).isZero();
    assertThat(target.getCacheEvictions()).isZero();
    assertThat(target.getCacheHitPercentage()).isZero();
    assertThat(target.getCacheMissPercentage()).isZero();
    assertThat(target.getAverageGetTime()).isZero();
    assertThat(target.getAveragePutTime()).isZero();
    assertThat(target.getAverageRemoveTime()).isZero();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
