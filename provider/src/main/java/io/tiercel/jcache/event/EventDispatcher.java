package io.tiercel.jcache.event;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import javax.cache.Cache;
import javax.cache.configuration.CacheEntryListenerConfiguration;
import javax.cache.event.CacheEntryListenerException;
import javax.cache.event.EventType;

/**
 * Publishes a cache's entry events to its registered listeners.
 *
 * <ul>
 *   <li>An event reaches each listener that implements its type and whose filter accepts it.</li>
 *   <li>Updated events carry the old value only to listeners that asked for it; removed and
 *       expired events carry the value that left the cache as both value and old value.</li>
 *   <li>Publishing is cheap and never calls a listener: asynchronous deliveries are queued at
 *       once (so callers that publish under a key's lock fix the order of that key's events),
 *       synchronous ones wait on the publishing thread until {@link #deliverPending()}.</li>
 *   <li>If synchronous listeners fail, every listener still receives its events and the first
 *       failure is thrown by {@link #deliverPending()}.</li>
 * </ul>
 */
public final class EventDispatcher<K, V> {
  private final List<Registration<K, V>> registrations = new CopyOnWriteArrayList<>();
  private final ThreadLocal<List<Runnable>> pending = ThreadLocal.withInitial(ArrayList::new);
  private final Executor executor;

  /** Creates a dispatcher that runs asynchronous listeners on {@code executor}. */
  public EventDispatcher(Executor executor) {
    this.executor = executor;
  }

  /** Registers a listener; the same configuration may be registered once. */
  public void register(CacheEntryListenerConfiguration<K, V> configuration) {
    synchronized (registrations) {
      for (Registration<K, V> registration : registrations) {
        if (registration.configuration().equals(configuration)) {
          throw new IllegalArgumentException(
              "This cache entry listener configuration is already registered: " + configuration);
        }
      }
      registrations.add(new Registration<>(configuration, executor));
    }
  }

  /** Removes and closes a listener; does nothing if it is not registered. */
  public void deregister(CacheEntryListenerConfiguration<K, V> configuration) {
    synchronized (registrations) {
      for (Registration<K, V> registration : registrations) {
        if (registration.configuration().equals(configuration)) {
          registrations.remove(registration);
          registration.close();
          return;
        }
      }
    }
  }

  /** Returns whether any listener would receive events (so callers can skip building them). */
  public boolean hasListeners() {
    return !registrations.isEmpty();
  }

  /** Publishes the creation of an entry. */
  public void publishCreated(Cache<K, V> source, K key, V value) {
    publish(source, EventType.CREATED, key, value, null);
  }

  /** Publishes a change of an entry's value. */
  public void publishUpdated(Cache<K, V> source, K key, V oldValue, V value) {
    publish(source, EventType.UPDATED, key, value, oldValue);
  }

  /** Publishes the removal of an entry. */
  public void publishRemoved(Cache<K, V> source, K key, V oldValue) {
    publish(source, EventType.REMOVED, key, oldValue, oldValue);
  }

  /** Publishes the expiry of an entry. */
  public void publishExpired(Cache<K, V> source, K key, V oldValue) {
    publish(source, EventType.EXPIRED, key, oldValue, oldValue);
  }

  private void publish(Cache<K, V> source, EventType type, K key, V value, V oldValue) {
    for (Registration<K, V> registration : registrations) {
      if (!registration.handles(type)) {
        continue;
      }
      boolean withOld = oldValue != null
          && (type != EventType.UPDATED || registration.isOldValueRequired());
      var event = new TiercelEntryEvent<>(
          source, type, key, value, withOld ? oldValue : null, withOld);
      if (registration.isSynchronous()) {
        pending.get().add(() -> registration.deliverNow(event));
      } else {
        registration.deliverLater(event);
      }
    }
  }

  /**
   * Delivers the synchronous events this thread published, in order, and throws the first
   * listener failure after all were delivered.
   */
  public void deliverPending() {
    List<Runnable> deliveries = pending.get();
    if (deliveries.isEmpty()) {
      return;
    }
    List<Runnable> batch = new ArrayList<>(deliveries);
    deliveries.clear();
    CacheEntryListenerException failure = null;
    for (Runnable delivery : batch) {
      try {
        delivery.run();
      } catch (CacheEntryListenerException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Closes every listener and filter that holds resources; undelivered events are dropped. */
  public void close() {
    pending.remove();
    synchronized (registrations) {
      registrations.forEach(Registration::close);
      registrations.clear();
    }
  }
}
