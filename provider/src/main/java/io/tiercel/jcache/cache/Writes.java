package io.tiercel.jcache.cache;

import io.tiercel.jcache.codec.Copier;
import io.tiercel.jcache.integration.Batch;
import io.tiercel.jcache.integration.ReadThrough;
import io.tiercel.jcache.processor.ProcessorEntry;
import io.tiercel.jcache.store.Change;
import io.tiercel.jcache.store.Change.Kind;
import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.Snapshot;
import io.tiercel.jcache.store.Store;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.EntryProcessorException;
import javax.cache.processor.EntryProcessorResult;

/**
 * Every way a cache changes on request, each atomic per key and reported in order.
 *
 * <ul>
 *   <li>Each write holds its key's lock ({@link KeyLocks}) from the decision through the writer
 *       call, the store change and the publishing of its events, so a key's events are queued in
 *       the order its changes happened and the writer hears the writes in the same order.</li>
 *   <li>The writer hears of a change before the store makes it; a writer failure leaves the
 *       cache unchanged. Values are copied for store-by-value before the writer is called, so a
 *       value the cache refuses never reaches the writer.</li>
 *   <li>A decision that needs the current value (conditional writes with a writer, entry
 *       processors) is made on a {@link Snapshot} and committed only if the value is unchanged.
 *       With a writer, every write also holds the store's exclusivity for its keys (a lease in
 *       Redis, shared by all JVMs), and a decision the writer has heard is stored even if the
 *       entry changed meanwhile (it can only have expired, or been loaded), so writer and cache
 *       agree. Without a writer the decision is made again: under contention from another JVM an
 *       entry processor may run more than once.</li>
 * </ul>
 */
final class Writes<K, V> {

  /**
   * A decision about one entry.
   *
   * @param kind what to do: create, update, remove, or {@link Kind#UNCHANGED} to count an access
   * @param value the value to store for a create or update
   */
  private record Plan<V>(Kind kind, V value) {}

  private final Store<K, V> store;
  private final Expiry expiry;
  private final Copier copier;
  private final CacheParts.Integration<K, V> io;
  private final ChangeReporter<K, V> reporter;
  private final KeyLocks locks;

  Writes(Store<K, V> store, Expiry expiry, Copier copier, CacheParts.Integration<K, V> io,
      ChangeReporter<K, V> reporter, KeyLocks locks) {
    this.store = store;
    this.expiry = expiry;
    this.copier = copier;
    this.io = io;
    this.reporter = reporter;
    this.locks = locks;
  }

  /** Stores {@code value}; with {@code countLookup} the write also counts as a lookup. */
  Change<V> put(K key, V value, boolean countLookup) {
    K storedKey = copier.copy(key);
    V storedValue = copier.copy(value);
    return guarded(key, () -> {
      io.writer().write(new TiercelEntry<>(key, value));
      Change<V> change = store.put(storedKey, storedValue, expiry);
      reporter.written(key, value, change, countLookup);
      return change;
    });
  }

  /** Removes the entry; with {@code countLookup} the removal also counts as a lookup. */
  Change<V> remove(K key, boolean countLookup) {
    return guarded(key, () -> {
      io.writer().delete(key);
      Change<V> change = store.remove(key);
      reporter.written(key, null, change, countLookup);
      return change;
    });
  }

  /** Stores {@code value} if the entry is absent. */
  Change<V> putIfAbsent(K key, V value) {
    return io.writer().isEnabled()
        ? decide(key, current -> current == null ? new Plan<>(Kind.CREATED, value) : null)
        : direct(key, value, () -> store.putIfAbsent(copier.copy(key), copier.copy(value), expiry));
  }

  /** Replaces the value of a live entry. */
  Change<V> replace(K key, V value) {
    return io.writer().isEnabled()
        ? decide(key, current -> current == null ? null : new Plan<>(Kind.UPDATED, value))
        : direct(key, value, () -> store.replace(copier.copy(key), copier.copy(value), expiry));
  }

  /** Replaces the value of a live entry whose value equals {@code expected}. */
  Change<V> replace(K key, V expected, V value) {
    return io.writer().isEnabled()
        ? decide(key, ifEqual(expected, new Plan<>(Kind.UPDATED, value)))
        : direct(key, value,
            () -> store.replace(copier.copy(key), expected, copier.copy(value), expiry));
  }

  /** Removes a live entry whose value equals {@code expected}. */
  Change<V> remove(K key, V expected) {
    return io.writer().isEnabled()
        ? decide(key, ifEqual(expected, new Plan<>(Kind.REMOVED, null)))
        : direct(key, null, () -> store.remove(key, expected, expiry));
  }

  /** Stores every entry the writer accepted, then returns the writer's outcome. */
  Batch<K> putAll(Map<? extends K, ? extends V> entries) {
    Map<K, V> copies = new LinkedHashMap<>();
    entries.forEach((key, value) -> copies.put(copier.copy(key), copier.copy(value)));
    return guardedAll(entries.keySet(), () -> {
      Batch<K> batch = io.writer().writeAll(TiercelEntry.listOf(entries));
      copies.keySet().retainAll(batch.succeeded());
      store.putAll(copies, expiry).forEach((key, change) ->
          reporter.written(key, copies.get(key), change, /* countLookup= */ false));
      return batch;
    });
  }

  /** Removes every key the writer deleted, then returns the writer's outcome. */
  Batch<K> removeAll(Set<? extends K> keys) {
    return guardedAll(keys, () -> {
      Batch<K> batch = io.writer().deleteAll(keys);
      batch.succeeded().forEach(key ->
          reporter.written(key, null, store.remove(key), /* countLookup= */ false));
      return batch;
    });
  }

  /** Runs an entry processor atomically against the entry for {@code key}. */
  <T> T invoke(K key, EntryProcessor<K, V, T> processor, Object... arguments) {
    K storedKey = copier.copy(key);
    ReadThrough<K, V> loader = io.loader();
    return guarded(key, () -> {
      while (true) {
        Snapshot<V> seen = store.snapshot(key);
        var entry = new ProcessorEntry<>(key, copier.copy(seen.value()), loader);
        T result = process(processor, entry, arguments);
        if (entry.outcome() == ProcessorEntry.Outcome.NONE) {
          reporter.lookedUp(seen.isPresent());
          return result;
        }
        boolean loaded = entry.outcome() == ProcessorEntry.Outcome.LOADED;
        Change<V> change = apply(storedKey, seen, planOf(entry), /* callWriter= */ !loaded);
        if (change != null) {
          reporter.lookedUp(seen.isPresent());
          if (loaded) {
            reporter.loaded(key, entry.value(), change);
          } else {
            reporter.written(key, entry.value(), change, /* countLookup= */ false);
          }
          return result;
        }
      }
    });
  }

  /**
   * Runs {@code invocation} for each key and collects the results the spec asks for: non-null
   * results, and failures as {@link EntryProcessorException} without stopping the batch.
   */
  <T> Map<K, EntryProcessorResult<T>> invokeAll(Set<? extends K> keys, Function<K, T> invocation) {
    Map<K, EntryProcessorResult<T>> results = new HashMap<>();
    for (K key : keys) {
      try {
        T result = invocation.apply(key);
        if (result != null) {
          results.put(key, () -> result);
        }
      } catch (RuntimeException e) {
        EntryProcessorException failure = e instanceof EntryProcessorException epe
            ? epe : new EntryProcessorException(e);
        results.put(key, () -> {
          throw failure;
        });
      }
    }
    return results;
  }

  /**
   * Runs {@code action} holding the key's lock, and, when a writer is configured, the store's
   * exclusivity for the key, so writers in every JVM sharing the store hear writes in order.
   */
  private <T> T guarded(K key, Supplier<T> action) {
    return io.writer().isEnabled()
        ? locks.locked(key, () -> store.exclusively(key, action))
        : locks.locked(key, action);
  }

  /** Runs {@code action} as {@link #guarded} does, for every key of {@code keys}. */
  private <T> T guardedAll(Collection<? extends K> keys, Supplier<T> action) {
    return io.writer().isEnabled()
        ? locks.lockedAll(keys, () -> store.exclusively(keys, action))
        : locks.lockedAll(keys, action);
  }

  /** Runs a store call that decides by itself, under the key's lock, and reports it. */
  private Change<V> direct(K key, V value, Supplier<Change<V>> call) {
    return locks.locked(key, () -> {
      Change<V> change = call.get();
      reporter.written(key, value, change, /* countLookup= */ true);
      return change;
    });
  }

  /** Decides with {@code planner} on the live value under the key's lock, and applies it. */
  private Change<V> decide(K key, Function<V, Plan<V>> planner) {
    K storedKey = copier.copy(key);
    return guarded(key, () -> {
      while (true) {
        Snapshot<V> seen = store.snapshot(key);
        Plan<V> plan = planner.apply(seen.value());
        Change<V> change = plan == null
            ? new Change<>(Kind.UNCHANGED, seen.value())
            : apply(storedKey, seen, plan, /* callWriter= */ true);
        if (change != null) {
          reporter.written(key, plan == null ? null : plan.value(), change, true);
          return change;
        }
      }
    });
  }

  /**
   * Applies a plan made on {@code seen}; returns null if the entry changed and the plan must be
   * made again (only possible when no writer heard it).
   */
  private Change<V> apply(K key, Snapshot<V> seen, Plan<V> plan, boolean callWriter) {
    V stored = copier.copy(plan.value());
    boolean heard = callWriter && io.writer().isEnabled();
    if (heard) {
      switch (plan.kind()) {
        case CREATED, UPDATED -> io.writer().write(new TiercelEntry<>(key, plan.value()));
        case REMOVED -> io.writer().delete(key);
        default -> { }
      }
    }
    Change<V> change = store.commit(key, seen, plan.kind(), stored, expiry);
    if (change != null || !heard) {
      return change;
    }
    // The writer heard the decision but the entry expired meanwhile: store the decision anyway,
    // and report it as the change the writer heard.
    Change<V> forced = switch (plan.kind()) {
      case CREATED, UPDATED -> store.put(key, stored, expiry);
      case REMOVED -> store.remove(key);
      default -> new Change<>(Kind.UNCHANGED, seen.value());
    };
    return forced.kind() == Kind.DISCARDED ? forced : new Change<>(plan.kind(), seen.value());
  }

  private static <V> Plan<V> planOf(ProcessorEntry<?, V> entry) {
    return switch (entry.outcome()) {
      case ACCESSED -> new Plan<>(Kind.UNCHANGED, null);
      case LOADED, CREATED -> new Plan<>(Kind.CREATED, entry.value());
      case UPDATED -> new Plan<>(Kind.UPDATED, entry.value());
      default -> new Plan<>(Kind.REMOVED, null);
    };
  }

  /** Plans {@code plan} when the live value equals {@code expected}; another value is accessed. */
  private static <V> Function<V, Plan<V>> ifEqual(V expected, Plan<V> plan) {
    return current -> current == null
        ? null
        : current.equals(expected) ? plan : new Plan<>(Kind.UNCHANGED, null);
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
