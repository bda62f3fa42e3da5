package io.tiercel.jcache.expiry;

import io.tiercel.jcache.store.Expiry;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.function.Supplier;
import javax.cache.expiry.AccessedExpiryPolicy;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.cache.expiry.EternalExpiryPolicy;
import javax.cache.expiry.ExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.cache.expiry.TouchedExpiryPolicy;

/**
 * An {@link Expiry} that asks a JCache {@link ExpiryPolicy} each time a store needs a duration.
 *
 * <ul>
 *   <li>{@code null} means "unchanged" (for a creation: eternal), as the spec says.</li>
 *   <li>A policy that throws is logged and treated as "unchanged", so a faulty policy never
 *       fails the cache operation that asked it.</li>
 *   <li>The JCache built-in policies (created, accessed, modified, touched) are constant, so
 *       remote stores may send all their answers with each operation.</li>
 * </ul>
 */
public final class PolicyExpiry implements Expiry {
  private static final Logger LOG = System.getLogger(PolicyExpiry.class.getName());

  /** The JCache policies whose answers never change and whose calls have no side effects. */
  private static final Set<Class<?>> CONSTANT_POLICIES = Set.of(CreatedExpiryPolicy.class,
      AccessedExpiryPolicy.class, ModifiedExpiryPolicy.class, TouchedExpiryPolicy.class);

  private final ExpiryPolicy policy;
  private final boolean constant;

  private PolicyExpiry(ExpiryPolicy policy) {
    this.policy = policy;
    this.constant = CONSTANT_POLICIES.contains(policy.getClass());
  }

  /** Returns the expiry a cache with {@code policy} applies. */
  public static Expiry of(ExpiryPolicy policy) {
    if (policy == null || policy.getClass() == EternalExpiryPolicy.class) {
      return Expiry.eternal();
    }
    return new PolicyExpiry(policy);
  }

  @Override
  public long forCreation() {
    long ttl = ask(policy::getExpiryForCreation, "creation");
    return ttl == UNCHANGED ? ETERNAL : ttl;
  }

  @Override
  public long forUpdate() {
    return ask(policy::getExpiryForUpdate, "update");
  }

  @Override
  public long forAccess() {
    return ask(policy::getExpiryForAccess, "access");
  }

  @Override
  public boolean isConstant() {
    return constant;
  }

  /** Returns the policy this expiry asks. */
  public ExpiryPolicy policy() {
    return policy;
  }

  private static long ask(Supplier<Duration> question, String what) {
    Duration duration;
    try {
      duration = question.get();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The expiry policy failed to give a duration for " + what
          + "; the entry keeps its current expiry", e);
      return UNCHANGED;
    }
    return toMillis(duration);
  }

  /** Returns the time to live of a JCache duration. */
  static long toMillis(Duration duration) {
    if (duration == null) {
      return UNCHANGED;
    }
    if (duration.isEternal()) {
      return ETERNAL;
    }
    if (duration.isZero()) {
      return 0L;
    }
    long millis = duration.getTimeUnit().toMillis(duration.getDurationAmount());
    return Math.max(1L, millis);
  }
}
