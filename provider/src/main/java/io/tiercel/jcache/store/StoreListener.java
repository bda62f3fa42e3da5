package io.tiercel.jcache.store;

/**
 * Told by a store when entries leave it on their own, so the façade can publish events.
 *
 * <p>Calls arrive within the store's atomic step for the entry, so they are ordered with every
 * other change to that key; a listener must therefore only record or queue what it hears, never
 * call back into the store. They may arrive on any thread that uses the store.
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
