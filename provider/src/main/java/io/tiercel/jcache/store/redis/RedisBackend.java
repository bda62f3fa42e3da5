package io.tiercel.jcache.store.redis;

import io.tiercel.jcache.coherence.Coherence;
import io.tiercel.jcache.coherence.InvalidationSink;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One cache manager's Redis: the pooled connections every cache shares, the invalidation
 * listener its near caches follow (started with the first near cache), and a thread for
 * background work such as batched touches and pings.
 */
public final class RedisBackend implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final long PING_MILLIS = 1_000;

  private final RedisGateway gateway;
  private final ScheduledExecutorService scheduler;
  private InvalidationListener listener;

  private RedisBackend(RedisSettings settings) {
    this.gateway = RedisGateway.open(settings);
    this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "tiercel-redis-" + THREADS.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Opens the backend of the server {@code settings} names; connections open lazily. */
  public static RedisBackend open(RedisSettings settings) {
    return new RedisBackend(settings);
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
    if (listener == null) {
      listener = new InvalidationListener(gateway, scheduler, PING_MILLIS);
    }
    return listener.coherence();
  }

  /** Delivers the invalidations of cache {@code cacheName} to {@code sink}. */
  public synchronized void register(String cacheName, InvalidationSink sink) {
    coherence();
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
    if (listener != null) {
      listener.close();
    }
    scheduler.shutdownNow();
    gateway.close();
  }
}
