package io.tiercel.jcache.store.tiered;

import io.tiercel.jcache.coherence.InvalidationSink;
import io.tiercel.jcache.store.Change;
import io.tiercel.jcache.store.Change.Kind;
import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.Snapshot;
import io.tiercel.jcache.store.Store;
import io.tiercel.jcache.store.StoreListener;
import io.tiercel.jcache.store.TierStatistics;
import io.tiercel.jcache.store.redis.RedisBackend;
import io.tiercel.jcache.store.redis.RedisReads;
import io.tiercel.jcache.store.redis.RedisReads.Fetched;
import io.tiercel.jcache.store.redis.RedisStore;
import io.tiercel.jcache.store.tiered.Slot.Copy;
import io.tiercel.jcache.store.tiered.Slot.Pending;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A {@link Store} with a near cache in this JVM (L1) in front of Redis (L2), the authority.
 *
 * <ul>
 *   <li>Reads are served by a copy while it is live and trusted, and go to Redis otherwise
 *       (installing a copy); a served read costs no round trip. Its access expiry reaches Redis
 *       in the background, batched, unless the entry is close to its deadline (or the access
 *       expires it), in which case it is sent at once.</li>
 *   <li>A read from Redis under an access-based expiry reads without moving the deadline and
 *       sends the access like a served one, so Redis does not report it back as a change that
 *       would drop the copy just read.</li>
 *   <li>Every write and removal goes to Redis, then drops this JVM's copy (also when the call
 *       failed: Redis may have applied it); other JVMs drop theirs when Redis's invalidation
 *       reaches them.</li>
 *   <li>Decisions that depend on the current value (snapshots, conditional writes) are made by
 *       Redis, never on a copy.</li>
 *   <li>Keys are told apart as Redis tells them apart: by the bytes that name them.</li>
 * </ul>
 */
public final class TieredStore<K, V> implements Store<K, V>, InvalidationSink {
  private final RedisBackend backend;
  private final String cacheName;
  private final RedisStore<K, V> l2;
  private final RedisReads<K, V> reads;
  private final NearCache<K, V> near;
  private final TouchBatcher<K, V> touches;
  private final StoreListener<K, V> listener;
  private final long syncMarginNanos;

  private TieredStore(RedisBackend backend, String cacheName, RedisStore<K, V> l2,
      NearCacheSettings settings, StoreListener<K, V> listener) {
    this.backend = backend;
    this.cacheName = cacheName;
    this.l2 = l2;
    this.reads = l2.reads();
    this.listener = listener;
    this.near = new NearCache<>(settings, backend.coherence());
    this.touches = new TouchBatcher<>(reads, near, backend);
    // An access this close to the deadline is sent at once, so the entry cannot expire in
    // Redis while its touch waits in the batch.
    this.syncMarginNanos = 2 * backend.gateway().settings().timeout().toNanos();
  }

  /** Creates the tiered store of cache {@code cacheName} over {@code l2}, following Redis. */
  public static <K, V> TieredStore<K, V> open(RedisBackend backend, String cacheName,
      RedisStore<K, V> l2, NearCacheSettings settings, StoreListener<K, V> listener) {
    var store = new TieredStore<>(backend, cacheName, l2, settings, listener);
    backend.register(cacheName, store);
    return store;
  }

  @Override
  public TierStatistics tierStatistics() {
    return new TierStatistics(near.hits(), near.misses(), l2.unreadableValues());
  }

  @Override
  public V get(K key, Expiry expiry) {
    near.deliverExpired(listener);
    NearKey nearKey = NearKey.of(reads.keyName(key));
    Copy<K, V> copy = near.serve(nearKey);
    if (copy != null) {
      V served = accessed(nearKey, copy, expiry);
      if (served != null) {
        return served;
      }
    }
    Pending<K, V> pending = near.begin(nearKey);
    long sent = near.now();
    Fetched<V> fetched = reads.fetch(key, expiry, /* withTtl= */ pending != null,
        /* deferAccess= */ pending != null);
    near.install(nearKey, key, pending, fetched, sent);
    applyDeferred(nearKey, fetched);
    return fetched.value();
  }

  @Override
  public Map<K, V> getAll(Set<? extends K> keys, Expiry expiry) {
    near.deliverExpired(listener);
    Map<K, V> found = new LinkedHashMap<>();
    Map<K, NearKey> missing = new LinkedHashMap<>();
    Map<K, Pending<K, V>> pendings = new LinkedHashMap<>();
    for (K key : keys) {
      NearKey nearKey = NearKey.of(reads.keyName(key));
      Copy<K, V> copy = near.serve(nearKey);
      V served = copy == null ? null : accessed(nearKey, copy, expiry);
      if (served != null) {
        found.put(key, served);
      } else {
        missing.put(key, nearKey);
        pendings.put(key, near.begin(nearKey));
      }
    }
    if (!missing.isEmpty()) {
      boolean trusted = !pendings.containsValue(null);
      long sent = near.now();
      reads.fetchAll(missing.keySet(), expiry, /* withTtl= */ trusted,
          /* deferAccess= */ trusted).forEach((key, fetched) -> {
            NearKey nearKey = missing.get(key);
            near.install(nearKey, key, pendings.get(key), fetched, sent);
            applyDeferred(nearKey, fetched);
            if (fetched.found()) {
              found.put(key, fetched.value());
            }
          });
    }
    return found;
  }

  @Override
  public boolean containsKey(K key) {
    near.deliverExpired(listener);
    return near.holds(NearKey.of(reads.keyName(key))) || l2.containsKey(key);
  }

  @Override
  public Snapshot<V> snapshot(K key) {
    return l2.snapshot(key);
  }

  @Override
  public Change<V> commit(K key, Snapshot<V> expected, Kind change, V value, Expiry expiry) {
    return dropAfter(key, () -> l2.commit(key, expected, change, value, expiry));
  }

  @Override
  public Change<V> put(K key, V value, Expiry expiry) {
    return dropAfter(key, () -> l2.put(key, value, expiry));
  }

  @Override
  public Map<K, Change<V>> putAll(Map<? extends K, ? extends V> entries, Expiry expiry) {
    try {
      return l2.putAll(entries, expiry);
    } finally {
      entries.keySet().forEach(key -> near.invalidate(NearKey.of(reads.keyName(key))));
    }
  }

  @Override
  public Change<V> putIfAbsent(K key, V value, Expiry expiry) {
    return dropAfter(key, () -> l2.putIfAbsent(key, value, expiry));
  }

  @Override
  public Change<V> replace(K key, V value, Expiry expiry) {
    return dropAfter(key, () -> l2.replace(key, value, expiry));
  }

  @Override
  public Change<V> replace(K key, V expected, V value, Expiry expiry) {
    return dropAfter(key, () -> l2.replace(key, expected, value, expiry));
  }

  @Override
  public Change<V> remove(K key) {
    return dropAfter(key, () -> l2.remove(key));
  }

  @Override
  public Change<V> remove(K key, V expected, Expiry expiry) {
    return dropAfter(key, () -> l2.remove(key, expected, expiry));
  }

  @Override
  public <T> T exclusively(K key, Supplier<T> action) {
    return l2.exclusively(key, action);
  }

  @Override
  public <T> T exclusively(Collection<? extends K> keys, Supplier<T> action) {
    return l2.exclusively(keys, action);
  }

  @Override
  public Iterator<K> keys() {
    return l2.keys();
  }

  @Override
  public void clear() {
    try {
      l2.clear();
    } finally {
      near.invalidateAll();
    }
  }

  @Override
  public long estimatedSize() {
    return l2.estimatedSize();
  }

  @Override
  public void close() {
    backend.unregister(cacheName, this);
    touches.flush();
    near.invalidateAll();
  }

  @Override
  public void invalidate(byte[] name, int offset) {
    near.invalidate(NearKey.of(name, offset));
  }

  @Override
  public void invalidateAll() {
    near.invalidateAll();
  }

  /**
   * Applies the access expiry to a read the near cache served and returns the value, or null
   * if Redis no longer holds it (the caller then reads Redis): nothing to send if the deadline
   * stays, at once if it expires the entry or the deadline is near, else in the background.
   */
  private V accessed(NearKey nearKey, Copy<K, V> copy, Expiry expiry) {
    long ttl = expiry.forAccess();
    if (ttl == Expiry.UNCHANGED) {
      return copy.value();
    }
    if (ttl != 0L && copy.deadline() - near.now() > syncMarginNanos) {
      touches.add(nearKey, copy.stamp(), ttl);
      return copy.value();
    }
    long answer = touches.sendNow(nearKey, copy.stamp(), ttl);
    if (answer == RedisReads.REMOVED) {
      listener.onExpired(copy.key(), copy.value());
      return copy.value();
    }
    return answer == RedisReads.GONE ? null : copy.value();
  }

  /** Sends the access a read from Redis deferred, as for a read the near cache served. */
  private void applyDeferred(NearKey nearKey, Fetched<V> fetched) {
    long ttl = fetched.deferredAccess();
    if (!fetched.found() || ttl == RedisReads.NO_ACCESS) {
      return;
    }
    boolean nearDeadline = fetched.ttlMillis() != RedisReads.ETERNAL
        && TimeUnit.MILLISECONDS.toNanos(fetched.ttlMillis()) <= syncMarginNanos;
    if (nearDeadline) {
      touches.sendNow(nearKey, fetched.stamp(), ttl);
    } else {
      touches.add(nearKey, fetched.stamp(), ttl);
    }
  }

  /** Makes a change through Redis, then drops this JVM's copy, whatever the call's outcome. */
  private Change<V> dropAfter(K key, Supplier<Change<V>> change) {
    try {
      return change.get();
    } finally {
      near.invalidate(NearKey.of(reads.keyName(key)));
    }
  }

  /** Sends the access touches waiting in the batch now, as time passing would. */
  void flushTouches() {
    touches.flush();
  }

  @Override
  public String toString() {
    return "TieredStore[" + cacheName + ", near hits " + near.hits() + ", misses "
        + near.misses() + "]";
  }
}
