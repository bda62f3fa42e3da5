package io.tiercel.jcache.store.redis;

import io.tiercel.jcache.coherence.Coherence;
import io.tiercel.jcache.coherence.InvalidationSink;
import io.tiercel.jcache.config.RedisTopology;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.CacheException;
import redis.clients.jedis.CommandObject;

/**
 * One cache manager's Redis (one server, or the master Redis Sentinel names): the pooled
 * connections every cache shares, the invalidation listener its near caches follow (started with
 * the first near cache), and a thread for background work such as batched touches.
 */
public final class RedisBackend implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final long PING_MILLIS = 1_000;

  private final RedisGateway gateway;
  private final ScheduledExecutorService scheduler;
  private InvalidationListener listener;
  /** The trust state of near caches kept without invalidations, or null while they follow Redis. */
  private Coherence untracked;
  private boolean closed;

  private RedisBackend(RedisGateway gateway) {
    this.gateway = gateway;
    this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "tiercel-redis-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Opens the backend of the server {@code settings} names; connections open lazily. */
  public static RedisBackend open(RedisSettings settings) {
    return new RedisBackend(RedisGateway.open(settings));
  }

  /**
   * Opens the backend of {@code topology}. One server's connections open lazily; a
   * Sentinel-watched master's sentinels are asked where it is at once, and the backend follows
   * it when they fail it over. A Cluster is refused: its caches' multi-key pipelines and
   * {@code SCAN} need handling per node, which the Redis store does not do yet.
   *
   * @throws RedisUnavailableException if no sentinel answered
   * @throws CacheException if the sentinels know no such master, or the topology is a Cluster,
   *     saying what to configure instead
   */
  public static RedisBackend open(RedisTopology topology) {
    requireUsable(topology);
    return topology instanceof RedisTopology.Sentinel sentinel
        ? new RedisBackend(RedisGateway.open(sentinel))
        : open(((RedisTopology.Standalone) topology).settings());
  }

  /**
   * Checks, without connecting, that caches can use {@code topology}, so a cache manager
   * configured with one they cannot use fails when it is created.
   *
   * @throws CacheException if they cannot, saying what to write instead
   */
  public static void requireUsable(RedisTopology topology) {
    if (topology instanceof RedisTopology.Cluster) {
      throw unusable(topology);
    }
  }

  private static CacheException unusable(RedisTopology topology) {
    return new CacheException("Redis Cluster (" + topology.describe() + ") is read and checked,"
        + " but caches cannot use it yet; name one server with redis.url or redis.host, or a"
        + " Sentinel-watched master with redis.sentinel");
  }

  /**
   * Keeps this backend's near caches without invalidations ({@code coherence: none}): no
   * listener is started, and copies live until their time cap or eviction, whatever other JVMs
   * write. Call before the first near cache opens.
   */
  public synchronized RedisBackend withoutInvalidations() {
    if (listener != null) {
      throw new IllegalStateException("Near caches already follow invalidations");
    }
    untracked = new Coherence();
    untracked.established();
    return this;
  }

  /** Returns the pooled connections. */
  public RedisGateway gateway() {
    return gateway;
  }

  /** Returns the thread for background work. */
  public ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /**
   * Returns the trust state near caches of this backend follow, starting the invalidation
   * listener with the first near cache.
   */
  public synchronized Coherence coherence() {
    if (closed) {
      throw new IllegalStateException("The Redis backend of " + gateway.describe()
          + " is closed");
    }
    if (untracked != null) {
      return untracked;
    }
    if (listener == null) {
      listener = new InvalidationListener(gateway, PING_MILLIS);
    }
    return listener.coherence();
  }

  /**
   * Sends the touches of accesses near caches served, in one round trip: on the invalidation
   * listener's tracking connection while it is up, so Redis does not report them back as
   * changes to this JVM's near caches, else through the pool. Returns the replies.
   */
  public List<Object> touch(List<? extends CommandObject<?>> batch) {
    InvalidationListener current;
    synchronized (this) {
      current = listener;
    }
    if (current != null && current.coherence().isServing()) {
      try {
        return current.track(batch);
      } catch (RedisUnavailableException e) {
        // The near caches were just flushed: echoes no longer matter.
      }
    }
    return gateway.pipeline(batch);
  }

  /** Delivers the invalidations of cache {@code cacheName} to {@code sink}. */
  public synchronized void register(String cacheName, InvalidationSink sink) {
    if (coherence() == untracked) {
      return;
    }
    listener.register(cacheName, sink);
  }

  /** Stops delivering invalidations to {@code sink}. */
  public synchronized void unregister(String cacheName, InvalidationSink sink) {
    if (listener != null) {
      listener.unregister(cacheName, sink);
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (listener != null) {
      listener.close();
    }
    scheduler.shutdownNow();
    gateway.close();
  }
}
