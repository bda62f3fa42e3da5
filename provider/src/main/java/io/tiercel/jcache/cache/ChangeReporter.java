package io.tiercel.jcache.cache;

import io.tiercel.jcache.codec.Copier;
import io.tiercel.jcache.event.EventDispatcher;
import io.tiercel.jcache.management.CacheStatistics;
import io.tiercel.jcache.store.Change;
import io.tiercel.jcache.store.StoreListener;
import java.util.function.Supplier;
import javax.cache.Cache;
import javax.cache.event.CacheEntryListenerException;

/**
 * Turns what a store did into the events and statistics JCache asks for, in one place.
 *
 * <ul>
 *   <li>Created and updated entries count as puts, removed ones as removals; loaded values are
 *       published but are not puts; expiry is published but is neither a removal nor an
 *       eviction.</li>
 *   <li>A value written with a zero time to live over a live entry expires that entry.</li>
 *   <li>Listeners get copies, so they cannot change what the cache holds.</li>
 *   <li>Events are published where the change is reported (under the key's lock, so in order);
 *       synchronous listeners run when the cache operation finishes
 *       ({@link #deliverAfter}).</li>
 * </ul>
 */
final class ChangeReporter<K, V> implements StoreListener<K, V> {
  private final Cache<K, V> source;
  private final EventDispatcher<K, V> events;
  private final CacheStatistics statistics;
  private final Copier copier;

  ChangeReporter(Cache<K, V> source, EventDispatcher<K, V> events, CacheStatistics statistics,
      Copier copier) {
    this.source = source;
    this.events = events;
    this.statistics = statistics;
    this.copier = copier;
  }

  /**
   * Reports a write of {@code value} to {@code key} that the store answered as {@code change};
   * with {@code countLookup} it also counts a hit or a miss.
   */
  void written(K key, V value, Change<V> change, boolean countLookup) {
    if (countLookup) {
      lookedUp(change.wasPresent());
    }
    switch (change.kind()) {
      case CREATED -> {
        statistics.recordPuts(1);
        publishCreated(key, value);
      }
      case UPDATED -> {
        statistics.recordPuts(1);
        publishUpdated(key, change.previous(), value);
      }
      case REMOVED -> {
        statistics.recordRemovals(1);
        if (events.hasListeners()) {
          events.publishRemoved(source, key, copier.copy(change.previous()));
        }
      }
      case DISCARDED -> {
        if (change.wasPresent()) {
          onExpired(key, change.previous());
        }
      }
      default -> { }
    }
  }

  /** Reports a value the loader supplied and the store answered as {@code change}. */
  void loaded(K key, V value, Change<V> change) {
    switch (change.kind()) {
      case CREATED -> publishCreated(key, value);
      case UPDATED -> publishUpdated(key, change.previous(), value);
      default -> { }
    }
  }

  /** Counts a lookup as a hit or a miss. */
  void lookedUp(boolean hit) {
    lookedUp(hit ? 1 : 0, hit ? 0 : 1);
  }

  /** Counts a batch of lookups. */
  void lookedUp(int hits, int misses) {
    statistics.recordHits(hits);
    statistics.recordMisses(misses);
  }

  /** Reports an entry that reached its deadline. */
  @Override
  public void onExpired(K key, V previous) {
    if (events.hasListeners()) {
      events.publishExpired(source, key, copier.copy(previous));
    }
  }

  /** Reports an entry evicted by the size bound. */
  @Override
  public void onEvicted(K key, V value) {
    statistics.recordEvictions(1);
  }

  /**
   * Runs one cache operation, then delivers the synchronous events it published; a listener
   * failure is thrown after the operation completed, or added to the operation's own failure.
   */
  <T> T deliverAfter(Supplier<T> operation) {
    T result;
    try {
      result = operation.get();
    } catch (RuntimeException e) {
      try {
        events.deliverPending();
      } catch (CacheEntryListenerException listenerFailure) {
        e.addSuppressed(listenerFailure);
      }
      throw e;
    }
    events.deliverPending();
    return result;
  }

  private void publishCreated(K key, V value) {
    if (events.hasListeners()) {
      events.publishCreated(source, key, copier.copy(value));
    }
  }

  private void publishUpdated(K key, V previous, V value) {
    if (events.hasListeners()) {
      events.publishUpdated(source, key, copier.copy(previous), copier.copy(value));
    }
  }
}
