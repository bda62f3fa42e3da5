package io.tiercel.jcache.management;

import java.util.concurrent.atomic.LongAdder;
import javax.cache.management.CacheStatisticsMXBean;

/**
 * Thread-safe JCache statistics for one cache, fed by the cache façade and read through JMX.
 *
 * <ul>
 *   <li>Recording is lock-free ({@link LongAdder}) and costs one volatile read while disabled, so
 *       the façade may call the {@code record*} methods unconditionally.
 *   <li>Amounts and durations that are zero or negative are ignored, so no reading is negative.
 *   <li>A new instance is disabled, matching the JCache default of statistics off.
 *   <li>Disabling keeps the counts; only {@link #clear()} resets them.
 *   <li>Each getter reads its counters without a global snapshot, so a reading taken during
 *       concurrent recording or {@link #clear()} may mix values from just before and just after.
 * </ul>
 */
public final class CacheStatistics implements CacheStatisticsMXBean {

  private static final double NANOS_PER_MICRO = 1_000.0;

  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();
  private final LongAdder puts = new LongAdder();
  private final LongAdder removals = new LongAdder();
  private final LongAdder evictions = new LongAdder();
  private final LongAdder getTimeNanos = new LongAdder();
  private final LongAdder putTimeNanos = new LongAdder();
  private final LongAdder removeTimeNanos = new LongAdder();

  private volatile boolean enabled;

  /** Returns whether the {@code record*} methods currently count anything. */
  public boolean isEnabled() {
    return enabled;
  }

  /** Turns recording on or off without touching the counts gathered so far. */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** Counts lookups that found a value. */
  public void recordHits(long count) {
    add(hits, count);
  }

  /** Counts lookups that found no value, whether or not a loader then supplied one. */
  public void recordMisses(long count) {
    add(misses, count);
  }

  /** Counts values stored, whether inserted or replaced. */
  public void recordPuts(long count) {
    add(puts, count);
  }

  /** Counts entries removed on request, not by eviction or expiry. */
  public void recordRemovals(long count) {
    add(removals, count);
  }

  /** Counts entries the cache removed by itself to stay within its size bound. */
  public void recordEvictions(long count) {
    add(evictions, count);
  }

  /** Adds the {@code System.nanoTime()} delta of one get-type operation call. */
  public void recordGetTime(long nanos) {
    add(getTimeNanos, nanos);
  }

  /** Adds the {@code System.nanoTime()} delta of one put-type operation call. */
  public void recordPutTime(long nanos) {
    add(putTimeNanos, nanos);
  }

  /** Adds the {@code System.nanoTime()} delta of one remove-type operation call. */
  public void recordRemoveTime(long nanos) {
    add(removeTimeNanos, nanos);
  }

  @Override
  public void clear() {
    hits.reset();
    misses.reset();
    puts.reset();
    removals.reset();
    evictions.reset();
    getTimeNanos.reset();
    putTimeNanos.reset();
    removeTimeNanos.reset();
  }

  @Override
  public long getCacheHits() {
    return hits.sum();
  }

  @Override
  public float getCacheHitPercentage() {
    long hitCount = hits.sum();
    return percentage(hitCount, hitCount + misses.sum());
  }

  @Override
  public long getCacheMisses() {
    return misses.sum();
  }

  @Override
  public float getCacheMissPercentage() {
    long missCount = misses.sum();
    return percentage(missCount, hits.sum() + missCount);
  }

  @Override
  public long getCacheGets() {
    return hits.sum() + misses.sum();
  }

  @Override
  public long getCachePuts() {
    return puts.sum();
  }

  @Override
  public long getCacheRemovals() {
    return removals.sum();
  }

  @Override
  public long getCacheEvictions() {
    return evictions.sum();
  }

  @Override
  public float getAverageGetTime() {
    return averageMicros(getTimeNanos.sum(), getCacheGets());
  }

  @Override
  public float getAveragePutTime() {
    return averageMicros(putTimeNanos.sum(), puts.sum());
  }

  @Override
  public float getAverageRemoveTime() {
    return averageMicros(removeTimeNanos.sum(), removals.sum());
  }

  private void add(LongAdder adder, long amount) {
    if (enabled && (amount > 0)) {
      adder.add(amount);
    }
  }

  private static float percentage(long part, long whole) {
    return (whole == 0) ? 0f : (float) (part * 100.0 / whole);
  }

  private static float averageMicros(long totalNanos, long count) {
    return (count == 0) ? 0f : (float) (totalNanos / NANOS_PER_MICRO / count);
  }
}
