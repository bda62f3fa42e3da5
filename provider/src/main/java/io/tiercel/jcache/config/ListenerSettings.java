package io.tiercel.jcache.config;

import java.util.Objects;
import javax.cache.configuration.CacheEntryListenerConfiguration;
import javax.cache.configuration.MutableCacheEntryListenerConfiguration;

/**
 * One entry listener of a cache, as an item of its {@code listeners:} list says.
 *
 * @param listener the listener class, implementing one or more {@code CacheEntry*Listener}
 * @param filter the {@code CacheEntryEventFilter} class, or null for every event
 * @param oldValue whether events carry the old value
 * @param synchronous whether the writing call waits for the listener
 */
public record ListenerSettings(Class<?> listener, Class<?> filter, boolean oldValue,
    boolean synchronous) {

  public ListenerSettings {
    Objects.requireNonNull(listener, "listener");
  }

  /** Returns the JCache registration of this listener; {@code key} names it in messages. */
  <K, V> CacheEntryListenerConfiguration<K, V> toConfiguration(String key) {
    return new MutableCacheEntryListenerConfiguration<K, V>(InstanceFactory.of(listener, key),
        filter == null ? null : InstanceFactory.of(filter, key), oldValue, synchronous);
  }
}
