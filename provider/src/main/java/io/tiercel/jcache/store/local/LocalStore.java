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
 *   <li>A snapshot's version is the stored value instance: accesses that only move the deadline
 *       keep it, so they do not fail a commit; rewriting the very same instance is, rightly,
 *       no change.</li>
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
    // The eviction listener runs inside the removal, under the entry's lock, so an expiry is
    // reported before any later change to the same key.
    return builder.<K, Holder<V>>evictionListener((key, holder, cause) -> {
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
    Holder<V> seen = lookup(key);
    if (seen == null) {
      return null;
    }
    mutate(key, (current, step) -> current == seen ? access(current, expiry, step) : current);
    return seen.value;
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
    V value = holder == null ? null : holder.value;
    return new Snapshot<>(value, value);
  }

  @Override
  public Change<V> commit(K key, Snapshot<V> expected, Kind change, V value, Expiry expiry) {
    return mutate(key, (current, step) -> {
      if ((current == null ? null : current.value) != expected.version()) {
        step.change = null;
        return current;
      }
      return switch (change) {
        case CREATED, UPDATED -> write(current, value, expiry, step);
        case REMOVED -> remove(current, step);
        default -> current == null ? null : access(keep(current, step), expiry, step);
      };
    });
  }

  @Override
  public Change<V> put(K key, V value, Expiry expiry) {
    return mutate(key, (current, step) -> write(current, value, expiry, step));
  }

  @Override
  public Map<K, Change<V>> putAll(Map<? extends K, ? extends V> entries, Expiry expiry) {
    Map<K, Change<V>> changes = new LinkedHashMap<>();
    entries.forEach((key, value) -> changes.put(key, put(key, value, expiry)));
    return changes;
  }

  @Override
  public Change<V> putIfAbsent(K key, V value, Expiry expiry) {
    return mutate(key, (current, step) -> current == null
        ? write(null, value, expiry, step)
        : keep(current, step));
  }

  @Override
  public Change<V> replace(K key, V value, Expiry expiry) {
    return mutate(key, (current, step) -> current == null
        ? null
        : write(current, value, expiry, step));
  }

  @Override
  public Change<V> replace(K key, V expected, V value, Expiry expiry) {
    return mutate(key, (current, step) -> {
      if (current == null) {
        return null;
      }
      return Objects.equals(current.value, expected)
          ? write(current, value, expiry, step)
          : access(keep(current, step), expiry, step);
    });
  }

  @Override
  public Change<V> remove(K key) {
    return mutate(key, (current, step) -> remove(current, step));
  }

  @Override
  public Change<V> remove(K key, V expected, Expiry expiry) {
    return mutate(key, (current, step) -> {
      if (current == null) {
        return null;
      }
      return Objects.equals(current.value, expected)
          ? remove(current, step)
          : access(keep(current, step), expiry, step);
    });
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

  /**
   * Runs one atomic step on the entry for {@code key} (Caffeine hands an expired entry to the
   * step as absent) and reports, within the step, an entry it expired.
   */
  private Change<V> mutate(K key, Transition<V> transition) {
    Step<V> step = new Step<>(ticker.read());
    map.compute(key, (k, current) -> {
      Holder<V> next = transition.apply(current, step);
      if (step.expired != null) {
        listener.onExpired(key, step.expired.value);
      }
      return next;
    });
    return step.change;
  }

  /** Stores {@code value}, creating or updating; a zero time to live leaves the entry absent. */
  private Holder<V> write(Holder<V> current, V value, Expiry expiry, Step<V> step) {
    long ttl = current == null ? expiry.forCreation() : expiry.forUpdate();
    Holder<V> next = ttl == 0L
        ? null
        : new Holder<>(value, Holder.deadline(ttl, step.now,
            current == null ? Holder.NEVER : current.deadline));
    V previous = current == null ? null : current.value;
    Kind kind = next == null ? Kind.DISCARDED : current == null ? Kind.CREATED : Kind.UPDATED;
    step.change = new Change<>(kind, previous);
    return next;
  }

  private Holder<V> remove(Holder<V> current, Step<V> step) {
    if (current != null) {
      step.change = new Change<>(Kind.REMOVED, current.value);
    }
    return null;
  }

  /** Leaves a live entry as it is, recording that it was found. */
  private Holder<V> keep(Holder<V> current, Step<V> step) {
    step.change = new Change<>(Kind.UNCHANGED, current.value);
    return current;
  }

  /** Applies an access to a live entry; a zero time to live expires it at once. */
  private Holder<V> access(Holder<V> current, Expiry expiry, Step<V> step) {
    long ttl = expiry.forAccess();
    if (ttl == Expiry.UNCHANGED) {
      return current;
    }
    if (ttl == 0L) {
      step.expired = current;
      return null;
    }
    return new Holder<>(current.value, Holder.deadline(ttl, step.now, current.deadline));
  }

  /** One atomic step's decision: the next holder for the live one (null: absent). */
  @FunctionalInterface
  private interface Transition<V> {
    Holder<V> apply(Holder<V> current, Step<V> step);
  }

  /** What one atomic step saw and did, read after it completes. */
  private static final class Step<V> {
    final long now;
    Change<V> change = Change.none();
    Holder<V> expired;

    Step(long now) {
      this.now = now;
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
