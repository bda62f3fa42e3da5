package io.tiercel.jcache.store;

/**
 * What a store's write did to one entry, and the value the entry held before.
 *
 * @param kind what happened
 * @param previous the live value found before the operation, or {@code null} if there was none
 * @param <V> the value type
 */
public record Change<V>(Kind kind, V previous) {

  /** What happened to the entry. */
  public enum Kind {
    /** An absent entry was created. */
    CREATED,
    /** A live entry's value was replaced. */
    UPDATED,
    /** A live entry was removed. */
    REMOVED,
    /** Nothing was written: the entry was absent, or present but the condition did not hold. */
    UNCHANGED,
    /** A value was written with a zero time to live, so the entry is now absent. */
    DISCARDED
  }

  private static final Change<?> NONE = new Change<>(Kind.UNCHANGED, null);

  /** Returns the change of an operation that found no entry and wrote nothing. */
  @SuppressWarnings("unchecked")
  public static <V> Change<V> none() {
    return (Change<V>) NONE;
  }

  /** Returns whether the operation found a live entry. */
  public boolean wasPresent() {
    return previous != null;
  }

  /** Returns whether the operation wrote or removed anything. */
  public boolean isWrite() {
    return kind != Kind.UNCHANGED;
  }
}
