package io.tiercel.jcache.cache;

import java.io.Closeable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.cache.configuration.CacheEntryListenerConfiguration;
import javax.cache.configuration.Factory;
import javax.cache.configuration.MutableCacheEntryListenerConfiguration;
import javax.cache.event.CacheEntryCreatedListener;
import javax.cache.event.CacheEntryEvent;
import javax.cache.event.CacheEntryEventFilter;
import javax.cache.event.CacheEntryExpiredListener;
import javax.cache.event.CacheEntryRemovedListener;
import javax.cache.event.CacheEntryUpdatedListener;
import javax.cache.event.EventType;

/** A listener for every event type that remembers the events it receives, from any thread. */
final class RecordingListener<K, V> implements CacheEntryCreatedListener<K, V>,
    CacheEntryUpdatedListener<K, V>, CacheEntryRemovedListener<K, V>,
    CacheEntryExpiredListener<K, V>, Closeable {

  /** One event as the listener saw it. */
  record Event<K, V>(EventType type, K key, V value, V oldValue, boolean oldValueAvailable) {}

  private final List<Event<K, V>> events = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  static <K, V> Event<K, V> created(K key, V value) {
    return new Event<>(EventType.CREATED, key, value, null, false);
  }

  static <K, V> Event<K, V> updated(K key, V oldValue, V value) {
    return new Event<>(EventType.UPDATED, key, value, oldValue, true);
  }

  static <K, V> Event<K, V> updatedWithoutOldValue(K key, V value) {
    return new Event<>(EventType.UPDATED, key, value, null, false);
  }

  static <K, V> Event<K, V> removed(K key, V value) {
    return new Event<>(EventType.REMOVED, key, value, value, true);
  }

  static <K, V> Event<K, V> expired(K key, V value) {
    return new Event<>(EventType.EXPIRED, key, value, value, true);
  }

  /** Returns a registration of this listener, delivering on the caller's thread or not. */
  CacheEntryListenerConfiguration<K, V> registration(boolean oldValueRequired,
      boolean synchronous) {
    return registration(null, oldValueRequired, synchronous);
  }

  /** Returns a registration of this listener behind {@code filter} (null for none). */
  CacheEntryListenerConfiguration<K, V> registration(
      CacheEntryEventFilter<? super K, ? super V> filter, boolean oldValueRequired,
      boolean synchronous) {
    Factory<CacheEntryEventFilter<? super K, ? super V>> filterFactory =
        filter == null ? null : CacheFixture.singleton(filter);
    return new MutableCacheEntryListenerConfiguration<>(
        CacheFixture.singleton(this), filterFactory, oldValueRequired, synchronous);
  }

  /** Returns the events received so far, in the order they arrived. */
  List<Event<K, V>> events() {
    return List.copyOf(events);
  }

  /** Returns whether the cache closed this listener. */
  boolean isClosed() {
    return closed;
  }

  @Override
  public void onCreated(Iterable<CacheEntryEvent<? extends K, ? extends V>> batch) {
    record(batch);
  }

  @Override
  public void onUpdated(Iterable<CacheEntryEvent<? extends K, ? extends V>> batch) {
    record(batch);
  }

  @Override
  public void onRemoved(Iterable<CacheEntryEvent<? extends K, ? extends V>> batch) {
    record(batch);
  }

  @Override
  public void onExpired(Iterable<CacheEntryEvent<? extends K, ? extends V>> batch) {
    record(batch);
  }

  @Override
  public void close() {
    closed = true;
  }

  private void record(Iterable<CacheEntryEvent<? extends K, ? extends V>> batch) {
    for (CacheEntryEvent<? extends K, ? extends V> event : batch) {
      events.add(new Event<>(event.getEventType(), event.getKey(), event.getValue(),
          event.getOldValue(), event.isOldValueAvailable()));
    }
  }
}
