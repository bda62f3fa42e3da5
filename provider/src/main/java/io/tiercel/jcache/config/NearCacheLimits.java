package io.tiercel.jcache.config;

import com.github.benmanes.caffeine.cache.Weigher;
import java.time.Duration;
import java.util.Objects;

/**
 * How much a cache keeps in this JVM, as its {@code near-cache:} keys say: in tiered mode the
 * near cache's bounds, in local mode the whole cache's (there is no other tier).
 *
 * @param enabled whether a tiered cache keeps copies here at all; when not, every read goes to
 *     Redis
 * @param maxEntries the most entries kept, or {@code -1}
 * @param maxBytes the most bytes of values (as stored in Redis) kept, or {@code -1}; a near-cache
 *     bound only
 * @param maxWeight the most total weight kept, by {@code weigher}, or {@code -1}
 * @param weigher the class weighing entries for {@code maxWeight}, or null
 * @param timeCap the longest a near cache keeps a copy
 */
public record NearCacheLimits(boolean enabled, long maxEntries, long maxBytes, long maxWeight,
    Class<?> weigher, Duration timeCap) {

  public NearCacheLimits {
    Objects.requireNonNull(timeCap, "timeCap");
    if ((maxWeight >= 0) != (weigher != null)) {
      throw new IllegalArgumentException("maxWeight and weigher go together");
    }
    if (weigher != null && !Weigher.class.isAssignableFrom(weigher)) {
      throw new IllegalArgumentException(weigher.getName() + " is not a Weigher");
    }
  }

  /** Sets the bound and time cap on {@code configuration}; no bound leaves its default. */
  void applyTo(TiercelConfiguration<?, ?> configuration) {
    if (maxEntries >= 0) {
      configuration.setMaximumSize(maxEntries);
    } else if (maxBytes >= 0) {
      configuration.setNearCacheMaximumBytes(maxBytes);
    } else if (maxWeight >= 0) {
      configuration.setMaximumWeight(maxWeight, InstanceFactory.<Weigher<Object, Object>>of(
          weigher, "near-cache.weigher").create());
    }
    configuration.setNearCacheTimeCap(timeCap);
    configuration.setNearCacheEnabled(enabled);
  }
}
