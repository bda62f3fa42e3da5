package io.tiercel.jcache.store.redis;

import io.tiercel.jcache.codec.DecodingException;
import io.tiercel.jcache.codec.KeyCodec;
import io.tiercel.jcache.codec.ValueFormat;
import io.tiercel.jcache.store.Change;
import io.tiercel.jcache.store.Change.Kind;
import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.Snapshot;
import io.tiercel.jcache.store.Store;
import io.tiercel.jcache.store.StoreListener;
import io.tiercel.jcache.store.TierStatistics;
import io.tiercel.jcache.store.redis.LearnedExpiry.Branch;
import io.tiercel.jcache.store.redis.LearnedExpiry.Round;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import redis.clients.jedis.params.SetParams;

/**
 * A {@link Store} in Redis, shared by every JVM that uses the same server, key prefix and cache.
 *
 * <ul>
 *   <li>One round trip per single-key operation: native commands for reads, removals and puts
 *       whose expiry allows ({@code GET}, {@code GETEX}, {@code GETDEL}, {@code SET ... GET}), a
 *       single-key script for every other decision.</li>
 *   <li>Bulk operations are one pipelined round trip.</li>
 *   <li>Deadlines are Redis's own key expiry, so the server's clock decides for every JVM.</li>
 *   <li>Each write stamps its value, so optimistic commits fail on any write since the
 *       snapshot, even of an equal value.</li>
 *   <li>Bytes that do not decode (foreign or corrupt) are an absent entry, counted and logged.</li>
 *   <li>Expiry is known only as it happens in Redis, so only expiry by a zero access time to live
 *       is reported to the listener; entries that reach their deadline in Redis vanish
 *       silently.</li>
 * </ul>
 */
public final class RedisStore<K, V> implements Store<K, V> {
  private static final Logger LOG = System.getLogger(RedisStore.class.getName());

  private final RedisGateway redis;
  private final String cacheName;
  private final KeySpace<K> space;
  private final ValueFormat<V> format;
  private final StoreListener<K, V> listener;
  private final LearnedExpiry expiries = new LearnedExpiry();
  private final RedisReads<K, V> reads;
  private final LongAdder unreadable = new LongAdder();
  private final KeyLeases leases;
  private final Decisions<K, V> decisions;

  /** Creates the store of cache {@code cacheName} on the server {@code redis} reaches. */
  public RedisStore(RedisGateway redis, String cacheName, KeyCodec<K> keys,
      ValueFormat<V> format, StoreListener<K, V> listener) {
    this.redis = redis;
    this.cacheName = cacheName;
    this.space = new KeySpace<>(redis.settings().keyPrefix(), cacheName, keys);
    this.format = format;
    this.listener = listener;
    this.reads = new RedisReads<>(redis, space, expiries, this::decode, listener);
    this.leases = new KeyLeases(redis, cacheName);
    this.decisions = new Decisions<>(redis, space, reads, this::decode, listener);
  }

  /** Returns the reads with deadlines a near cache needs. */
  public RedisReads<K, V> reads() {
    return reads;
  }

  /** Returns how many stored values could not be read (foreign or corrupt bytes). */
  public long unreadableValues() {
    return unreadable.sum();
  }

  @Override
  public TierStatistics tierStatistics() {
    return new TierStatistics(0, 0, unreadable.sum());
  }

  @Override
  public V get(K key, Expiry expiry) {
    return reads.fetch(key, expiry, /* withTtl= */ false, /* deferAccess= */ false).value();
  }

  @Override
  public Map<K, V> getAll(Set<? extends K> keys, Expiry expiry) {
    Map<K, V> found = new LinkedHashMap<>();
    reads.fetchAll(keys, expiry, /* withTtl= */ false, /* deferAccess= */ false)
        .forEach((key, fetched) -> {
          if (fetched.found()) {
            found.put(key, fetched.value());
          }
        });
    return found;
  }

  @Override
  public boolean containsKey(K key) {
    return Long.valueOf(1).equals(redis.script(Script.CONTAINS, space.key(key), List.of()));
  }

  @Override
  public Snapshot<V> snapshot(K key) {
    byte[] stored;
    try {
      stored = redis.read(redis.commands().get(space.key(key)));
    } catch (ForeignKeyException e) {
      stored = RedisReads.stored(e);
    }
    V value = stored == null ? null : decode(key, stored);
    return new Snapshot<>(value, ValueFormat.stamp(stored));
  }

  @Override
  public Change<V> commit(K key, Snapshot<V> expected, Kind change, V value, Expiry expiry) {
    byte[] version = (byte[]) expected.version();
    byte[] written = value == null ? new byte[0] : format.encode(value);
    String letter = switch (change) {
      case CREATED -> "C";
      case UPDATED -> "U";
      case REMOVED -> "R";
      default -> "N";
    };
    return run(key, Script.COMMIT, expiry, written, round -> List.of(version,
        letter.getBytes(), written, Decisions.arg(round, Branch.CREATION), Decisions.arg(round, Branch.UPDATE),
        Decisions.arg(round, Branch.ACCESS)));
  }

  @Override
  public Change<V> put(K key, V value, Expiry expiry) {
    byte[] written = format.encode(value);
    Round round = expiries.begin(expiry);
    SetParams direct = Decisions.directSet(round);
    if (direct != null) {
      try {
        return decisions.finish(key, round,
            Reply.ofSet(redis.write(redis.commands().setGet(space.key(key), written, direct))),
            written);
      } catch (ForeignKeyException e) {
        // SET ... GET cannot read another type; the script replaces it.
      }
    }
    return run(key, Script.PUT, round, written, Decisions.putArguments(written));
  }

  @Override
  public Map<K, Change<V>> putAll(Map<? extends K, ? extends V> entries, Expiry expiry) {
    List<K> keys = new ArrayList<>();
    List<byte[]> values = new ArrayList<>();
    List<Round> rounds = new ArrayList<>();
    entries.forEach((key, value) -> {
      keys.add(key);
      values.add(format.encode(value));
      rounds.add(expiries.begin(expiry));
    });
    return decisions.putAll(keys, values, rounds);
  }

  @Override
  public Change<V> putIfAbsent(K key, V value, Expiry expiry) {
    byte[] written = format.encode(value);
    Round round = expiries.begin(expiry);
    Reply reply = decisions.script(key, Script.PUT_IF_ABSENT, round,
        it -> List.of(written, Decisions.arg(it, Branch.CREATION)));
    if (reply.status() == 'P' && decode(key, reply.value()) == null) {
      // A value no reader can use (written by an incompatible version, or corrupt) counts as
      // absent: replace it, if nobody has written since.
      Change<V> change = commit(key, new Snapshot<>(null, ValueFormat.stamp(reply.value())),
          Kind.CREATED, value, expiry);
      if (change != null) {
        return change;
      }
      return putIfAbsent(key, value, expiry);
    }
    return decisions.finish(key, round, reply, written);
  }

  @Override
  public Change<V> replace(K key, V value, Expiry expiry) {
    byte[] written = format.encode(value);
    return run(key, Script.REPLACE, expiry, written,
        round -> List.of(written, Decisions.arg(round, Branch.UPDATE)));
  }

  @Override
  public Change<V> replace(K key, V expected, V value, Expiry expiry) {
    byte[] payload = format.comparable(expected);
    byte[] written = format.encode(value);
    return run(key, Script.REPLACE_IF_EQUAL, expiry, written, round -> List.of(payload, written,
        Decisions.arg(round, Branch.UPDATE), Decisions.arg(round, Branch.ACCESS)));
  }

  @Override
  public Change<V> remove(K key) {
    byte[] previous;
    try {
      previous = redis.write(redis.commands().getDel(space.key(key)));
    } catch (ForeignKeyException e) {
      return Change.none();
    }
    V value = previous == null ? null : decode(key, previous);
    return value == null ? Change.none() : new Change<>(Kind.REMOVED, value);
  }

  @Override
  public Change<V> remove(K key, V expected, Expiry expiry) {
    byte[] payload = format.comparable(expected);
    return run(key, Script.REMOVE_IF_EQUAL, expiry, null,
        round -> List.of(payload, Decisions.arg(round, Branch.ACCESS)));
  }

  @Override
  public Iterator<K> keys() {
    return new KeyScan<>(redis, space.pattern(), redisKey -> {
      try {
        return space.keyOf(redisKey);
      } catch (DecodingException e) {
        reportUnreadable("a key", new String(redisKey, java.nio.charset.StandardCharsets.UTF_8),
            e);
        return null;
      }
    });
  }

  @Override
  public void clear() {
    KeyScan<byte[]> scan = new KeyScan<>(redis, space.pattern(), Function.identity());
    for (List<byte[]> page = scan.nextPage(); !page.isEmpty(); page = scan.nextPage()) {
      redis.write(redis.commands().unlink(page.toArray(byte[][]::new)));
    }
  }

  @Override
  public long estimatedSize() {
    long count = 0;
    KeyScan<byte[]> scan = new KeyScan<>(redis, space.pattern(), Function.identity());
    for (List<byte[]> page = scan.nextPage(); !page.isEmpty(); page = scan.nextPage()) {
      count += page.size();
    }
    return count;
  }

  /** Holds the key's lease in Redis while {@code action} runs: one JVM at a time per key. */
  @Override
  public <T> T exclusively(K key, Supplier<T> action) {
    return leases.holding(List.of(space.name(key)), action);
  }

  @Override
  public <T> T exclusively(Collection<? extends K> keys, Supplier<T> action) {
    List<byte[]> names = new ArrayList<>(keys.size());
    keys.forEach(key -> names.add(space.name(key)));
    return leases.holding(names, action);
  }

  /** Nothing to release: the connections belong to the cache manager, the entries stay. */
  @Override
  public void close() {}

  /**
   * Runs a decision script on {@code key}, asking the expiry for any answer the script needs
   * and running it again, then interprets its reply.
   */
  private Change<V> run(K key, Script script, Expiry expiry, byte[] written,
      Function<Round, List<byte[]>> arguments) {
    return run(key, script, expiries.begin(expiry), written, arguments);
  }

  private Change<V> run(K key, Script script, Round round, byte[] written,
      Function<Round, List<byte[]>> arguments) {
    return decisions.finish(key, round, decisions.script(key, script, round, arguments),
        written);
  }

  /** Returns the value in {@code stored}, or null (counted and logged) if it does not decode. */
  V decode(K key, byte[] stored) {
    try {
      return format.decode(stored);
    } catch (DecodingException e) {
      reportUnreadable("the value of key", String.valueOf(key), e);
      return null;
    }
  }

  private void reportUnreadable(String what, String which, DecodingException e) {
    unreadable.increment();
    long count = unreadable.sum();
    // Every failure is counted; the log says so at powers of two, so a flood cannot drown it.
    if (Long.bitCount(count) == 1) {
      LOG.log(Level.WARNING, "Cache '" + cacheName + "' in Redis at "
          + redis.describe() + ": cannot read " + what + " '" + which + "' ("
          + e.getMessage() + "); it is treated as absent. Unreadable so far: " + count);
    }
  }

}
