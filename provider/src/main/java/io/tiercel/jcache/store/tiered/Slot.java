package io.tiercel.jcache.store.tiered;

/** What a near cache holds for a key: a read in flight, or a copy of the value. */
sealed interface Slot<V> {

  /**
   * A read from Redis in flight, which may install its copy only if this very slot (compared by
   * identity) is still in place and the coherence generation it began under is current.
   */
  final class Pending<V> implements Slot<V> {
    final long generation;

    Pending(long generation) {
      this.generation = generation;
    }
  }

  /**
   * A copy of a value read from Redis.
   *
   * @param value the value
   * @param stamp the stamp of the write that stored it, for touches
   * @param deadline the ticker time after which the copy is not served
   * @param exact whether the deadline is the entry's own in Redis (not the near cache's cap)
   * @param size how many bytes the value takes in Redis, for a bound in bytes
   */
  record Copy<V>(V value, byte[] stamp, long deadline, boolean exact, int size)
      implements Slot<V> {

    /** Returns whether the copy may still be served at ticker time {@code now}. */
    boolean isLive(long now) {
      return now < deadline;
    }
  }
}
