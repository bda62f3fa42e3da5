package io.tiercel.jcache.store.tiered;

import io.tiercel.jcache.store.redis.RedisBackend;
import io.tiercel.jcache.store.redis.RedisReads;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import redis.clients.jedis.CommandObject;

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
 *   <li>Touches go on the invalidation listener's tracking connection while it is up, so Redis
 *       does not report them back to this JVM as changes that would drop its own copies.</li>
 * </ul>
 */
final class TouchBatcher<K, V> {
  private static final Logger LOG = System.getLogger(TouchBatcher.class.getName());
  private static final long DELAY_MILLIS = 5;
  private static final int BATCH = 500;

  private record Touch(NearKey key, byte[] stamp, long ttl) {}

  private final RedisReads<K, V> reads;
  private final NearCache<K, V> near;
  private final RedisBackend backend;
  private final ConcurrentLinkedQueue<Touch> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();

  TouchBatcher(RedisReads<K, V> reads, NearCache<K, V> near, RedisBackend backend) {
    this.reads = reads;
    this.near = near;
    this.backend = backend;
  }

  /** Queues the access of the copy of {@code key} written with {@code stamp}. */
  void add(NearKey key, byte[] stamp, long ttl) {
    queue.add(new Touch(key, stamp, ttl));
    if (scheduled.compareAndSet(false, true)) {
      try {
        backend.scheduler().schedule(this::flush, DELAY_MILLIS, TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        queue.clear();
      }
    }
  }

  /** Sends every queued touch now. */
  void flush() {
    scheduled.set(false);
    while (!queue.isEmpty()) {
      Map<NearKey, Touch> batch = new LinkedHashMap<>();
      Touch touch;
      while (batch.size() < BATCH && (touch = queue.poll()) != null) {
        batch.put(touch.key(), touch);
      }
      try {
        send(new ArrayList<>(batch.values()));
      } catch (RuntimeException e) {
        // Dropped: the copies keep their old deadlines.
      }
    }
  }

  /**
   * Sends one touch now and moves the copy's deadline as Redis answers; returns the answer (see
   * {@link RedisReads#touched(Object, long)}).
   */
  long sendNow(NearKey key, byte[] stamp, long ttl) {
    return send(List.of(new Touch(key, stamp, ttl))).get(0);
  }

  private List<Long> send(List<Touch> touches) {
    if (touches.isEmpty()) {
      return List.of();
    }
    long sent = near.now();
    List<CommandObject<?>> commands = new ArrayList<>(touches.size());
    for (Touch touch : touches) {
      commands.add(reads.touchCommand(touch.key().name(), touch.stamp(), touch.ttl()));
    }
    List<Long> answers = new ArrayList<>(touches.size());
    try {
      List<Object> replies = backend.touch(commands);
      for (int i = 0; i < touches.size(); i++) {
        Touch touch = touches.get(i);
        long answer = RedisReads.touched(replies.get(i), touch.ttl());
        answers.add(answer);
        near.touched(touch.key(), touch.stamp(), sent, answer);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.DEBUG, "Dropped " + touches.size() + " access touches: " + e.getMessage());
      throw e;
    }
    return answers;
  }
}
