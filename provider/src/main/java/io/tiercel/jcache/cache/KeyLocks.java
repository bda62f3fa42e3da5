package io.tiercel.jcache.cache;

import java.util.Collection;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Per-key mutual exclusion for a cache's writes, so the writer, the store and the event queue see
 * one order of writes to a key and only the winning decision of a race reaches the writer.
 *
 * <p>Keys share a fixed set of lock stripes by hash; several keys are locked in stripe order, so
 * batches cannot deadlock.
 */
final class KeyLocks {
  private static final int STRIPES = 64;

  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

  KeyLocks() {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /** Runs {@code action} holding the lock of {@code key}. */
  <T> T locked(Object key, Supplier<T> action) {
    ReentrantLock lock = stripes[stripe(key)];
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code action} holding the locks of every key in {@code keys}. */
  <T> T lockedAll(Collection<?> keys, Supplier<T> action) {
    TreeSet<Integer> held = new TreeSet<>();
    keys.forEach(key -> held.add(stripe(key)));
    held.forEach(index -> stripes[index].lock());
    try {
      return action.get();
    } finally {
      held.descendingSet().forEach(index -> stripes[index].unlock());
    }
  }

  private int stripe(Object key) {
    int hash = key.hashCode();
    return ((hash ^ (hash >>> 16)) & 0x7fffffff) % STRIPES;
  }
}
