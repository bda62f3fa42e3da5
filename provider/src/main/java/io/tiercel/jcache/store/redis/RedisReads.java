package io.tiercel.jcache.store.redis;

import io.tiercel.jcache.codec.ValueFormat;
import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.StoreListener;
import io.tiercel.jcache.store.redis.LearnedExpiry.Branch;
import io.tiercel.jcache.store.redis.LearnedExpiry.Round;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  public static final long UNKNOWN = Long.MIN_VALUE + 1;
  /** What a read of a key holding another Redis type is taken for: bytes not in the format. */
  private static final byte[] FOREIGN = new byte[0];
  /** A fetch's deferred access when there is none to apply. */
  public static final long NO_ACCESS = Long.MIN_VALUE + 2;

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
   * @param deferredAccess the access time to live the caller must still apply (a read that
   *     deferred its access), or {@link #NO_ACCESS}
   */
  public record Fetched<V>(V value, byte[] stamp, long ttlMillis, int size,
      long deferredAccess) {
    private static final Fetched<?> MISS = new Fetched<>(null, new byte[0], 0L, 0, NO_ACCESS);

    /** Returns whether a live value was found. */
    public boolean found() {
      return value != null;
    }

    @SuppressWarnings("unchecked")
    static <V> Fetched<V> miss() {
      return (Fetched<V>) MISS;
    }
  }

  /**
   * Reads {@code key} as an access; with {@code withTtl}, learns its time to live too. With
   * {@code deferAccess}, a read whose access sets a new deadline does not set it (a plain
   * {@code GET}, which Redis does not report as a change) and returns it to apply instead.
   */
  public Fetched<V> fetch(K key, Expiry expiry, boolean withTtl, boolean deferAccess) {
    return fetchAll(List.of(key), expiry, withTtl, deferAccess).get(key);
  }

  /** Reads {@code keys} as {@link #fetch} does, in one round trip; absent keys map to a miss. */
  public Map<K, Fetched<V>> fetchAll(Collection<? extends K> keys, Expiry expiry,
      boolean withTtl, boolean deferAccess) {
    List<K> order = new ArrayList<>(keys);
    List<Round> rounds = new ArrayList<>();
    List<String> accesses = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    List<CommandObject<?>> batch = new ArrayList<>();
    boolean removes = false;
    for (K key : order) {
      Round round = expiries.begin(expiry);
      String access = round.argument(Branch.ACCESS);
      byte[] redisKey = space.key(key);
      rounds.add(round);
      accesses.add(access);
      positions.add(batch.size());
      batch.add(readCommand(redisKey, deferAccess && !access.equals("0") ? "k" : access));
      removes |= access.equals("0");
      if (withTtl && (deferAccess || !ttlKnown(access))) {
        batch.add(redis.commands().pttl(redisKey));
      }
    }
    List<Object> replies = send(batch, removes);
    Map<K, Fetched<V>> fetched = new LinkedHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      K key = order.get(i);
      String access = accesses.get(i);
      int at = positions.get(i);
      boolean pttl = withTtl && (deferAccess || !ttlKnown(access));
      long ttl = pttl ? fromPttl(replies.get(at + 1)) : ttlOf(access);
      byte[] stored = stored(replies.get(at));
      fetched.put(key, deferAccess && !access.equals("0")
          ? deferred(key, rounds.get(i), access, stored, ttl)
          : accessed(key, space.key(key), rounds.get(i), access, stored, ttl));
    }
    return fetched;
  }

  /** Returns the name {@code key} has in Redis after its cache's prefix. */
  public byte[] keyName(K key) {
    return space.name(key);
  }

  /**
   * Returns the command that applies the access time to live {@code ttl} to the key named
   * {@code name} (see {@link #keyName}), holding the value written with {@code stamp}; its reply
   * reads with {@link #touched}.
   *
   * <p>A deadline is moved with a plain {@code PEXPIRE} or {@code PERSIST}: Redis does not echo
   * a command back to the connection that made it with {@code NOLOOP}, but it does echo the
   * changes of a script. A zero time to live removes the value with the stamp-checked script.
   */
  public CommandObject<?> touchCommand(byte[] name, byte[] stamp, long ttl) {
    byte[] redisKey = space.withPrefix(name);
    if (ttl == 0L) {
      return redis.scriptCall(Script.TOUCH, redisKey, touchArguments(stamp, ttl));
    }
    String argument = LearnedExpiry.argument(ttl);
    return argument.equals("e")
        ? redis.commands().persist(redisKey)
        : redis.commands().pexpire(redisKey, Long.parseLong(argument));
  }

  /**
   * Returns what the command {@link #touchCommand} made for {@code ttl} answered: the value's
   * remaining milliseconds, {@link #ETERNAL}, {@link #REMOVED} (a zero time to live removed
   * it), {@link #GONE} (the value is no longer there) or {@link #UNKNOWN} (no news: the key was
   * already without a deadline, or is gone).
   */
  public static long touched(Object reply, long ttl) {
    Object answer = reply(reply);
    if (ttl == 0L) {
      return touched(answer);
    }
    boolean applied = Long.valueOf(1L).equals(answer);
    if (LearnedExpiry.argument(ttl).equals("e")) {
      return applied ? ETERNAL : UNKNOWN;
    }
    return applied ? ttl : GONE;
  }

  /** Returns what the touch script answered. */
  private static long touched(Object reply) {
    return reply == null ? GONE : (Long) reply(reply);
  }

  /** Applies {@code ttl} to the value under {@code redisKey} written with {@code stamp}. */
  long touch(byte[] redisKey, byte[] stamp, long ttl) {
    return touched(redis.script(Script.TOUCH, redisKey, touchArguments(stamp, ttl)));
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
      return new Fetched<>(value, stamp, 0L, stored.length, NO_ACCESS);
    }
    Long corrected = round.confirm(Branch.ACCESS);
    if (corrected != null && corrected != Expiry.UNCHANGED) {
      long remaining = touch(redisKey, stamp, corrected);
      if (remaining == REMOVED) {
        listener.onExpired(key, value);
      }
      ttl = remaining == GONE || remaining == REMOVED ? 0L : remaining;
    }
    return new Fetched<>(value, stamp, ttl, stored.length, NO_ACCESS);
  }

  /**
   * A read that deferred its access: the access time to live is returned, not applied, unless
   * it is zero, which removes the entry at once.
   */
  private Fetched<V> deferred(K key, Round round, String access, byte[] stored, long ttl) {
    V value = stored == null ? null : decoder.apply(key, stored);
    if (value == null) {
      return Fetched.miss();
    }
    byte[] stamp = ValueFormat.stamp(stored);
    Long corrected = round.confirm(Branch.ACCESS);
    long apply = corrected != null ? corrected
        : access.equals("k") ? Expiry.UNCHANGED
        : access.equals("e") ? Expiry.ETERNAL
        : Long.parseLong(access);
    if (apply == 0L) {
      if (touch(space.key(key), stamp, 0L) == REMOVED) {
        listener.onExpired(key, value);
      }
      return new Fetched<>(value, stamp, 0L, stored.length, NO_ACCESS);
    }
    return new Fetched<>(value, stamp, ttl, stored.length,
        apply == Expiry.UNCHANGED ? NO_ACCESS : apply);
  }

  /** Sends a batch of reads, one command alone or pipelined; refusals arrive as replies. */
  private List<Object> send(List<CommandObject<?>> batch, boolean removes) {
    if (batch.size() > 1) {
      return removes ? redis.pipeline(batch) : redis.readPipeline(batch);
    }
    try {
      return Collections.singletonList(removes ? redis.write(batch.get(0))
          : redis.read(batch.get(0)));
    } catch (ForeignKeyException e) {
      return Collections.singletonList(e);
    }
  }

  /** Returns the stored bytes a read found; a key of another Redis type reads as foreign bytes. */
  static byte[] stored(Object reply) {
    return reply instanceof ForeignKeyException ? FOREIGN : (byte[]) reply(reply);
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
  private static long fromPttl(Object reply) {
    Long pttl = reply instanceof ForeignKeyException ? null : (Long) reply(reply);
    if (pttl == null || pttl == -2L) {
      return 0L;
    }
    return pttl == -1L ? ETERNAL : pttl;
  }

  private static List<byte[]> touchArguments(byte[] stamp, long ttl) {
    return List.of(stamp,
        LearnedExpiry.argument(ttl).getBytes(StandardCharsets.US_ASCII));
  }

  private static Object reply(Object reply) {
    if (reply instanceof CacheException failure) {
      throw failure;
    }
    return reply;
  }
}
