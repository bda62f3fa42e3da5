package io.tiercel.jcache.store.redis;

import io.tiercel.jcache.codec.ValueFormat;
import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.StoreListener;
import io.tiercel.jcache.store.redis.LearnedExpiry.Branch;
import io.tiercel.jcache.store.redis.LearnedExpiry.Round;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import javax.cache.CacheException;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.params.GetExParams;

/**
 * Reads of one cache in Redis that apply the access expiry, optionally with the remaining time
 * to live a near cache needs, and the touches a near cache sends for accesses it served.
 *
 * <ul>
 *   <li>A read is one native command: {@code GET} when an access keeps the deadline,
 *       {@code GETEX PX}/{@code GETEX PERSIST} when it sets one, {@code GETDEL} when it expires the
 *       entry; with a {@code PTTL} pipelined beside it when the deadline is wanted and not known
 *       from the command itself.</li>
 *   <li>Many keys are read in one pipelined round trip.</li>
 * </ul>
 */
public final class RedisReads<K, V> {
  /** A time to live meaning "no deadline". */
  public static final long ETERNAL = -1L;
  /** A touch's answer when the zero time to live it applied removed the value. */
  public static final long REMOVED = -2L;
  /** A touch's answer when the value it was meant for is no longer there. */
  public static final long GONE = Long.MIN_VALUE;
  /** The time to live of a read that did not ask for it. */
  static final long UNKNOWN = Long.MIN_VALUE + 1;

  private final RedisGateway redis;
  private final KeySpace<K> space;
  private final LearnedExpiry expiries;
  private final BiFunction<K, byte[], V> decoder;
  private final StoreListener<K, V> listener;

  RedisReads(RedisGateway redis, KeySpace<K> space, LearnedExpiry expiries,
      BiFunction<K, byte[], V> decoder, StoreListener<K, V> listener) {
    this.redis = redis;
    this.space = space;
    this.expiries = expiries;
    this.decoder = decoder;
    this.listener = listener;
  }

  /**
   * A value read from Redis.
   *
   * @param value the live value, or null if there was none
   * @param stamp the stamp of the write that stored it
   * @param ttlMillis its remaining time to live when read: milliseconds, {@link #ETERNAL}, or
   *     {@code 0} when it must not be kept (it expired or is about to)
   * @param size how many bytes the value takes in Redis
   */
  public record Fetched<V>(V value, byte[] stamp, long ttlMillis, int size) {
    private static final Fetched<?> MISS = new Fetched<>(null, new byte[0], 0L, 0);

    /** Returns whether a live value was found. */
    public boolean found() {
      return value != null;
    }

    @SuppressWarnings("unchecked")
    static <V> Fetched<V> miss() {
      return (Fetched<V>) MISS;
    }
  }

  /** Reads {@code key} as an access; with {@code withTtl}, learns its time to live too. */
  public Fetched<V> fetch(K key, Expiry expiry, boolean withTtl) {
    byte[] redisKey = space.key(key);
    Round round = expiries.begin(expiry);
    String access = round.argument(Branch.ACCESS);
    CommandObject<byte[]> read = readCommand(redisKey, access);
    byte[] stored;
    long ttl;
    if (withTtl && !ttlKnown(access)) {
      List<Object> replies = redis.readPipeline(List.of(read,
          redis.commands().pttl(redisKey)));
      stored = (byte[]) reply(replies.get(0));
      ttl = fromPttl((Long) reply(replies.get(1)));
    } else {
      stored = access.equals("0") ? redis.write(read) : redis.read(read);
      ttl = ttlOf(access);
    }
    return accessed(key, redisKey, round, access, stored, ttl);
  }

  /** Reads {@code keys} as accesses in one round trip; absent keys map to a miss. */
  public Map<K, Fetched<V>> fetchAll(Set<? extends K> keys, Expiry expiry, boolean withTtl) {
    List<K> order = new ArrayList<>(keys);
    List<Round> rounds = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    List<CommandObject<?>> batch = new ArrayList<>();
    boolean removes = false;
    for (K key : order) {
      Round round = expiries.begin(expiry);
      String access = round.argument(Branch.ACCESS);
      byte[] redisKey = space.key(key);
      rounds.add(round);
      positions.add(batch.size());
      batch.add(readCommand(redisKey, access));
      removes |= access.equals("0");
      if (withTtl && !ttlKnown(access)) {
        batch.add(redis.commands().pttl(redisKey));
      }
    }
    List<Object> replies = removes ? redis.pipeline(batch) : redis.readPipeline(batch);
    Map<K, Fetched<V>> fetched = new LinkedHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      K key = order.get(i);
      Round round = rounds.get(i);
      String access = round.argument(Branch.ACCESS);
      int at = positions.get(i);
      long ttl = withTtl && !ttlKnown(access)
          ? fromPttl((Long) reply(replies.get(at + 1)))
          : ttlOf(access);
      fetched.put(key, accessed(key, space.key(key), round, access,
          (byte[]) reply(replies.get(at)), ttl));
    }
    return fetched;
  }

  /**
   * Applies the access time to live {@code ttl} to the value of {@code key} written with
   * {@code stamp}, if it is still there; returns its remaining milliseconds, {@link #ETERNAL},
   * {@link #REMOVED} (a zero {@code ttl} removed it) or {@link #GONE}.
   */
  public long touch(K key, byte[] stamp, long ttl) {
    return touch(space.key(key), stamp, ttl);
  }

  /** Applies {@code ttl} as {@link #touch(Object, byte[], long)} does, by Redis key. */
  long touch(byte[] redisKey, byte[] stamp, long ttl) {
    return touched(redis.script(Script.TOUCH, redisKey, touchArguments(stamp, ttl)));
  }

  /** Sends the touches of many accesses in one round trip, answering as {@link #touch} does. */
  public List<Long> touchAll(List<K> keys, List<byte[]> stamps, List<Long> ttls) {
    List<CommandObject<?>> batch = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      batch.add(redis.scriptCall(Script.TOUCH, space.key(keys.get(i)),
          touchArguments(stamps.get(i), ttls.get(i))));
    }
    List<Object> replies = redis.pipeline(batch);
    List<Long> answers = new ArrayList<>(replies.size());
    for (Object reply : replies) {
      answers.add(touched(reply(reply)));
    }
    return answers;
  }

  /**
   * Confirms that an operation accessed the live value {@code stored}; if the expiry's answer
   * differs from the one the script applied, applies it. Returns whether that removed the entry.
   */
  boolean accessCorrected(K key, byte[] redisKey, Round round, byte[] stored, V value) {
    Long ttl = round.confirm(Branch.ACCESS);
    return ttl != null && ttl != Expiry.UNCHANGED
        && touch(redisKey, ValueFormat.stamp(stored), ttl) == REMOVED;
  }

  private Fetched<V> accessed(K key, byte[] redisKey, Round round, String access,
      byte[] stored, long ttl) {
    V value = stored == null ? null : decoder.apply(key, stored);
    if (value == null) {
      return Fetched.miss();
    }
    byte[] stamp = ValueFormat.stamp(stored);
    if (access.equals("0")) {
      round.confirm(Branch.ACCESS);
      listener.onExpired(key, value);
      return new Fetched<>(value, stamp, 0L, stored.length);
    }
    Long corrected = round.confirm(Branch.ACCESS);
    if (corrected != null && corrected != Expiry.UNCHANGED) {
      long remaining = touch(redisKey, stamp, corrected);
      if (remaining == REMOVED) {
        listener.onExpired(key, value);
      }
      ttl = remaining == GONE || remaining == REMOVED ? 0L : remaining;
    }
    return new Fetched<>(value, stamp, ttl, stored.length);
  }

  private CommandObject<byte[]> readCommand(byte[] redisKey, String access) {
    return switch (access) {
      case "k", "?" -> redis.commands().get(redisKey);
      case "e" -> redis.commands().getEx(redisKey, GetExParams.getExParams().persist());
      case "0" -> redis.commands().getDel(redisKey);
      default -> redis.commands().getEx(redisKey,
          GetExParams.getExParams().px(Long.parseLong(access)));
    };
  }

  /** Returns whether the read command itself sets the deadline, so no PTTL is needed. */
  private static boolean ttlKnown(String access) {
    return !access.equals("k") && !access.equals("?");
  }

  private static long ttlOf(String access) {
    return switch (access) {
      case "k", "?" -> UNKNOWN;
      case "e" -> ETERNAL;
      default -> Long.parseLong(access);
    };
  }

  /** Turns a PTTL reply into a time to live: -1 (none) is eternal, -2 (no key) is zero. */
  private static long fromPttl(Long pttl) {
    if (pttl == null || pttl == -2L) {
      return 0L;
    }
    return pttl == -1L ? ETERNAL : pttl;
  }

  private static List<byte[]> touchArguments(byte[] stamp, long ttl) {
    return List.of(stamp,
        LearnedExpiry.argument(ttl).getBytes(StandardCharsets.US_ASCII));
  }

  private static long touched(Object reply) {
    return reply == null ? GONE : (Long) reply;
  }

  private static Object reply(Object reply) {
    if (reply instanceof CacheException failure) {
      throw failure;
    }
    return reply;
  }
}
