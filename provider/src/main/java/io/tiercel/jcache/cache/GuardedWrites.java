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
 * Read-decide-write steps that must call out (to a processor or a writer) before the store
 * changes, made atomic by optimistic commit.
 *
 * <ul>
 *   <li>The entry is read as a {@link Snapshot}, the decision is made outside any lock, and the
 *       store commits it only if the entry is unchanged; otherwise the step runs again.</li>
 *   <li>The writer hears of a change before the store makes it; a writer failure leaves the
 *       cache unchanged.</li>
 *   <li>Under contention a processor or writer may run more than once for one call; only the
 *       last run's decision is stored.</li>
 * </ul>
 */
final class GuardedWrites<K, V> {

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

  GuardedWrites(Store<K, V> store, Expiry expiry, Copier copier, CacheParts.Integration<K, V> io,
      ChangeReporter<K, V> reporter) {
    this.store = store;
    this.expiry = expiry;
    this.copier = copier;
    this.writer = io.writer();
    this.readThrough = io.loader();
    this.reporter = reporter;
  }

  /**
   * Decides with {@code planner} on the live value (null if absent) and applies the plan; a null
   * plan leaves the entry alone. Returns what changed, with the value the decision saw.
   */
  Change<V> apply(K key, Function<V, Plan<V>> planner) {
    K storedKey = copier.copy(key);
    while (true) {
      Snapshot<V> seen = store.snapshot(key);
      Plan<V> plan = planner.apply(seen.value());
      if (plan == null) {
        return new Change<>(Kind.UNCHANGED, seen.value());
      }
      writeThrough(key, plan);
      V stored = copier.copy(plan.value());
      if (store.commit(storedKey, seen, plan.kind(), stored, expiry)) {
        return new Change<>(plan.kind(), seen.value());
      }
    }
  }

  /** Runs an entry processor atomically against the entry for {@code key}. */
  <T> T invoke(K key, EntryProcessor<K, V, T> processor, Object... arguments) {
    K storedKey = copier.copy(key);
    while (true) {
      Snapshot<V> seen = store.snapshot(key);
      var entry = new ProcessorEntry<>(key, copier.copy(seen.value()), readThrough);
      T result = process(processor, entry, arguments);
      ProcessorEntry.Outcome outcome = entry.outcome();
      if (outcome == ProcessorEntry.Outcome.NONE) {
        reporter.lookedUp(seen.isPresent());
        return result;
      }
      Plan<V> plan = switch (outcome) {
        case ACCESSED -> new Plan<>(Kind.UNCHANGED, null);
        case LOADED, CREATED -> new Plan<>(Kind.CREATED, entry.value());
        case UPDATED -> new Plan<>(Kind.UPDATED, entry.value());
        default -> new Plan<>(Kind.REMOVED, null);
      };
      if (outcome != ProcessorEntry.Outcome.LOADED) {
        writeThrough(key, plan);
      }
      if (store.commit(storedKey, seen, plan.kind(), copier.copy(plan.value()), expiry)) {
        reporter.lookedUp(seen.isPresent());
        if (outcome == ProcessorEntry.Outcome.LOADED) {
          reporter.loaded(key, entry.value());
        } else if (seen.isPresent() || plan.kind() != Kind.REMOVED) {
          reporter.written(key, plan.value(), new Change<>(plan.kind(), seen.value()));
        }
        return result;
      }
    }
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
