package io.tiercel.jcache.store.tiered;

import io.tiercel.jcache.store.redis.RedisReads;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Carries the access expiry of reads a near cache served to Redis in the background, many at a
 * time, so a near-cache hit costs no round trip.
 *
 * <ul>
 *   <li>Touches wait at most a few milliseconds and leave in one pipelined round trip; several
 *       touches of one key in a batch send only the last.</li>
 *   <li>A touch applies only to the value the copy was read from (by stamp). Redis's answer
 *       moves the copy's deadline; until it arrives the copy keeps its old one, so a copy never
 *       outlives what Redis confirmed.</li>
 *   <li>A touch that fails (Redis unreachable) is dropped: the copy keeps its old deadline.</li>
 * </ul>
 */
final class TouchBatcher<K, V> {
  private static final Logger LOG = System.getLogger(TouchBatcher.class.getName());
  private static final long DELAY_MILLIS = 5;
  private static final int BATCH = 500;

  private record Touch<K>(K key, byte[] stamp, long ttl) {}

  private final RedisReads<K, V> reads;
  private final NearCache<K, V> near;
  private final ScheduledExecutorService scheduler;
  private final ConcurrentLinkedQueue<Touch<K>> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();

  TouchBatcher(RedisReads<K, V> reads, NearCache<K, V> near,
      ScheduledExecutorService scheduler) {
    this.reads = reads;
    this.near = near;
    this.scheduler = scheduler;
  }

  /** Queues the access of the copy of {@code key} written with {@code stamp}. */
  void add(K key, byte[] stamp, long ttl) {
    queue.add(new Touch<>(key, stamp, ttl));
    if (scheduled.compareAndSet(false, true)) {
      try {
        scheduler.schedule(this::flush, DELAY_MILLIS, TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        queue.clear();
      }
    }
  }

  /** Sends every queued touch now. */
  void flush() {
    scheduled.set(false);
    while (!queue.isEmpty()) {
      Map<K, Touch<K>> batch = new LinkedHashMap<>();
      Touch<K> touch;
      while (batch.size() < BATCH && (touch = queue.poll()) != null) {
        batch.put(touch.key(), touch);
      }
      send(new ArrayList<>(batch.values()));
    }
  }

  private void send(List<Touch<K>> touches) {
    if (touches.isEmpty()) {
      return;
    }
    long sent = near.now();
    try {
      List<Long> answers = reads.touchAll(touches.stream().map(Touch::key).toList(),
          touches.stream().map(Touch::stamp).toList(),
          touches.stream().map(Touch::ttl).toList());
      for (int i = 0; i < touches.size(); i++) {
        Touch<K> touch = touches.get(i);
        near.touched(touch.key(), touch.stamp(), sent, answers.get(i));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.DEBUG, "Dropped " + touches.size() + " access touches: " + e.getMessage());
    }
  }
}
