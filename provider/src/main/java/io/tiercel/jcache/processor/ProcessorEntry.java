package io.tiercel.jcache.processor;

import io.tiercel.jcache.integration.ReadThrough;
import javax.cache.processor.MutableEntry;

/**
 * The entry an {@code EntryProcessor} works on; it records the net effect of what the processor
 * did so the façade can apply it in one atomic step.
 *
 * <ul>
 *   <li>Reading an absent value loads it when read-through is on; a loaded value is cached
 *       without calling the writer.</li>
 *   <li>Setting then removing a value that did not exist nets to nothing; removing then setting
 *       a value that existed nets to an update; removing an absent entry still reaches the
 *       writer as a delete.</li>
 * </ul>
 */
public final class ProcessorEntry<K, V> implements MutableEntry<K, V> {

  /** The net change a processor made to its entry. */
  public enum Outcome {
    /** Nothing was read or changed. */
    NONE,
    /** An existing value was read. */
    ACCESSED,
    /** An absent value was loaded through the cache loader. */
    LOADED,
    /** An absent entry was given a value. */
    CREATED,
    /** An existing entry was given a new value. */
    UPDATED,
    /** The entry was removed (or, if it was absent, deleted through the writer). */
    REMOVED
  }

  private final K key;
  private final V original;
  private final ReadThrough<K, V> loader;
  private V value;
  private Outcome outcome = Outcome.NONE;

  /** Creates the view of {@code key}, whose current value is {@code original} (or null). */
  public ProcessorEntry(K key, V original, ReadThrough<K, V> loader) {
    this.key = key;
    this.original = original;
    this.value = original;
    this.loader = loader;
  }

  @Override
  public K getKey() {
    return key;
  }

  @Override
  public V getValue() {
    if (outcome == Outcome.NONE) {
      if (value != null) {
        outcome = Outcome.ACCESSED;
      } else if (loader.isEnabled()) {
        value = loader.load(key);
        if (value != null) {
          outcome = Outcome.LOADED;
        }
      }
    }
    return value;
  }

  @Override
  public boolean exists() {
    return value != null;
  }

  @Override
  public void remove() {
    boolean madeHere = outcome == Outcome.CREATED || outcome == Outcome.LOADED;
    value = null;
    outcome = original == null && madeHere ? Outcome.NONE : Outcome.REMOVED;
  }

  @Override
  public void setValue(V newValue) {
    if (newValue == null) {
      throw new NullPointerException("An entry processor cannot set a null value; use remove()");
    }
    value = newValue;
    outcome = original == null ? Outcome.CREATED : Outcome.UPDATED;
  }

  /** Returns the net change. */
  public Outcome outcome() {
    return outcome;
  }

  /** Returns the value the entry ends with, or null if it ends absent. */
  public V value() {
    return value;
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new IllegalArgumentException("A mutable entry cannot be unwrapped to " + type);
  }
}
