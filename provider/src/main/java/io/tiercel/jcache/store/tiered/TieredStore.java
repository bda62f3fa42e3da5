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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Store} with a near cache in this JVM (L1) in front of Redis (L2), the authority.
 *
 * <ul>
 *   <li>Reads are served by a copy while it is live and trusted, and go to Redis otherwise
 *       (installing a copy); a served read costs no round trip. Its access expiry reaches Redis
 *       in the background, batched, unless the entry is close to its deadline (or the access
 *       expires it), in which case it is sent at once.</li>
 *   <li>Every write and removal goes to Redis, then drops this JVM's copy; other JVMs drop
 *       theirs when Redis's invalidation reaches them.</li>
 *   <li>Decisions that depend on the current value (snapshots, conditional writes) are made by
 *       Redis, never on a copy.</li>
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
    this.near = new NearCache<>(settings, backend.coherence(), listener);
    this.touches = new TouchBatcher<>(reads, near, backend.scheduler());
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

  /** Returns the Redis store behind the near cache. */
  public RedisStore<K, V> redisStore() {
    return l2;
  }

  @Override
  public V get(K key, Expiry expiry) {
    Copy<V> copy = near.serve(key);
    if (copy != null) {
      return accessed(key, copy, expiry);
    }
    Pending<V> pending = near.begin(key);
    long sent = near.now();
    Fetched<V> fetched = reads.fetch(key, expiry, /* withTtl= */ pending != null);
    near.install(key, pending, fetched, sent);
    return fetched.value();
  }

  @Override
  public Map<K, V> getAll(Set<? extends K> keys, Expiry expiry) {
    Map<K, V> found = new LinkedHashMap<>();
    Map<K, Pending<V>> missing = new LinkedHashMap<>();
    for (K key : keys) {
      Copy<V> copy = near.serve(key);
      if (copy != null) {
        found.put(key, accessed(key, copy, expiry));
      } else {
        missing.put(key, near.begin(key));
      }
    }
    if (!missing.isEmpty()) {
      long sent = near.now();
      reads.fetchAll(new LinkedHashSet<>(missing.keySet()), expiry, /* withTtl= */ true)
          .forEach((key, fetched) -> {
            near.install(key, missing.get(key), fetched, sent);
            if (fetched.found()) {
              found.put(key, fetched.value());
            }
          });
    }
    return found;
  }

  @Override
  public boolean containsKey(K key) {
    return near.holds(key) || l2.containsKey(key);
  }

  @Override
  public Snapshot<V> snapshot(K key) {
    return l2.snapshot(key);
  }

  @Override
  public Change<V> commit(K key, Snapshot<V> expected, Kind change, V value, Expiry expiry) {
    return dropAfter(key, l2.commit(key, expected, change, value, expiry));
  }

  @Override
  public Change<V> put(K key, V value, Expiry expiry) {
    return dropAfter(key, l2.put(key, value, expiry));
  }

  @Override
  public Map<K, Change<V>> putAll(Map<? extends K, ? extends V> entries, Expiry expiry) {
    Map<K, Change<V>> changes = l2.putAll(entries, expiry);
    changes.keySet().forEach(near::invalidate);
    return changes;
  }

  @Override
  public Change<V> putIfAbsent(K key, V value, Expiry expiry) {
    return dropAfter(key, l2.putIfAbsent(key, value, expiry));
  }

  @Override
  public Change<V> replace(K key, V value, Expiry expiry) {
    return dropAfter(key, l2.replace(key, value, expiry));
  }

  @Override
  public Change<V> replace(K key, V expected, V value, Expiry expiry) {
    return dropAfter(key, l2.replace(key, expected, value, expiry));
  }

  @Override
  public Change<V> remove(K key) {
    return dropAfter(key, l2.remove(key));
  }

  @Override
  public Change<V> remove(K key, V expected, Expiry expiry) {
    return dropAfter(key, l2.remove(key, expected, expiry));
  }

  @Override
  public Iterator<K> keys() {
    return l2.keys();
  }

  @Override
  public void clear() {
    l2.clear();
    near.invalidateAll();
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
    K key = l2.keyOf(name, offset);
    if (key == null) {
      near.invalidateAll();
    } else {
      near.invalidate(key);
    }
  }

  @Override
  public void invalidateAll() {
    near.invalidateAll();
  }

  /**
   * Applies the access expiry to a read the near cache served: nothing to send if the deadline
   * stays, at once if it expires the entry or the deadline is near, else in the background.
   */
  private V accessed(K key, Copy<V> copy, Expiry expiry) {
    long ttl = expiry.forAccess();
    if (ttl == Expiry.UNCHANGED) {
      return copy.value();
    }
    if (ttl != 0L && copy.deadline() - near.now() > syncMarginNanos) {
      touches.add(key, copy.stamp(), ttl);
      return copy.value();
    }
    long sent = near.now();
    long answer = reads.touch(key, copy.stamp(), ttl);
    near.touched(key, copy.stamp(), sent, answer);
    if (answer == RedisReads.REMOVED) {
      listener.onExpired(key, copy.value());
    }
    return copy.value();
  }

  /** Drops this JVM's copy after a change through Redis, and passes the change on. */
  private Change<V> dropAfter(K key, Change<V> change) {
    near.invalidate(key);
    return change;
  }

  @Override
  public String toString() {
    return "TieredStore[" + cacheName + ", near hits " + near.hits() + ", misses "
        + near.misses() + ", touch margin " + TimeUnit.NANOSECONDS.toMillis(syncMarginNanos)
        + " ms]";
  }
}
