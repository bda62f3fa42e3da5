package io.tiercel.jcache.cache;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import javax.cache.Cache;

/** An immutable key and value, as iteration and cache writers see them. */
public final class TiercelEntry<K, V> implements Cache.Entry<K, V> {
  private final K key;
  private final V value;

  TiercelEntry(K key, V value) {
    this.key = key;
    this.value = value;
  }

  /** Returns the entries of {@code map} in a collection a cache writer may remove from. */
  static <K, V> Collection<Cache.Entry<? extends K, ? extends V>> listOf(
      Map<? extends K, ? extends V> map) {
    Collection<Cache.Entry<? extends K, ? extends V>> entries = new ArrayList<>(map.size());
    map.forEach((key, value) -> entries.add(new TiercelEntry<>(key, value)));
    return entries;
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
