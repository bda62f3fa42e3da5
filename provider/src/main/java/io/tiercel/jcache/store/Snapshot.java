package io.tiercel.jcache.store;

/**
 * The state of one entry at a moment, used for optimistic read-modify-write.
 *
 * <p>A snapshot is handed back to {@link Store#commit} which applies a write only if the entry has
 * not changed since; the version is opaque and meaningful only to the store that produced it.
 *
 * @param value the live value, or {@code null} if the entry was absent
 * @param version the store's token for this state of the entry
 * @param <V> the value type
 */
public record Snapshot<V>(V value, Object version) {

  /** Returns whether the entry was present. */
  public boolean isPresent() {
    return value != null;
  }
}
