package io.tiercel.jcache.store.redis;

import io.tiercel.jcache.coherence.Coherence;
import io.tiercel.jcache.coherence.InvalidationSink;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import redis.clients.jedis.BinaryJedisPubSub;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * Hears from Redis of every change to the keys under one prefix, by anyone, and drops the near
 * caches' copies of them: server-assisted client-side caching in broadcast mode
 * ({@code CLIENT TRACKING ON BCAST PREFIX}), on a connection and a thread of its own.
 *
 * <ul>
 *   <li>Writes, deletes, expiries and evictions by any client reach every listener on the
 *       prefix; a flush of the database drops every copy.</li>
 *   <li>Until the subscription is confirmed, and whenever the connection is lost or stops
 *       answering pings, {@link Coherence} stops near caches from serving copies, and they are
 *       flushed; they serve again only after the listener is back and they were flushed
 *       again.</li>
 *   <li>A lost connection is re-established with growing pauses, up to two seconds.</li>
 * </ul>
 */
final class InvalidationListener implements AutoCloseable {
  private static final Logger LOG = System.getLogger(InvalidationListener.class.getName());
  private static final byte[] CHANNEL = "__redis__:invalidate".getBytes(StandardCharsets.UTF_8);
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final long MAX_PAUSE_MILLIS = 2_000;

  private final RedisGateway redis;
  private final byte[] prefix;
  private final Coherence coherence = new Coherence();
  private final ConcurrentMap<String, InvalidationSink> sinks = new ConcurrentHashMap<>();
  private final Thread thread;
  private final ScheduledFuture<?> watchdog;
  private final long pingMillis;
  private volatile Jedis connection;
  private volatile Subscription subscription;
  private volatile boolean closed;
  private boolean refusalReported;

  InvalidationListener(RedisGateway redis, ScheduledExecutorService scheduler, long pingMillis) {
    this.redis = redis;
    this.prefix = (redis.settings().keyPrefix() + ":").getBytes(StandardCharsets.UTF_8);
    this.pingMillis = pingMillis;
    this.thread = new Thread(this::listen, "tiercel-invalidations-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    thread.start();
    this.watchdog = scheduler.scheduleWithFixedDelay(this::checkAlive, pingMillis, pingMillis,
        TimeUnit.MILLISECONDS);
  }

  /** Returns the trust state the near caches of this prefix follow. */
  Coherence coherence() {
    return coherence;
  }

  /** Delivers the invalidations of cache {@code cacheName} to {@code sink}. */
  void register(String cacheName, InvalidationSink sink) {
    sinks.put(KeySpace.escape(cacheName), sink);
  }

  /** Stops delivering to {@code sink}. */
  void unregister(String cacheName, InvalidationSink sink) {
    sinks.remove(KeySpace.escape(cacheName), sink);
  }

  @Override
  public void close() {
    closed = true;
    watchdog.cancel(false);
    disconnect();
    thread.interrupt();
    try {
      thread.join(redis.settings().timeout().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void listen() {
    long pause = 50;
    while (!closed) {
      try (Jedis jedis = new Jedis(
          new HostAndPort(redis.settings().host(), redis.settings().port()),
          redis.clientConfig())) {
        connection = jedis;
        long id = jedis.clientId();
        jedis.sendCommand(Protocol.Command.CLIENT, "TRACKING".getBytes(StandardCharsets.UTF_8),
            "ON".getBytes(StandardCharsets.UTF_8), "REDIRECT".getBytes(StandardCharsets.UTF_8),
            Long.toString(id).getBytes(StandardCharsets.UTF_8),
            "BCAST".getBytes(StandardCharsets.UTF_8), "PREFIX".getBytes(StandardCharsets.UTF_8),
            prefix);
        Subscription listening = new Subscription();
        subscription = listening;
        jedis.subscribe(listening, CHANNEL);
      } catch (JedisDataException e) {
        if (!closed && !refusalReported) {
          refusalReported = true;
          LOG.log(Level.WARNING, "Near caches on Redis at " + redis.settings().describe()
              + " are bypassed, every read goes to Redis: " + redis.translate(e).getMessage()
              + ". Invalidations need Redis 6 or newer and a user allowed CLIENT and SUBSCRIBE;"
              + " or choose TIERCEL_MODE=redis");
        }
      } catch (RuntimeException e) {
        if (!closed) {
          LOG.log(coherence.isServing() ? Level.WARNING : Level.DEBUG, "Invalidations from Redis at "
              + redis.settings().describe() + " stopped (" + redis.translate(e).getMessage()
              + "); near caches are flushed and bypassed until they resume");
        }
      } finally {
        subscription = null;
        connection = null;
        lose();
      }
      if (!closed) {
        pause(pause);
        pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
      }
    }
  }

  /** Pings the subscription; one that has not answered the last ping in time is cut off. */
  private void checkAlive() {
    Subscription current = subscription;
    if (current == null || !current.isSubscribed()) {
      return;
    }
    long silentMillis = (System.nanoTime() - current.lastPong) / 1_000_000;
    if (silentMillis > pingMillis + redis.settings().timeout().toMillis()) {
      LOG.log(Level.WARNING, "Redis at " + redis.settings().describe() + " has not answered"
          + " the invalidation connection for " + silentMillis + " ms; reconnecting");
      disconnect();
      return;
    }
    try {
      current.ping();
    } catch (RuntimeException e) {
      disconnect();
    }
  }

  private void disconnect() {
    Jedis current = connection;
    if (current != null) {
      current.getConnection().disconnect();
    }
  }

  private void lose() {
    coherence.lost();
    sinks.values().forEach(InvalidationSink::invalidateAll);
  }

  private void dispatch(byte[] key) {
    if (key.length <= prefix.length || !startsWithPrefix(key)) {
      return;
    }
    int colon = prefix.length;
    while (colon < key.length && key[colon] != ':') {
      colon++;
    }
    if (colon == key.length) {
      return;
    }
    InvalidationSink sink = sinks.get(
        new String(key, prefix.length, colon - prefix.length, StandardCharsets.UTF_8));
    if (sink != null) {
      sink.invalidate(key, colon + 1);
    }
  }

  private boolean startsWithPrefix(byte[] key) {
    for (int i = 0; i < prefix.length; i++) {
      if (key[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  /** The subscription to invalidation messages; {@code null} means "everything changed". */
  private final class Subscription extends BinaryJedisPubSub {
    volatile long lastPong = System.nanoTime();

    @Override
    public void onSubscribe(byte[] channel, int subscribedChannels) {
      lastPong = System.nanoTime();
      sinks.values().forEach(InvalidationSink::invalidateAll);
      coherence.established();
      LOG.log(Level.DEBUG, () -> "Listening to invalidations from Redis at "
          + redis.settings().describe() + " for prefix " + new String(prefix,
              StandardCharsets.UTF_8));
    }

    @Override
    public void onMessage(byte[] channel, byte[] message) {
      if (message == null) {
        sinks.values().forEach(InvalidationSink::invalidateAll);
      } else {
        dispatch(message);
      }
    }

    @Override
    public void onPong(byte[] pattern) {
      lastPong = System.nanoTime();
    }
  }
}
