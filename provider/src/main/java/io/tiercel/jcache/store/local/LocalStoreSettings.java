package io.tiercel.jcache.store.local;

import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.Weigher;

/**
 * How a {@link LocalStore} is bounded and which clock it reads.
 *
 * @param maximumSize the most entries kept, or {@code -1} for no bound by count
 * @param maximumWeight the most total weight kept, or {@code -1} for no bound by weight
 * @param weigher the weight of one entry, used with {@code maximumWeight}
 * @param ticker the clock deadlines are measured on, in nanoseconds
 */
public record LocalStoreSettings(
    long maximumSize, long maximumWeight, Weigher<Object, Object> weigher, Ticker ticker) {

  public LocalStoreSettings {
    if (maximumSize >= 0 && maximumWeight >= 0) {
      throw new IllegalArgumentException(
          "Bound a local store by size or by weight, not both (maximumSize=" + maximumSize
              + ", maximumWeight=" + maximumWeight + ")");
    }
    if (maximumWeight >= 0 && weigher == null) {
      throw new IllegalArgumentException("maximumWeight=" + maximumWeight + " needs a weigher");
    }
    if (ticker == null) {
      throw new IllegalArgumentException("ticker must not be null");
    }
  }

  /** Returns settings for an unbounded store on the system clock. */
  public static LocalStoreSettings unbounded() {
    return new LocalStoreSettings(-1, -1, null, Ticker.systemTicker());
  }

  /** Returns these settings bounded to {@code entries} entries. */
  public LocalStoreSettings withMaximumSize(long entries) {
    return new LocalStoreSettings(entries, -1, null, ticker);
  }

  /** Returns these settings bounded to a total weight. */
  public LocalStoreSettings withMaximumWeight(long weight, Weigher<Object, Object> weigher) {
    return new LocalStoreSettings(-1, weight, weigher, ticker);
  }

  /** Returns these settings reading time from {@code clock}. */
  public LocalStoreSettings withTicker(Ticker clock) {
    return new LocalStoreSettings(maximumSize, maximumWeight, weigher, clock);
  }
}
