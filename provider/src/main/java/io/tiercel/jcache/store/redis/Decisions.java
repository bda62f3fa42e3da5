package io.tiercel.jcache.store.redis;

import io.tiercel.jcache.codec.ValueFormat;
import io.tiercel.jcache.store.Change;
import io.tiercel.jcache.store.Change.Kind;
import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.StoreListener;
import io.tiercel.jcache.store.redis.LearnedExpiry.Branch;
import io.tiercel.jcache.store.redis.LearnedExpiry.Round;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.params.SetParams;

/**
 * How one cache's decisions run in Redis: a single-key script (or a plain {@code SET ... GET}
 * where the expiry allows), asked again for any time to live it needs, and its reply turned
 * into the {@link Change} the store reports.
 */
final class Decisions<K, V> {
  private final RedisGateway redis;
  private final KeySpace<K> space;
  private final RedisReads<K, V> reads;
  private final BiFunction<K, byte[], V> decoder;
  private final StoreListener<K, V> listener;

  Decisions(RedisGateway redis, KeySpace<K> space, RedisReads<K, V> reads,
      BiFunction<K, byte[], V> decoder, StoreListener<K, V> listener) {
    this.redis = redis;
    this.space = space;
    this.reads = reads;
    this.decoder = decoder;
    this.listener = listener;
  }

  /**
   * Stores {@code values[i]} under {@code keys[i]} with the expiry of {@code rounds[i]}, all in
   * one pipelined round trip (again for those whose script needed a time to live), and returns
   * each key's change.
   */
  Map<K, Change<V>> putAll(List<K> keys, List<byte[]> values, List<Round> rounds) {
    Map<K, Change<V>> changes = new LinkedHashMap<>();
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      pending.add(i);
    }
    while (!pending.isEmpty()) {
      List<CommandObject<?>> calls = new ArrayList<>();
      List<Boolean> direct = new ArrayList<>();
      for (int i : pending) {
        SetParams set = directSet(rounds.get(i));
        byte[] redisKey = space.key(keys.get(i));
        direct.add(set != null);
        calls.add(set != null
            ? redis.commands().setGet(redisKey, values.get(i), set)
            : redis.scriptCall(Script.PUT, redisKey,
                putArguments(values.get(i)).apply(rounds.get(i))));
      }
      List<Object> replies = redis.pipeline(calls);
      List<Integer> again = new ArrayList<>();
      for (int j = 0; j < pending.size(); j++) {
        int i = pending.get(j);
        Reply reply = direct.get(j) ? Reply.ofSet(replies.get(j)) : Reply.of(replies.get(j));
        if (reply.status() == '?') {
          rounds.get(i).ask(Branch.of(reply.branch()));
          again.add(i);
        } else {
          changes.put(keys.get(i),
              finish(keys.get(i), rounds.get(i), reply, values.get(i)));
        }
      }
      pending = again;
    }
    return changes;
  }

  /** Runs a decision script, asking the expiry for any answer it needs and running it again. */
  Reply script(K key, Script script, Round round,
      Function<Round, List<byte[]>> arguments) {
    byte[] redisKey = space.key(key);
    while (true) {
      Reply reply = Reply.of(redis.script(script, redisKey, arguments.apply(round)));
      if (reply.status() != '?') {
        return reply;
      }
      round.ask(Branch.of(reply.branch()));
    }
  }

  /**
   * Turns a script's reply into the change it made, confirming the expiry branch it took and
   * reporting an expiry it caused; a previous value that does not decode counts as absent.
   */
  Change<V> finish(K key, Round round, Reply reply, byte[] written) {
    V previous = reply.value() == null ? null : decoder.apply(key, reply.value());
    byte[] redisKey = space.key(key);
    return switch (reply.status()) {
      case 'C' -> corrected(redisKey, round, Branch.CREATION, written, Kind.CREATED, null);
      case 'U' -> corrected(redisKey, round, Branch.UPDATE, written,
          previous == null ? Kind.CREATED : Kind.UPDATED, previous);
      case 'D' -> {
        round.confirm(reply.value() == null ? Branch.CREATION : Branch.UPDATE);
        yield new Change<>(Kind.DISCARDED, previous);
      }
      case 'R' -> previous == null ? Change.none() : new Change<>(Kind.REMOVED, previous);
      case 'X' -> {
        round.confirm(Branch.ACCESS);
        if (previous != null) {
          listener.onExpired(key, previous);
        }
        yield new Change<>(Kind.UNCHANGED, previous);
      }
      case 'N' -> {
        if (previous != null && reads.accessCorrected(key, redisKey, round, reply.value(),
            previous)) {
          listener.onExpired(key, previous);
        }
        yield previous == null ? Change.none() : new Change<>(Kind.UNCHANGED, previous);
      }
      case 'P' -> previous == null ? Change.none() : new Change<>(Kind.UNCHANGED, previous);
      case 'F' -> null;
      default -> throw new IllegalStateException("Unexpected reply '" + reply.status()
          + "' from a Tiercel script in Redis at " + redis.describe());
    };
  }

  /**
   * Confirms the branch a write took; if the expiry's answer differs from the one the script
   * used, applies it to the value just written (a zero time to live removes it).
   */
  private Change<V> corrected(byte[] redisKey, Round round, Branch branch, byte[] written,
      Kind kind, V previous) {
    Long ttl = round.confirm(branch);
    if (ttl != null && ttl != Expiry.UNCHANGED
        && reads.touch(redisKey, ValueFormat.stamp(written), ttl) == RedisReads.REMOVED) {
      return new Change<>(Kind.DISCARDED, previous);
    }
    return new Change<>(kind, previous);
  }

  /** Returns the arguments of the put script for the stored form {@code written}. */
  static Function<Round, List<byte[]>> putArguments(byte[] written) {
    return round -> List.of(written, arg(round, Branch.CREATION), arg(round, Branch.UPDATE));
  }

  /**
   * Returns the options of a plain {@code SET ... GET} that decides creation and update as the
   * script would, or null when the times to live need the script: eternal creation with
   * unchanged or eternal updates, or the same positive time to live for both.
   */
  static SetParams directSet(Round round) {
    String creation = round.argument(Branch.CREATION);
    String update = round.argument(Branch.UPDATE);
    if (creation.equals("e") && update.equals("k")) {
      return SetParams.setParams().keepTtl();
    }
    if (creation.equals("e") && update.equals("e")) {
      return SetParams.setParams();
    }
    if (creation.equals(update) && !creation.equals("0") && Character.isDigit(creation.charAt(0))) {
      return SetParams.setParams().px(Long.parseLong(creation));
    }
    return null;
  }

  static byte[] arg(Round round, Branch branch) {
    return round.argument(branch).getBytes(StandardCharsets.US_ASCII);
  }
}
