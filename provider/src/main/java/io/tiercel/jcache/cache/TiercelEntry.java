package io.tiercel.jcache.cache;

import javax.cache.Cache;

/** An immutable key and value handed out by iteration. */
public final class TiercelEntry<K, V> implements Cache.Entry<K, V> {
  private final K key;
  private final V value;

  TiercelEntry(K key, V value) {
    this.key = key;
    this.value = value;
  }

  @Override
  public K getKey() {
    return key;
  }

  @Override
  public V getValue() {
    return value;
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new IllegalArgumentException("A cache entry cannot be unwrapped to " + type.getName());
  }

  @Override
  public String toString() {
    return key + "=" + value;
  }
}
