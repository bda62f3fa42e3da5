package io.tiercel.jcache.store.tiered;

/** What a near cache holds for a key: a read in flight, or a copy of the value. */
sealed interface Slot<K, V> {

  /**
   * A read from Redis in flight, which may install its copy only if this very slot (compared by
   * identity) is still in place and the coherence generation it began under is current.
   */
  final class Pending<K, V> implements Slot<K, V> {
    final long generation;

    Pending(long generation) {
      this.generation = generation;
    }
  }

  /**
   * A copy of a value read from Redis.
   *
   * @param key the cache key it was read for, to report its expiry
   * @param value the value
   * @param stamp the stamp of the write that stored it, for touches
   * @param deadline the ticker time after which the copy is not served
   * @param exact whether the deadline is the entry's own in Redis (not the near cache's cap)
   * @param size how many bytes the value takes in Redis, for a bound in bytes
   */
  record Copy<K, V>(K key, V value, byte[] stamp, long deadline, boolean exact, int size)
      implements Slot<K, V> {

    /** Returns whether the copy may still be served at ticker time {@code now}. */
    boolean isLive(long now) {
      return now < deadline;
    }
  }
}
