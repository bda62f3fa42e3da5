package io.tiercel.jcache.store.redis;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.cache.CacheException;
import redis.clients.jedis.params.SetParams;

/**
 * Per-key leases in Redis, so that writes calling a cache writer run one JVM at a time per key
 * and every JVM's writer hears a key's writes in the order Redis stores them.
 *
 * <ul>
 *   <li>A lease is the key {@code <prefix>!lease:<cache>:<key>}: outside the cache's keys (no
 *       scan or invalidation sees it), set with {@code NX} and a 30-second life, so a JVM that
 *       dies holding one stops blocking the key after 30 seconds.</li>
 *   <li>Several keys are leased in one global order (of their names), so JVMs leasing
 *       overlapping sets cannot deadlock.</li>
 *   <li>A holder gives its lease back only if it still holds it (a token compared in a
 *       script).</li>
 *   <li>Waiting for a lease another JVM holds is bounded by the lease's life; then the write
 *       fails with a {@link CacheException} naming the key.</li>
 * </ul>
 */
final class KeyLeases {
  private static final Logger LOG = System.getLogger(KeyLeases.class.getName());
  static final long LEASE_MILLIS = 30_000;
  private static final long MAX_PAUSE_MILLIS = 50;

  private final RedisGateway redis;
  private final String cacheName;
  private final byte[] prefix;

  KeyLeases(RedisGateway redis, String cacheName) {
    this.redis = redis;
    this.cacheName = cacheName;
    this.prefix = (redis.settings().keyPrefix() + "!lease:" + KeySpace.escape(cacheName) + ":")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Runs {@code action} holding the leases of the keys named {@code names}. */
  <T> T holding(Collection<byte[]> names, Supplier<T> action) {
    TreeSet<byte[]> ordered = new TreeSet<>(Arrays::compareUnsigned);
    ordered.addAll(names);
    byte[] token = new byte[16];
    ThreadLocalRandom.current().nextBytes(token);
    List<byte[]> held = new ArrayList<>(ordered.size());
    try {
      for (byte[] name : ordered) {
        byte[] lease = leaseKey(name);
        acquire(lease, token, name);
        held.add(lease);
      }
      return action.get();
    } finally {
      for (int i = held.size() - 1; i >= 0; i--) {
        release(held.get(i), token);
      }
    }
  }

  private void acquire(byte[] lease, byte[] token, byte[] name) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LEASE_MILLIS);
    long pause = 1;
    while (!"OK".equals(redis.write(redis.commands().set(lease, token,
        SetParams.setParams().nx().px(LEASE_MILLIS))))) {
      if (System.nanoTime() > deadline) {
        throw new CacheException("The write of key '" + new String(name, StandardCharsets.UTF_8)
            + "' in cache '" + cacheName + "' waited " + LEASE_MILLIS / 1000 + " s for another"
            + " JVM's write-through of the same key; it was not made");
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CacheException("Interrupted while waiting for another JVM's write-through of"
            + " a key in cache '" + cacheName + "'", e);
      }
      pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
    }
  }

  private void release(byte[] lease, byte[] token) {
    try {
      redis.script(Script.RELEASE, lease, List.of(token));
    } catch (CacheException e) {
      LOG.log(Level.DEBUG, () -> "A write-through lease of cache '" + cacheName
          + "' will lapse on its own: " + e.getMessage());
    }
  }

  private byte[] leaseKey(byte[] name) {
    byte[] key = Arrays.copyOf(prefix, prefix.length + name.length);
    System.arraycopy(name, 0, key, prefix.length, name.length);
    return key;
  }
}
