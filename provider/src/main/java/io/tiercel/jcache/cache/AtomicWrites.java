package io.tiercel.jcache.cache;

import io.tiercel.jcache.codec.Copier;
import io.tiercel.jcache.integration.ReadThrough;
import io.tiercel.jcache.integration.WriteThrough;
import io.tiercel.jcache.processor.ProcessorEntry;
import io.tiercel.jcache.store.Change;
import io.tiercel.jcache.store.Change.Kind;
import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.Snapshot;
import io.tiercel.jcache.store.Store;
import java.util.function.Function;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.EntryProcessorException;

/**
 * The conditional writes and entry processors of a cache, each atomic per key.
 *
 * <ul>
 *   <li>Without a writer, a conditional write is one atomic store call.</li>
 *   <li>With a writer, and for every entry processor, the entry is read as a {@link Snapshot},
 *       the decision is made outside any lock, and the store commits it only if the entry is
 *       unchanged; otherwise the step runs again.</li>
 *   <li>The writer hears of a change before the store makes it; a writer failure leaves the
 *       cache unchanged.</li>
 *   <li>With a writer, each key's read-decide-write runs under that key's lock
 *       ({@link KeyLocks}), so the writer hears only the decisions the cache stores.</li>
 *   <li>Without a writer, under contention an entry processor may run more than once for one
 *       call; only the last run's decision is stored.</li>
 * </ul>
 */
final class AtomicWrites<K, V> {

  /**
   * A decision about one entry.
   *
   * @param kind what to do: create, update, remove, or {@link Kind#UNCHANGED} to count an access
   * @param value the value to store for a create or update
   */
  record Plan<V>(Kind kind, V value) {}

  private final Store<K, V> store;
  private final Expiry expiry;
  private final Copier copier;
  private final WriteThrough<K, V> writer;
  private final ReadThrough<K, V> readThrough;
  private final ChangeReporter<K, V> reporter;
  private final KeyLocks locks;

  AtomicWrites(Store<K, V> store, Expiry expiry, Copier copier, CacheParts.Integration<K, V> io,
      ChangeReporter<K, V> reporter, KeyLocks locks) {
    this.store = store;
    this.expiry = expiry;
    this.copier = copier;
    this.writer = io.writer();
    this.readThrough = io.loader();
    this.reporter = reporter;
    this.locks = locks;
  }

  /** Stores {@code value} if the entry is absent. */
  Change<V> putIfAbsent(K key, V value) {
    return writer.isEnabled()
        ? apply(key, current -> current == null ? new Plan<>(Kind.CREATED, value) : null)
        : store.putIfAbsent(copier.copy(key), copier.copy(value), expiry);
  }

  /** Replaces the value of a live entry. */
  Change<V> replace(K key, V value) {
    return writer.isEnabled()
        ? apply(key, current -> current == null ? null : new Plan<>(Kind.UPDATED, value))
        : store.replace(copier.copy(key), copier.copy(value), expiry);
  }

  /** Replaces the value of a live entry whose value equals {@code expected}. */
  Change<V> replace(K key, V expected, V value) {
    return writer.isEnabled()
        ? apply(key, ifEqual(expected, new Plan<>(Kind.UPDATED, value)))
        : store.replace(copier.copy(key), expected, copier.copy(value), expiry);
  }

  /** Removes a live entry whose value equals {@code expected}. */
  Change<V> remove(K key, V expected) {
    return writer.isEnabled()
        ? apply(key, ifEqual(expected, new Plan<>(Kind.REMOVED, null)))
        : store.remove(key, expected, expiry);
  }

  /** Plans {@code plan} when the live value equals {@code expected}; another value is accessed. */
  private static <V> Function<V, Plan<V>> ifEqual(V expected, Plan<V> plan) {
    return current -> current == null
        ? null
        : current.equals(expected) ? plan : new Plan<>(Kind.UNCHANGED, null);
  }

  /**
   * Decides with {@code planner} on the live value (null if absent) and applies the plan; a null
   * plan leaves the entry alone. Returns what changed, with the value the decision saw.
   */
  private Change<V> apply(K key, Function<V, Plan<V>> planner) {
    K storedKey = copier.copy(key);
    return locks.locked(key, () -> {
      while (true) {
        Snapshot<V> seen = store.snapshot(key);
        Plan<V> plan = planner.apply(seen.value());
        if (plan == null) {
          return new Change<>(Kind.UNCHANGED, seen.value());
        }
        V stored = copier.copy(plan.value());
        writeThrough(key, plan);
        Change<V> change = store.commit(storedKey, seen, plan.kind(), stored, expiry);
        if (change != null) {
          return change;
        }
      }
    });
  }

  /** Runs an entry processor atomically against the entry for {@code key}. */
  <T> T invoke(K key, EntryProcessor<K, V, T> processor, Object... arguments) {
    K storedKey = copier.copy(key);
    return locks.locked(key, () -> {
      while (true) {
        Snapshot<V> seen = store.snapshot(key);
        var entry = new ProcessorEntry<>(key, copier.copy(seen.value()), readThrough);
        T result = process(processor, entry, arguments);
        if (settle(storedKey, seen, entry)) {
          return result;
        }
      }
    });
  }

  /** Stores what a processor did; returns false if the entry changed meanwhile. */
  private boolean settle(K key, Snapshot<V> seen, ProcessorEntry<K, V> entry) {
    ProcessorEntry.Outcome outcome = entry.outcome();
    if (outcome == ProcessorEntry.Outcome.NONE) {
      reporter.lookedUp(seen.isPresent());
      return true;
    }
    Plan<V> plan = switch (outcome) {
      case ACCESSED -> new Plan<>(Kind.UNCHANGED, null);
      case LOADED, CREATED -> new Plan<>(Kind.CREATED, entry.value());
      case UPDATED -> new Plan<>(Kind.UPDATED, entry.value());
      default -> new Plan<>(Kind.REMOVED, null);
    };
    V stored = copier.copy(plan.value());
    if (outcome != ProcessorEntry.Outcome.LOADED) {
      writeThrough(key, plan);
    }
    Change<V> change = store.commit(key, seen, plan.kind(), stored, expiry);
    if (change == null) {
      return false;
    }
    reporter.lookedUp(seen.isPresent());
    if (outcome == ProcessorEntry.Outcome.LOADED) {
      if (change.kind() == Kind.CREATED) {
        reporter.loaded(key, entry.value());
      }
    } else {
      reporter.written(key, plan.value(), change);
    }
    return true;
  }

  private void writeThrough(K key, Plan<V> plan) {
    switch (plan.kind()) {
      case CREATED, UPDATED -> writer.write(new TiercelEntry<>(key, plan.value()));
      case REMOVED -> writer.delete(key);
      default -> { }
    }
  }

  private static <K, V, T> T process(
      EntryProcessor<K, V, T> processor, ProcessorEntry<K, V> entry, Object... arguments) {
    try {
      return processor.process(entry, arguments);
    } catch (EntryProcessorException e) {
      throw e;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Exception | Error e) {
      throw new EntryProcessorException(
          "The entry processor failed on key " + entry.getKey() + ": " + e, e);
    }
  }
}
