package io.tiercel.jcache.cache;

import io.tiercel.jcache.codec.Copier;
import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.Store;
import java.util.Iterator;
import java.util.NoSuchElementException;
import javax.cache.Cache;

/**
 * Iterates a cache's live entries; each entry handed out by {@link #next()} counts as an access
 * (a hit, with the access expiry).
 *
 * <p>Weakly consistent: entries added or removed while iterating may or may not be seen, and an
 * entry that expires before its turn is skipped. {@link #remove()} removes through the cache, so
 * the writer, listeners and statistics hear of it.
 */
final class EntryIterator<K, V> implements Iterator<Cache.Entry<K, V>> {
  private final TiercelCache<K, V> cache;
  private final Store<K, V> store;
  private final Expiry expiry;
  private final Copier copier;
  private final ChangeReporter<K, V> reporter;
  private final Iterator<K> keys;
  private K nextKey;
  private K lastKey;

  EntryIterator(TiercelCache<K, V> cache, Store<K, V> store, Expiry expiry, Copier copier,
      ChangeReporter<K, V> reporter) {
    this.cache = cache;
    this.store = store;
    this.expiry = expiry;
    this.copier = copier;
    this.reporter = reporter;
    this.keys = store.keys();
  }

  @Override
  public boolean hasNext() {
    cache.requireOpen();
    return reporter.deliverAfter(() -> {
      while (nextKey == null && keys.hasNext()) {
        K key = keys.next();
        if (store.containsKey(key)) {
          nextKey = key;
        }
      }
      return nextKey != null;
    });
  }

  @Override
  public Cache.Entry<K, V> next() {
    while (hasNext()) {
      K key = nextKey;
      nextKey = null;
      V value = reporter.deliverAfter(() -> store.get(key, expiry));
      if (value != null) {
        reporter.lookedUp(true);
        lastKey = key;
        return new TiercelEntry<>(copier.copy(key), copier.copy(value));
      }
    }
    throw new NoSuchElementException();
  }

  @Override
  public void remove() {
    cache.requireOpen();
    if (lastKey == null) {
      throw new IllegalStateException("next() has not been called, or remove() already was");
    }
    cache.remove(lastKey);
    lastKey = null;
  }
}
