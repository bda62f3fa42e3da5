package io.tiercel.jcache.store.redis;

import io.tiercel.jcache.coherence.Coherence;
import io.tiercel.jcache.coherence.InvalidationSink;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.CacheException;
import redis.clients.jedis.BinaryJedisPubSub;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * Hears from Redis of every change to the keys under one prefix, by anyone, and drops the near
 * caches' copies of them: server-assisted client-side caching in broadcast mode, on two
 * connections and a thread of its own.
 *
 * <ul>
 *   <li>The tracking connection registers {@code CLIENT TRACKING ON BCAST PREFIX <prefix>:
 *       NOLOOP}, redirected to the subscribed connection: writes, deletes, expiries and
 *       evictions by any client reach every listener on the prefix, and a flush of the database
 *       drops every copy. Changes made on the tracking connection itself are not echoed back,
 *       so near caches send the access expiry of the reads they serve through it
 *       ({@link #track}) without losing their own copies.</li>
 *   <li>Keys arrive as bytes and are delivered as bytes: nothing from Redis is decoded on the
 *       listener's thread.</li>
 *   <li>Until the subscription is confirmed, and whenever either connection is lost or stops
 *       answering the pings sent every second for longer than the timeout, {@link Coherence}
 *       stops near caches from serving copies and they are flushed; they serve again only after
 *       both connections are back and the caches were flushed again.</li>
 *   <li>Lost connections are re-established with growing pauses, up to two seconds, to the
 *       server commands go to then: behind Sentinel, the master after a failover, whose
 *       announcement also cuts off the connections to the old one.</li>
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
  private final ScheduledExecutorService watchdog;
  private final long pingMillis;
  private final Object trackingLock = new Object();
  private volatile Jedis subscriber;
  private volatile Jedis tracking;
  private volatile Subscription subscription;
  /** The server both connections lead to; behind Sentinel, the master when they were made. */
  private volatile HostAndPort connectedTo;
  private volatile boolean closed;
  private boolean refusalReported;

  InvalidationListener(RedisGateway redis, long pingMillis) {
    this.redis = redis;
    this.prefix = (redis.settings().keyPrefix() + ":").getBytes(StandardCharsets.UTF_8);
    this.pingMillis = pingMillis;
    int number = THREADS.incrementAndGet();
    this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread ping = new Thread(task, "tiercel-invalidations-ping-" + number);
      ping.setDaemon(true);
      return ping;
    });
    watchdog.scheduleWithFixedDelay(this::checkAlive, pingMillis, pingMillis,
        TimeUnit.MILLISECONDS);
    this.thread = new Thread(this::listen, "tiercel-invalidations-" + number);
    thread.setDaemon(true);
    thread.start();
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

  /**
   * Sends {@code batch} in one round trip on the tracking connection, whose changes Redis does
   * not echo back to this listener, and returns the replies (a refused command's is a
   * {@link CacheException}).
   *
   * @throws RedisUnavailableException if the connections are not up; a failure on the way
   *     drops them, so near caches are flushed and bypassed until they are back
   */
  List<Object> track(List<? extends CommandObject<?>> batch) {
    synchronized (trackingLock) {
      Jedis connection = tracking;
      if (connection == null || !coherence.isServing()) {
        throw new RedisUnavailableException("The tracking connection to Redis at "
            + redis.describe() + " is not up", null);
      }
      try {
        List<Response<?>> responses = new ArrayList<>(batch.size());
        Pipeline pipeline = connection.pipelined();
        for (CommandObject<?> command : batch) {
          responses.add(pipeline.executeCommand(command));
        }
        pipeline.sync();
        List<Object> replies = new ArrayList<>(responses.size());
        List<Integer> lost = new ArrayList<>();
        for (Response<?> response : responses) {
          try {
            replies.add(response.get());
          } catch (JedisNoScriptException e) {
            lost.add(replies.size());
            replies.add(e);
          } catch (JedisDataException e) {
            replies.add(redis.translate(e));
          }
        }
        if (!lost.isEmpty()) {
          List<Object> retried = track(redis.withScriptsLoaded(lost.stream().map(batch::get)
              .toList()));
          int loads = retried.size() - lost.size();
          for (int j = 0; j < lost.size(); j++) {
            replies.set(lost.get(j), retried.get(loads + j));
          }
        }
        return replies;
      } catch (RuntimeException e) {
        disconnect();
        throw redis.translate(e);
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    watchdog.shutdownNow();
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
      HostAndPort server = currentServer();
      connectedTo = server;
      try (Jedis subscribed = new Jedis(server, redis.clientConfig());
          Jedis tracker = new Jedis(server, redis.clientConfig())) {
        subscriber = subscribed;
        long id = subscribed.clientId();
        tracker.sendCommand(Protocol.Command.CLIENT, bytes("TRACKING"), bytes("ON"),
            bytes("REDIRECT"), bytes(Long.toString(id)), bytes("BCAST"), bytes("PREFIX"), prefix,
            bytes("NOLOOP"));
        tracking = tracker;
        Subscription listening = new Subscription();
        subscription = listening;
        subscribed.subscribe(listening, CHANNEL);
      } catch (JedisDataException e) {
        if (!closed && !refusalReported) {
          refusalReported = true;
          LOG.log(Level.WARNING, "Near caches on Redis at " + redis.describe()
              + " are bypassed, every read goes to Redis: " + redis.translate(e).getMessage()
              + ". Invalidations need Redis 6 or newer and a user allowed CLIENT and SUBSCRIBE;"
              + " or choose TIERCEL_MODE=redis");
        }
      } catch (RuntimeException e) {
        if (!closed) {
          LOG.log(coherence.isServing() ? Level.WARNING : Level.DEBUG,
              "Invalidations from Redis at " + redis.describe() + " stopped ("
              + redis.translate(e).getMessage()
              + "); near caches are flushed and bypassed until they resume");
        }
      } finally {
        synchronized (trackingLock) {
          tracking = null;
        }
        subscription = null;
        subscriber = null;
        lose();
      }
      if (!closed) {
        pause(pause);
        pause = Math.min(MAX_PAUSE_MILLIS, pause * 2);
      }
    }
  }

  /**
   * Pings both connections; a subscription that has not answered the last ping in time, a
   * tracking connection that fails, or connections to a server that is no longer the one
   * commands go to (a Sentinel failover) stop the near caches at once and are cut off.
   */
  private void checkAlive() {
    Subscription current = subscription;
    if (current == null || !current.isSubscribed()) {
      return;
    }
    HostAndPort server = currentServer();
    if (!server.equals(connectedTo)) {
      LOG.log(Level.INFO, "Redis at " + redis.describe() + " is no longer at " + connectedTo
          + "; the invalidation connections follow");
      lose();
      disconnect();
      return;
    }
    long silentMillis = (System.nanoTime() - current.lastPong) / 1_000_000;
    if (silentMillis > pingMillis + redis.settings().timeout().toMillis()) {
      LOG.log(Level.WARNING, "Redis at " + redis.describe() + " has not answered"
          + " the invalidation connection for " + silentMillis + " ms; reconnecting");
      lose();
      disconnect();
      return;
    }
    try {
      current.ping();
      track(List.of(redis.commands().ping()));
    } catch (RuntimeException e) {
      lose();
      disconnect();
    }
  }

  private HostAndPort currentServer() {
    RedisSettings settings = redis.settings();
    return new HostAndPort(settings.host(), settings.port());
  }

  private void disconnect() {
    Jedis current = subscriber;
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

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
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
          + redis.describe() + " for prefix " + new String(prefix,
              StandardCharsets.UTF_8));
    }

    @Override
    public void onMessage(byte[] channel, byte[] message) {
      try {
        if (message == null) {
          sinks.values().forEach(InvalidationSink::invalidateAll);
        } else {
          dispatch(message);
        }
      } catch (RuntimeException e) {
        // Never lose an invalidation to a failing sink: drop everything instead.
        LOG.log(Level.WARNING, "An invalidation could not be delivered; every near cache of"
            + " Redis at " + redis.describe() + " is flushed", e);
        sinks.values().forEach(InvalidationSink::invalidateAll);
      }
    }

    @Override
    public void onPong(byte[] pattern) {
      lastPong = System.nanoTime();
    }
  }
}
