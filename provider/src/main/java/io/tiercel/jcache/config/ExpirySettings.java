package io.tiercel.jcache.config;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.cache.configuration.Factory;
import javax.cache.expiry.AccessedExpiryPolicy;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.EternalExpiryPolicy;
import javax.cache.expiry.ExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.cache.expiry.TouchedExpiryPolicy;

/**
 * A cache's expiry, as its {@code expiry:} keys say.
 *
 * @param policy which operations set an entry's deadline
 * @param duration how long after them; null for {@link Policy#ETERNAL}
 */
public record ExpirySettings(Policy policy, Duration duration) {

  /** The expiry of entries that never expire: JCache's default. */
  public static final ExpirySettings ETERNAL = new ExpirySettings(Policy.ETERNAL, null);

  /** Which operations set an entry's deadline, named as JCache's built-in policies. */
  public enum Policy {
    /** Creation only ({@code CreatedExpiryPolicy}): a time to live. */
    CREATED,
    /** Creation and every read ({@code AccessedExpiryPolicy}): a time to idle. */
    ACCESSED,
    /** Creation and every update ({@code ModifiedExpiryPolicy}). */
    MODIFIED,
    /** Creation, every read and every update ({@code TouchedExpiryPolicy}). */
    TOUCHED,
    /** None: entries never expire ({@code EternalExpiryPolicy}). */
    ETERNAL
  }

  public ExpirySettings {
    Objects.requireNonNull(policy, "policy");
    if (policy == Policy.ETERNAL) {
      duration = null;
    } else if (duration == null || duration.toMillis() < 1) {
      throw new IllegalArgumentException("The " + policy + " expiry needs a duration of at least"
          + " 1ms, was " + duration);
    }
  }

  /**
   * Returns the factory of JCache's built-in policy of this expiry, equal to any other factory
   * of the same policy and duration ({@code EternalExpiryPolicy.factoryOf()} for eternal).
   */
  public Factory<ExpiryPolicy> factory() {
    if (policy == Policy.ETERNAL) {
      return EternalExpiryPolicy.factoryOf();
    }
    var jcache = new javax.cache.expiry.Duration(TimeUnit.MILLISECONDS, duration.toMillis());
    return switch (policy) {
      case CREATED -> CreatedExpiryPolicy.factoryOf(jcache);
      case ACCESSED -> AccessedExpiryPolicy.factoryOf(jcache);
      case MODIFIED -> ModifiedExpiryPolicy.factoryOf(jcache);
      default -> TouchedExpiryPolicy.factoryOf(jcache);
    };
  }
}
