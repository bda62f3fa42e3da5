package io.tiercel.jcache.store.tiered;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.Weigher;
import io.tiercel.jcache.coherence.Coherence;
import io.tiercel.jcache.store.StoreListener;
import io.tiercel.jcache.store.redis.RedisReads;
import io.tiercel.jcache.store.redis.RedisReads.Fetched;
import io.tiercel.jcache.store.tiered.Slot.Copy;
import io.tiercel.jcache.store.tiered.Slot.Pending;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The copies one JVM keeps of a cache's Redis entries (L1), in a bounded Caffeine cache keyed by
 * the bytes that name each key in Redis.
 *
 * <ul>
 *   <li>A copy is served only while {@link Coherence} trusts copies and before its deadline:
 *       the entry's deadline in Redis as learned when it was read (measured from before the read
 *       was sent, so it is never later), capped by the near cache's time cap.</li>
 *   <li>A read installs its copy only if no invalidation of the key, no write through this near
 *       cache, and no loss of the invalidation channel happened since it began: it first puts a
 *       {@link Pending} slot, which any of those removes. A read that disagrees with a copy
 *       drops it rather than keep one that may be older than what a thread already saw.</li>
 *   <li>A copy that reaches the entry's own deadline is an observed expiry; one dropped for the
 *       time cap or the size bound is not, since the entry is still in Redis. Expiries are
 *       queued and handed to the listener by the next operation's thread
 *       ({@link #deliverExpired}), since Caffeine may find them on any thread.</li>
 * </ul>
 */
final class NearCache<K, V> {
  private static final long PENDING_NANOS = TimeUnit.SECONDS.toNanos(30);
  private static final Object NO_SLOT = new Object();

  private final Cache<NearKey, Slot<K, V>> cache;
  private final ConcurrentMap<NearKey, Slot<K, V>> map;
  private final Coherence coherence;
  private final Ticker ticker;
  private final long capNanos;
  private final Queue<Copy<K, V>> expired = new ConcurrentLinkedQueue<>();
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  NearCache(NearCacheSettings settings, Coherence coherence) {
    this.coherence = coherence;
    this.ticker = settings.ticker();
    this.capNanos = settings.timeCap().toNanos();
    Caffeine<Object, Object> builder = Caffeine.newBuilder()
        .ticker(ticker)
        .executor(Runnable::run)
        .expireAfter(new SlotExpiry());
    if (settings.maximumSize() >= 0) {
      builder.maximumSize(settings.maximumSize());
    } else if (settings.maximumWeight() >= 0) {
      Weigher<Object, Object> weigher = settings.weigher();
      builder.maximumWeight(settings.maximumWeight()).weigher((Object key, Object slot) -> {
        if (!(slot instanceof Copy<?, ?> copy)) {
          return 0;
        }
        return weigher == null ? copy.size() : weigher.weigh(copy.key(), copy.value());
      });
    }
    this.cache = builder.<NearKey, Slot<K, V>>evictionListener((key, slot, cause) -> {
      if (cause == RemovalCause.EXPIRED && slot instanceof Copy<K, V> copy && copy.exact()) {
        expired.add(copy);
      }
    }).build();
    this.map = cache.asMap();
  }

  /** Returns the time on the near cache's clock. */
  long now() {
    return ticker.read();
  }

  /** Returns the copy of {@code key} that may be served now, or null (counted as a miss). */
  Copy<K, V> serve(NearKey key) {
    Slot<K, V> slot = map.get(key);
    if (servable(slot)) {
      hits.increment();
      return (Copy<K, V>) slot;
    }
    if (slot == null) {
      // Removes nothing, but makes Caffeine drop (and queue) a copy past its deadline now
      // rather than at its next maintenance.
      map.remove(key, NO_SLOT);
    }
    misses.increment();
    return null;
  }

  /** Returns whether a copy of {@code key} may be served now, without counting it. */
  boolean holds(NearKey key) {
    return servable(map.get(key));
  }

  /** Returns whether {@code slot} is a copy that may be served now. */
  private boolean servable(Slot<K, V> slot) {
    return coherence.isServing() && slot instanceof Copy<K, V> copy && copy.isLive(now());
  }

  /**
   * Marks a read of {@code key} from Redis as begun, joining a read of the same key already in
   * flight; returns null if no copy may be installed.
   */
  Pending<K, V> begin(NearKey key) {
    long generation = coherence.begin();
    if (generation == Coherence.BYPASS) {
      return null;
    }
    Slot<K, V> slot = map.compute(key, (k, current) ->
        current instanceof Pending<K, V> pending && pending.generation == generation
            ? current
            : new Pending<>(generation));
    return (Pending<K, V>) slot;
  }

  /**
   * Installs the copy a read of {@code cacheKey} begun with {@code pending} at ticker time
   * {@code sentNanos} fetched, unless something since made it stale.
   *
   * <ul>
   *   <li>Only the read's own pending slot (perhaps shared with reads that joined it) gives way
   *       to the copy: an invalidation, a write through this near cache or a lost channel since
   *       the read began removed it.</li>
   *   <li>A copy of the same write is kept; a copy of another write is dropped, since which of
   *       the two is newer is unknown; so is a copy found by a read that found nothing.</li>
   * </ul>
   */
  void install(NearKey key, K cacheKey, Pending<K, V> pending, Fetched<V> fetched,
      long sentNanos) {
    if (pending == null) {
      return;
    }
    boolean found = fetched.found() && fetched.ttlMillis() != 0L;
    Copy<K, V> copy = found
        ? copyOf(cacheKey, fetched.value(), fetched.stamp(), fetched.size(), sentNanos,
            fetched.ttlMillis())
        : null;
    map.computeIfPresent(key, (k, current) -> {
      if (current == pending) {
        return found && coherence.isCurrent(pending.generation) ? copy : null;
      }
      if (current instanceof Copy<K, V> other) {
        return found && Arrays.equals(other.stamp(), copy.stamp()) ? current : null;
      }
      return current;
    });
  }

  /**
   * Moves the deadline of the copy of {@code key} written with {@code stamp} after Redis
   * confirmed a touch sent at {@code sentNanos}; a value gone from Redis loses its copy.
   */
  void touched(NearKey key, byte[] stamp, long sentNanos, long ttlMillis) {
    map.computeIfPresent(key, (k, current) -> {
      if (!(current instanceof Copy<K, V> copy) || !Arrays.equals(copy.stamp(), stamp)) {
        return current;
      }
      if (ttlMillis == RedisReads.GONE || ttlMillis == RedisReads.REMOVED) {
        return null;
      }
      if (ttlMillis == RedisReads.UNKNOWN) {
        return current;
      }
      return copyOf(copy.key(), copy.value(), stamp, copy.size(), sentNanos, ttlMillis);
    });
  }

  /** Drops the copy of {@code key}, and any read in flight for it. */
  void invalidate(NearKey key) {
    map.remove(key);
  }

  /** Drops every copy and every read in flight. */
  void invalidateAll() {
    cache.invalidateAll();
  }

  /** Hands the expiries observed so far to {@code listener}, on the calling thread. */
  void deliverExpired(StoreListener<K, V> listener) {
    for (Copy<K, V> copy = expired.poll(); copy != null; copy = expired.poll()) {
      listener.onExpired(copy.key(), copy.value());
    }
  }

  /** Returns how many reads a copy served. */
  long hits() {
    return hits.sum();
  }

  /** Returns how many reads found no copy to serve. */
  long misses() {
    return misses.sum();
  }

  private Copy<K, V> copyOf(K cacheKey, V value, byte[] stamp, int size, long sentNanos,
      long ttlMillis) {
    long capped = sentNanos + capNanos;
    if (ttlMillis == RedisReads.ETERNAL) {
      return new Copy<>(cacheKey, value, stamp, capped, /* exact= */ false, size);
    }
    long deadline = sentNanos + TimeUnit.MILLISECONDS.toNanos(ttlMillis);
    return deadline <= capped
        ? new Copy<>(cacheKey, value, stamp, deadline, /* exact= */ true, size)
        : new Copy<>(cacheKey, value, stamp, capped, /* exact= */ false, size);
  }

  /** Tells Caffeine each slot's own deadline; reads never move it. */
  private static final class SlotExpiry
      implements com.github.benmanes.caffeine.cache.Expiry<Object, Object> {

    @Override
    public long expireAfterCreate(Object key, Object slot, long currentTime) {
      return slot instanceof Copy<?, ?> copy
          ? Math.max(0L, copy.deadline() - currentTime)
          : PENDING_NANOS;
    }

    @Override
    public long expireAfterUpdate(Object key, Object slot, long currentTime,
        long currentDuration) {
      return expireAfterCreate(key, slot, currentTime);
    }

    @Override
    public long expireAfterRead(Object key, Object slot, long currentTime,
        long currentDuration) {
      return currentDuration;
    }
  }
}
