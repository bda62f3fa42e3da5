package io.tiercel.jcache.store.local;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import io.tiercel.jcache.store.Change;
import io.tiercel.jcache.store.Change.Kind;
import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.Snapshot;
import io.tiercel.jcache.store.Store;
import io.tiercel.jcache.store.StoreListener;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link Store} kept in a Caffeine cache in this JVM.
 *
 * <ul>
 *   <li>Atomicity comes from Caffeine's per-key {@code compute}.</li>
 *   <li>Deadlines are read on the settings' ticker; Caffeine drops entries at their deadline and
 *       the listener hears of it.</li>
 *   <li>Each write stores a new holder, so a holder's identity versions the entry.</li>
 * </ul>
 */
public final class LocalStore<K, V> implements Store<K, V> {
  private static final Object NO_HOLDER = new Object();

  private final Cache<K, Holder<V>> cache;
  private final ConcurrentMap<K, Holder<V>> map;
  private final Ticker ticker;
  private final StoreListener<K, V> listener;

  /** Creates a store bounded and clocked by {@code settings} that reports to {@code listener}. */
  public LocalStore(LocalStoreSettings settings, StoreListener<K, V> listener) {
    this.ticker = settings.ticker();
    this.listener = listener;
    this.cache = build(settings, listener);
    this.map = cache.asMap();
  }

  private static <K, V> Cache<K, Holder<V>> build(
      LocalStoreSettings settings, StoreListener<K, V> listener) {
    Caffeine<Object, Object> builder = Caffeine.newBuilder()
        .ticker(settings.ticker())
        .executor(Runnable::run)
        .expireAfter(new HolderExpiry());
    if (settings.maximumSize() >= 0) {
      builder.maximumSize(settings.maximumSize());
    } else if (settings.maximumWeight() >= 0) {
      builder.maximumWeight(settings.maximumWeight())
          .weigher((Object key, Object holder) ->
              settings.weigher().weigh(key, ((Holder<?>) holder).value));
    }
    return builder.<K, Holder<V>>removalListener((key, holder, cause) -> {
      if (key == null || holder == null) {
        return;
      }
      if (cause == RemovalCause.EXPIRED) {
        listener.onExpired(key, holder.value);
      } else if (cause == RemovalCause.SIZE) {
        listener.onEvicted(key, holder.value);
      }
    }).build();
  }

  @Override
  public V get(K key, Expiry expiry) {
    Holder<V> holder = lookup(key);
    if (holder == null) {
      return null;
    }
    touch(key, holder, expiry);
    return holder.value;
  }

  @Override
  public Map<K, V> getAll(Set<? extends K> keys, Expiry expiry) {
    Map<K, V> found = new LinkedHashMap<>();
    for (K key : keys) {
      V value = get(key, expiry);
      if (value != null) {
        found.put(key, value);
      }
    }
    return found;
  }

  @Override
  public boolean containsKey(K key) {
    return lookup(key) != null;
  }

  @Override
  public Snapshot<V> snapshot(K key) {
    Holder<V> holder = lookup(key);
    return new Snapshot<>(holder == null ? null : holder.value, holder);
  }

  @Override
  public Change<V> commit(K key, Snapshot<V> expected, Kind change, V value, Expiry expiry) {
    @SuppressWarnings("unchecked")
    Change<V>[] applied = new Change[1];
    Dropped<V> dropped = new Dropped<>();
    map.compute(key, (k, current) -> {
      if (current != expected.version()) {
        return current;
      }
      long now = ticker.read();
      V previous = current == null ? null : current.value;
      switch (change) {
        case CREATED, UPDATED -> {
          Holder<V> next = current == null
              ? create(value, expiry, now)
              : update(current, value, expiry, now);
          applied[0] = written(current, next);
          return next;
        }
        case REMOVED -> {
          applied[0] = current == null ? Change.none() : new Change<>(Kind.REMOVED, previous);
          return null;
        }
        default -> {
          applied[0] = new Change<>(Kind.UNCHANGED, previous);
          return current == null ? null : access(current, expiry, now, dropped);
        }
      }
    });
    dropped.report(key, listener);
    return applied[0];
  }

  @Override
  public Change<V> put(K key, V value, Expiry expiry) {
    @SuppressWarnings("unchecked")
    Change<V>[] change = new Change[1];
    map.compute(key, (k, current) -> {
      long now = ticker.read();
      Holder<V> next = current == null
          ? create(value, expiry, now)
          : update(current, value, expiry, now);
      change[0] = written(current, next);
      return next;
    });
    return change[0];
  }

  @Override
  public Map<K, Change<V>> putAll(Map<? extends K, ? extends V> entries, Expiry expiry) {
    Map<K, Change<V>> changes = new LinkedHashMap<>();
    entries.forEach((key, value) -> changes.put(key, put(key, value, expiry)));
    return changes;
  }

  @Override
  public Change<V> putIfAbsent(K key, V value, Expiry expiry) {
    @SuppressWarnings("unchecked")
    Change<V>[] change = new Change[] {null};
    map.compute(key, (k, current) -> {
      if (current != null) {
        change[0] = new Change<>(Kind.UNCHANGED, current.value);
        return current;
      }
      Holder<V> next = create(value, expiry, ticker.read());
      change[0] = written(null, next);
      return next;
    });
    return change[0];
  }

  @Override
  public Change<V> replace(K key, V value, Expiry expiry) {
    @SuppressWarnings("unchecked")
    Change<V>[] change = new Change[] {Change.none()};
    map.compute(key, (k, current) -> {
      if (current == null) {
        return null;
      }
      Holder<V> next = update(current, value, expiry, ticker.read());
      change[0] = written(current, next);
      return next;
    });
    return change[0];
  }

  @Override
  public Change<V> replace(K key, V expected, V value, Expiry expiry) {
    @SuppressWarnings("unchecked")
    Change<V>[] change = new Change[] {Change.none()};
    Dropped<V> dropped = new Dropped<>();
    map.compute(key, (k, current) -> {
      if (current == null) {
        return null;
      }
      long now = ticker.read();
      if (!Objects.equals(current.value, expected)) {
        change[0] = new Change<>(Kind.UNCHANGED, current.value);
        return access(current, expiry, now, dropped);
      }
      Holder<V> next = update(current, value, expiry, now);
      change[0] = written(current, next);
      return next;
    });
    dropped.report(key, listener);
    return change[0];
  }

  @Override
  public Change<V> remove(K key) {
    @SuppressWarnings("unchecked")
    Change<V>[] change = new Change[] {Change.none()};
    map.compute(key, (k, current) -> {
      if (current != null) {
        change[0] = new Change<>(Kind.REMOVED, current.value);
      }
      return null;
    });
    return change[0];
  }

  @Override
  public Change<V> remove(K key, V expected, Expiry expiry) {
    @SuppressWarnings("unchecked")
    Change<V>[] change = new Change[] {Change.none()};
    Dropped<V> dropped = new Dropped<>();
    map.compute(key, (k, current) -> {
      if (current == null) {
        return null;
      }
      if (!Objects.equals(current.value, expected)) {
        change[0] = new Change<>(Kind.UNCHANGED, current.value);
        return access(current, expiry, ticker.read(), dropped);
      }
      change[0] = new Change<>(Kind.REMOVED, current.value);
      return null;
    });
    dropped.report(key, listener);
    return change[0];
  }

  @Override
  public Iterator<K> keys() {
    return map.keySet().iterator();
  }

  @Override
  public void clear() {
    cache.invalidateAll();
  }

  @Override
  public long estimatedSize() {
    return cache.estimatedSize();
  }

  @Override
  public void close() {
    cache.invalidateAll();
    cache.cleanUp();
  }

  /**
   * Returns the live holder of {@code key}, or null; an entry found past its deadline is dropped
   * and reported as expired at once rather than at Caffeine's next timer tick.
   */
  private Holder<V> lookup(K key) {
    Holder<V> holder = cache.getIfPresent(key);
    if (holder == null) {
      // Conditional removal of a value no entry holds: it changes nothing, but makes Caffeine
      // drop (and report) an entry whose deadline has passed.
      map.remove(key, NO_HOLDER);
    }
    return holder;
  }

  /** Applies an access to a live entry outside any other operation. */
  private void touch(K key, Holder<V> seen, Expiry expiry) {
    Dropped<V> dropped = new Dropped<>();
    map.computeIfPresent(key, (k, current) ->
        current == seen ? access(current, expiry, ticker.read(), dropped) : current);
    dropped.report(key, listener);
  }

  private Holder<V> create(V value, Expiry expiry, long now) {
    long ttl = expiry.forCreation();
    if (ttl == 0L) {
      return null;
    }
    return new Holder<>(value, Holder.deadline(ttl, now, Holder.NEVER));
  }

  private Holder<V> update(Holder<V> current, V value, Expiry expiry, long now) {
    long ttl = expiry.forUpdate();
    if (ttl == 0L) {
      return null;
    }
    return new Holder<>(value, Holder.deadline(ttl, now, current.deadline));
  }

  /** Applies an access; a zero time to live drops the entry and notes it in {@code dropped}. */
  private Holder<V> access(Holder<V> current, Expiry expiry, long now, Dropped<V> dropped) {
    long ttl = expiry.forAccess();
    if (ttl == Expiry.UNCHANGED) {
      return current;
    }
    if (ttl == 0L) {
      dropped.holder = current;
      return null;
    }
    return new Holder<>(current.value, Holder.deadline(ttl, now, current.deadline));
  }

  private static <V> Change<V> written(Holder<V> current, Holder<V> next) {
    V previous = current == null ? null : current.value;
    if (next == null) {
      return new Change<>(Kind.DISCARDED, previous);
    }
    return new Change<>(current == null ? Kind.CREATED : Kind.UPDATED, previous);
  }

  /** An entry an access expired at once, reported as expired after the atomic step. */
  private static final class Dropped<V> {
    Holder<V> holder;

    <K> void report(K key, StoreListener<K, V> listener) {
      if (holder != null) {
        listener.onExpired(key, holder.value);
      }
    }
  }

  /** Tells Caffeine each holder's own deadline; reads never move it. */
  private static final class HolderExpiry
      implements com.github.benmanes.caffeine.cache.Expiry<Object, Object> {

    @Override
    public long expireAfterCreate(Object key, Object holder, long currentTime) {
      return ((Holder<?>) holder).remaining(currentTime);
    }

    @Override
    public long expireAfterUpdate(
        Object key, Object holder, long currentTime, long currentDuration) {
      return ((Holder<?>) holder).remaining(currentTime);
    }

    @Override
    public long expireAfterRead(
        Object key, Object holder, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
