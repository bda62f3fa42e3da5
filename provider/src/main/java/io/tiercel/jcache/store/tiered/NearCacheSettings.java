package io.tiercel.jcache.store.tiered;

import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.Weigher;
import java.time.Duration;
import java.util.Objects;

/**
 * How a near cache is bounded: by entries or weight, and in time.
 *
 * @param maximumSize the most copies kept, or {@code -1} for no bound by count
 * @param maximumWeight the most total weight kept, or {@code -1} for no bound by weight
 * @param weigher the weight of one copy, used with {@code maximumWeight}; null weighs each copy
 *     by the bytes its value takes in Redis, so {@code maximumWeight} is a bound in bytes
 * @param timeCap the longest a copy is kept, however long the entry lives in Redis
 * @param ticker the clock copies' deadlines are measured on, in nanoseconds
 */
public record NearCacheSettings(long maximumSize, long maximumWeight,
    Weigher<Object, Object> weigher, Duration timeCap, Ticker ticker) {

  /** The bound by count when none is configured. */
  public static final long DEFAULT_MAXIMUM_SIZE = 10_000;
  /** The time cap when none is configured. */
  public static final Duration DEFAULT_TIME_CAP = Duration.ofMinutes(10);

  public NearCacheSettings {
    Objects.requireNonNull(timeCap, "timeCap");
    Objects.requireNonNull(ticker, "ticker");
    if (timeCap.isNegative() || timeCap.isZero()) {
      throw new IllegalArgumentException("The near cache's time cap must be positive, was "
          + timeCap);
    }
  }
}
