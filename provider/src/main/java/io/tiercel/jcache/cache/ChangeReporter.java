package io.tiercel.jcache.cache;

import io.tiercel.jcache.codec.Copier;
import io.tiercel.jcache.event.EventDispatcher;
import io.tiercel.jcache.management.CacheStatistics;
import io.tiercel.jcache.store.Change;
import io.tiercel.jcache.store.StoreListener;
import javax.cache.Cache;

/**
 * Turns what a store did into the events and statistics JCache asks for, in one place.
 *
 * <ul>
 *   <li>created and updated entries count as puts, removed ones as removals;</li>
 *   <li>a value written with a zero time to live over a live entry expires that entry;</li>
 *   <li>listeners get copies, so they cannot change what the cache holds.</li>
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

  /** Reports a write of {@code value} to {@code key} that the store answered as {@code change}. */
  void written(K key, V value, Change<V> change) {
    switch (change.kind()) {
      case CREATED -> {
        statistics.recordPuts(1);
        if (events.hasListeners()) {
          events.publishCreated(source, key, copier.copy(value));
        }
      }
      case UPDATED -> {
        statistics.recordPuts(1);
        if (events.hasListeners()) {
          events.publishUpdated(source, key, copier.copy(change.previous()), copier.copy(value));
        }
      }
      case REMOVED -> removed(key, change.previous());
      case DISCARDED -> {
        if (change.wasPresent()) {
          onExpired(key, change.previous());
        }
      }
      default -> { }
    }
  }

  /** Reports a value the loader supplied and the cache stored; loads are not puts. */
  void loaded(K key, V value) {
    if (events.hasListeners()) {
      events.publishCreated(source, key, copier.copy(value));
    }
  }

  /** Reports a write that also counts as a lookup (a hit if it found a live entry). */
  void lookedUpAndWritten(K key, V value, Change<V> change) {
    lookedUp(change.wasPresent());
    written(key, value, change);
  }

  /** Reports the removal of a live entry. */
  void removed(K key, V previous) {
    statistics.recordRemovals(1);
    if (events.hasListeners()) {
      events.publishRemoved(source, key, copier.copy(previous));
    }
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

  /** Counts a lookup as a hit or a miss. */
  void lookedUp(boolean hit) {
    if (hit) {
      statistics.recordHits(1);
    } else {
      statistics.recordMisses(1);
    }
  }
}
