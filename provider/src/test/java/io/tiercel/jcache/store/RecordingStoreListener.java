package io.tiercel.jcache.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link StoreListener} that remembers what it was told, from any thread. */
public final class RecordingStoreListener<K, V> implements StoreListener<K, V> {
  private final List<Map.Entry<K, V>> expired = new CopyOnWriteArrayList<>();
  private final List<Map.Entry<K, V>> evicted = new CopyOnWriteArrayList<>();

  @Override
  public void onExpired(K key, V value) {
    expired.add(Map.entry(key, value));
  }

  @Override
  public void onEvicted(K key, V value) {
    evicted.add(Map.entry(key, value));
  }

  /** Returns the entries reported as expired, in the order they were reported. */
  public List<Map.Entry<K, V>> expired() {
    return List.copyOf(expired);
  }

  /** Returns the entries reported as evicted, in the order they were reported. */
  public List<Map.Entry<K, V>> evicted() {
    return List.copyOf(evicted);
  }
}
