package io.tiercel.jcache.store;

/**
 * Told by a store when entries leave it on their own, so the façade can publish events.
 *
 * <p>Calls arrive after the store's atomic step, never while it holds a lock, and may arrive on
 * any thread.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public interface StoreListener<K, V> {

  /** The entry for {@code key} reached its deadline and was dropped. */
  void onExpired(K key, V value);

  /** The entry for {@code key} was evicted to respect the store's size bound. */
  void onEvicted(K key, V value);

  /** Returns a listener that ignores everything. */
  static <K, V> StoreListener<K, V> disabled() {
    return new StoreListener<>() {
      @Override
      public void onExpired(K key, V value) {}

      @Override
      public void onEvicted(K key, V value) {}
    };
  }
}
