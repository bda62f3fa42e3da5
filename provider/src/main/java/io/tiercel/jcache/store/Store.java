package io.tiercel.jcache.store;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The atomic primitives the JCache façade is built on; one implementation per place entries live.
 *
 * <p>The contract every store honours, checked by one conformance suite:
 * <ul>
 *   <li>Each single-key method is atomic: no other writer to the same key interleaves with it,
 *       in this JVM or, for shared stores, in any other.</li>
 *   <li>An entry past its deadline is absent for every method, even before it is dropped.</li>
 *   <li>{@link Expiry} is asked lazily and only for the branch taken: creation when an entry is
 *       created, update when a live entry's value is replaced, access when a live entry is read
 *       by a method that counts as an access. A time to live of zero leaves the entry absent.</li>
 *   <li>Values are stored and returned as given: copying for store-by-value is the façade's job.
 *       Keys are the façade's copies; stores that leave the JVM encode them losslessly.</li>
 *   <li>Stores never call back into the façade except through the {@link StoreListener} they
 *       were built with, which they call within the atomic step that dropped the entry.</li>
 * </ul>
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface Store<K, V> extends AutoCloseable {

  /** Returns the live value for {@code key}, or null, applying {@link Expiry#forAccess()}. */
  V get(K key, Expiry expiry);

  /** Returns the live values of the present keys, applying {@link Expiry#forAccess()} to each. */
  Map<K, V> getAll(Set<? extends K> keys, Expiry expiry);

  /** Returns whether a live entry exists, without touching its expiry. */
  boolean containsKey(K key);

  /**
   * Returns the current state of the entry for optimistic updates, without touching it. The
   * state is the stored value: a later write of another value (even an equal one) changes it,
   * an access that only moves the deadline does not.
   */
  Snapshot<V> snapshot(K key);

  /**
   * Applies {@code change} to the entry if it is still in the state {@code expected} describes.
   *
   * @param change {@link Change.Kind#CREATED} or {@link Change.Kind#UPDATED} to store
   *     {@code value}, {@link Change.Kind#REMOVED} to remove the entry, or
   *     {@link Change.Kind#UNCHANGED} to record an access of a live entry
   * @return what the commit did (a write with a zero time to live is
   *     {@link Change.Kind#DISCARDED}), or {@code null} if the entry was no longer in the expected
   *     state and nothing was applied
   */
  Change<V> commit(K key, Snapshot<V> expected, Change.Kind change, V value, Expiry expiry);

  /** Stores {@code value}, creating or updating the entry. */
  Change<V> put(K key, V value, Expiry expiry);

  /** Stores each value, as {@link #put} does, and returns each key's change. */
  Map<K, Change<V>> putAll(Map<? extends K, ? extends V> entries, Expiry expiry);

  /** Stores {@code value} only if no live entry exists; a present entry is not touched. */
  Change<V> putIfAbsent(K key, V value, Expiry expiry);

  /** Replaces the value of a live entry; an absent entry stays absent. */
  Change<V> replace(K key, V value, Expiry expiry);

  /**
   * Replaces the value of a live entry whose value equals {@code expected}; a live entry with
   * another value is accessed instead (its expiry follows {@link Expiry#forAccess()}).
   */
  Change<V> replace(K key, V expected, V value, Expiry expiry);

  /** Removes the live entry, if any, and returns what it held; no expiry is asked. */
  Change<V> remove(K key);

  /**
   * Removes a live entry whose value equals {@code expected}; a live entry with another value is
   * accessed instead (its expiry follows {@link Expiry#forAccess()}).
   */
  Change<V> remove(K key, V expected, Expiry expiry);

  /** Returns the keys of the live entries, weakly consistent with concurrent writes. */
  Iterator<K> keys();

  /**
   * Removes every entry without reporting removals; an entry already past its deadline may be
   * reported as expired, since it was.
   */
  void clear();

  /** Returns an estimate of the number of entries, for diagnostics. */
  long estimatedSize();

  /**
   * Runs {@code action} while no other JVM sharing this store runs an exclusive action on
   * {@code key}, and returns its result; a store kept in one JVM runs it at once. The façade
   * runs every write that calls a cache writer this way, so the writers of all JVMs hear a
   * key's writes in the order the store makes them.
   */
  default <T> T exclusively(K key, Supplier<T> action) {
    return action.get();
  }

  /** Runs {@code action} as {@link #exclusively} does, for every key of {@code keys} at once. */
  default <T> T exclusively(Collection<? extends K> keys, Supplier<T> action) {
    return action.get();
  }

  /** Returns what the store counts beyond JCache's statistics. */
  default TierStatistics tierStatistics() {
    return TierStatistics.NONE;
  }

  /** Releases the store's resources; the entries of a shared store remain. */
  @Override
  void close();
}
