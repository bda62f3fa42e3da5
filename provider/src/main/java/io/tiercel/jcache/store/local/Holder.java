package io.tiercel.jcache.store.local;

import io.tiercel.jcache.store.Expiry;

/**
 * A value with the ticker time at which it expires; each state of an entry is a new holder, so a
 * holder's identity is its version.
 */
final class Holder<V> {
  static final long NEVER = Long.MAX_VALUE;

  final V value;
  final long deadline;

  Holder(V value, long deadline) {
    this.value = value;
    this.deadline = deadline;
  }

  long remaining(long now) {
    return deadline == NEVER ? Long.MAX_VALUE : Math.max(0L, deadline - now);
  }

  /**
   * Returns the deadline a time to live sets, measured from {@code now}.
   *
   * @param ttlMillis a time to live or one of the {@link Expiry} constants, never zero
   * @param current the deadline kept for {@link Expiry#UNCHANGED}
   */
  static long deadline(long ttlMillis, long now, long current) {
    if (ttlMillis == Expiry.UNCHANGED) {
      return current;
    }
    if (ttlMillis == Expiry.ETERNAL || ttlMillis > Long.MAX_VALUE / 1_000_000L) {
      return NEVER;
    }
    long deadline = now + ttlMillis * 1_000_000L;
    return deadline == NEVER ? NEVER - 1 : deadline;
  }
}
