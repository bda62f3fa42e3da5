package io.tiercel.jcache.cache;

import io.tiercel.jcache.codec.Copier;
import io.tiercel.jcache.integration.ReadThrough;
import io.tiercel.jcache.store.Change;
import io.tiercel.jcache.store.Change.Kind;
import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.Store;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javax.cache.integration.CompletionListener;

/**
 * How a cache is read and filled from its loader: lookups, read-through on misses and
 * {@code Cache.loadAll}.
 *
 * <ul>
 *   <li>Each lookup counts a hit or a miss and applies the access expiry to what it finds; a miss
 *       is loaded only with read-through on.</li>
 *   <li>Loaded values are stored without calling the writer, with the creation expiry, and
 *       published as created (or updated, when {@code loadAll} replaces existing values).</li>
 *   <li>A value another caller stored while this one loaded wins: the load is dropped.</li>
 *   <li>Storing a loaded value holds the key's lock, as writes do, so its event is ordered with
 *       theirs; the loader itself runs without any lock.</li>
 *   <li>{@code loadAll} runs on the cache manager's executor and reports to its listener.</li>
 * </ul>
 */
final class Reads<K, V> {
  private final Store<K, V> store;
  private final Expiry expiry;
  private final Copier copier;
  private final ReadThrough<K, V> loader;
  private final ChangeReporter<K, V> reporter;
  private final Executor executor;
  private final KeyLocks locks;
  private final boolean readThrough;

  Reads(Store<K, V> store, Expiry expiry, Copier copier, ReadThrough<K, V> loader,
      ChangeReporter<K, V> reporter, Executor executor, KeyLocks locks, boolean readThrough) {
    this.store = store;
    this.expiry = expiry;
    this.copier = copier;
    this.loader = loader;
    this.reporter = reporter;
    this.executor = executor;
    this.locks = locks;
    this.readThrough = readThrough;
  }

  /** Returns a copy of the live value (loaded on a miss with read-through), or null. */
  V get(K key) {
    V value = store.get(key, expiry);
    reporter.lookedUp(value != null);
    return copier.copy(value == null && readThrough ? load(key) : value);
  }

  /** Returns copies of the live values of {@code keys}, loading misses with read-through. */
  Map<K, V> getAll(Set<? extends K> keys) {
    Map<K, V> found = store.getAll(keys, expiry);
    Map<K, V> result = new HashMap<>();
    found.forEach((key, value) -> result.put(key, copier.copy(value)));
    Set<K> missing = new LinkedHashSet<>(keys);
    missing.removeAll(found.keySet());
    reporter.lookedUp(found.size(), missing.size());
    if (readThrough && !missing.isEmpty()) {
      loadAll(missing).forEach((key, value) -> result.put(key, copier.copy(value)));
    }
    return result;
  }

  /** Loads one missing key and returns the value now cached, or null. */
  private V load(K key) {
    V loaded = loader.load(key);
    return loaded == null ? null : store(key, loaded, /* replaceExisting= */ false);
  }

  /** Loads the missing keys and returns the values now cached. */
  private Map<K, V> loadAll(Set<K> missing) {
    Map<K, V> cached = new LinkedHashMap<>();
    loader.loadAll(missing).forEach((key, value) ->
        cached.put(key, store(key, value, /* replaceExisting= */ false)));
    return cached;
  }

  /** Loads {@code keys} in the background, as {@code Cache.loadAll} asks. */
  void loadAllAsync(Set<? extends K> keys, boolean replaceExisting,
      CompletionListener completionListener) {
    CompletionListener listener = completionListener == null
        ? NoCompletionListener.INSTANCE : completionListener;
    if (!loader.isEnabled()) {
      listener.onCompletion();
      return;
    }
    Set<K> wanted = new LinkedHashSet<>(keys);
    executor.execute(() -> {
      try {
        reporter.deliverAfter(() -> {
          if (!replaceExisting) {
            wanted.removeIf(store::containsKey);
          }
          loader.loadAll(wanted).forEach((key, value) -> store(key, value, replaceExisting));
          return null;
        });
        listener.onCompletion();
      } catch (Exception e) {
        listener.onException(e);
      }
    });
  }

  private V store(K key, V value, boolean replaceExisting) {
    K storedKey = copier.copy(key);
    V storedValue = copier.copy(value);
    return locks.locked(key, () -> {
      Change<V> change = replaceExisting
          ? store.put(storedKey, storedValue, expiry)
          : store.putIfAbsent(storedKey, storedValue, expiry);
      reporter.loaded(key, value, change);
      return change.kind() == Kind.UNCHANGED ? change.previous() : value;
    });
  }

  /** The completion listener of callers that pass none. */
  private enum NoCompletionListener implements CompletionListener {
    INSTANCE;

    @Override
    public void onCompletion() {}

    @Override
    public void onException(Exception e) {}
  }
}
