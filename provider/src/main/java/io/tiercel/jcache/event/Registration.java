package io.tiercel.jcache.event;

import io.tiercel.jcache.integration.Resources;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.Executor;
import javax.cache.configuration.CacheEntryListenerConfiguration;
import javax.cache.configuration.Factory;
import javax.cache.event.CacheEntryCreatedListener;
import javax.cache.event.CacheEntryEvent;
import javax.cache.event.CacheEntryEventFilter;
import javax.cache.event.CacheEntryExpiredListener;
import javax.cache.event.CacheEntryListener;
import javax.cache.event.CacheEntryListenerException;
import javax.cache.event.CacheEntryRemovedListener;
import javax.cache.event.CacheEntryUpdatedListener;
import javax.cache.event.EventType;

/**
 * One registered listener with its filter and delivery mode.
 *
 * <ul>
 *   <li>Synchronous listeners run on the caller's thread before the cache operation returns;
 *       their exceptions reach the caller as {@link CacheEntryListenerException}.</li>
 *   <li>Asynchronous listeners receive events in the order they were published, one at a time;
 *       their exceptions are logged.</li>
 * </ul>
 */
final class Registration<K, V> {
  private static final Logger LOG = System.getLogger(Registration.class.getName());

  private final CacheEntryListenerConfiguration<K, V> configuration;
  private final CacheEntryListener<? super K, ? super V> listener;
  private final CacheEntryEventFilter<? super K, ? super V> filter;
  private final SerialExecutor serial;

  Registration(CacheEntryListenerConfiguration<K, V> configuration, Executor executor) {
    this.configuration = configuration;
    this.listener = create(configuration);
    Factory<CacheEntryEventFilter<? super K, ? super V>> filterFactory =
        configuration.getCacheEntryEventFilterFactory();
    this.filter = filterFactory == null ? null : filterFactory.create();
    this.serial = new SerialExecutor(executor);
  }

  private static <K, V> CacheEntryListener<? super K, ? super V> create(
      CacheEntryListenerConfiguration<K, V> configuration) {
    var factory = configuration.getCacheEntryListenerFactory();
    if (factory == null) {
      throw new IllegalArgumentException("The cache entry listener configuration "
          + configuration + " has no listener factory");
    }
    return factory.create();
  }

  CacheEntryListenerConfiguration<K, V> configuration() {
    return configuration;
  }

  boolean isOldValueRequired() {
    return configuration.isOldValueRequired();
  }

  /** Returns whether the listener implements the interface for {@code type}. */
  boolean handles(EventType type) {
    return switch (type) {
      case CREATED -> listener instanceof CacheEntryCreatedListener;
      case UPDATED -> listener instanceof CacheEntryUpdatedListener;
      case REMOVED -> listener instanceof CacheEntryRemovedListener;
      case EXPIRED -> listener instanceof CacheEntryExpiredListener;
    };
  }

  boolean isSynchronous() {
    return configuration.isSynchronous();
  }

  /** Filters and delivers one event now; failures reach the caller wrapped. */
  void deliverNow(CacheEntryEvent<K, V> event) {
    try {
      if (accepts(event)) {
        send(event);
      }
    } catch (CacheEntryListenerException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new CacheEntryListenerException(
          "Cache entry listener " + listener.getClass().getName() + " failed on " + event, e);
    }
  }

  /** Queues one event behind the ones queued before it; failures are logged. */
  void deliverLater(CacheEntryEvent<K, V> event) {
    serial.execute(() -> {
      try {
        if (accepts(event)) {
          send(event);
        }
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Exception | Error e) {
        LOG.log(Level.WARNING, "Asynchronous cache entry listener "
            + listener.getClass().getName() + " failed on " + event, e);
      }
    });
  }

  private boolean accepts(CacheEntryEvent<K, V> event) {
    return filter == null || filter.evaluate(event);
  }

  @SuppressWarnings("unchecked")
  private void send(CacheEntryEvent<K, V> event) {
    List<CacheEntryEvent<? extends K, ? extends V>> events = List.of(event);
    Iterable<CacheEntryEvent<? extends K, ? extends V>> batch = events;
    switch (event.getEventType()) {
      case CREATED -> ((CacheEntryCreatedListener<K, V>) listener).onCreated(batch);
      case UPDATED -> ((CacheEntryUpdatedListener<K, V>) listener).onUpdated(batch);
      case REMOVED -> ((CacheEntryRemovedListener<K, V>) listener).onRemoved(batch);
      case EXPIRED -> ((CacheEntryExpiredListener<K, V>) listener).onExpired(batch);
      default -> throw new IllegalStateException("Unknown event type " + event.getEventType());
    }
  }

  /** Closes the listener and filter if they hold resources. */
  void close() {
    Resources.closeQuietly(listener);
    Resources.closeQuietly(filter);
  }
}
