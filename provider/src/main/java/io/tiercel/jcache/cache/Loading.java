package io.tiercel.jcache.cache;

import io.tiercel.jcache.codec.Copier;
import io.tiercel.jcache.integration.ReadThrough;
import io.tiercel.jcache.store.Change;
import io.tiercel.jcache.store.Change.Kind;
import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.Store;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import javax.cache.integration.CompletionListener;

/**
 * Fills a cache from its loader: read-through on misses and {@code Cache.loadAll}.
 *
 * <ul>
 *   <li>Loaded values are stored without calling the writer, with the creation expiry, and
 *       published as created (or updated, when {@code loadAll} replaces existing values).</li>
 *   <li>A value another caller stored while this one loaded wins: the load is dropped.</li>
 *   <li>{@code loadAll} runs on the cache manager's executor and reports to its listener.</li>
 * </ul>
 */
final class Loading<K, V> {
  private final Store<K, V> store;
  private final Expiry expiry;
  private final Copier copier;
  private final ReadThrough<K, V> loader;
  private final ChangeReporter<K, V> reporter;
  private final Executor executor;

  Loading(Store<K, V> store, Expiry expiry, Copier copier, ReadThrough<K, V> loader,
      ChangeReporter<K, V> reporter, Executor executor) {
    this.store = store;
    this.expiry = expiry;
    this.copier = copier;
    this.loader = loader;
    this.reporter = reporter;
    this.executor = executor;
  }

  /** Loads one missing key and returns the value now cached, or null. */
  V load(K key) {
    V loaded = loader.load(key);
    return loaded == null ? null : store(key, loaded, /* replaceExisting= */ false);
  }

  /** Loads the missing keys and returns the values now cached. */
  Map<K, V> loadAll(Set<K> missing) {
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
        if (!replaceExisting) {
          wanted.removeIf(store::containsKey);
        }
        loader.loadAll(wanted).forEach((key, value) -> store(key, value, replaceExisting));
        listener.onCompletion();
      } catch (Exception e) {
        listener.onException(e);
      }
    });
  }

  private V store(K key, V value, boolean replaceExisting) {
    Change<V> change = replaceExisting
        ? store.put(copier.copy(key), copier.copy(value), expiry)
        : store.putIfAbsent(copier.copy(key), copier.copy(value), expiry);
    if (change.kind() == Kind.CREATED) {
      reporter.loaded(key, value);
    } else if (change.kind() == Kind.UPDATED) {
      reporter.written(key, value, change);
    } else if (change.kind() == Kind.UNCHANGED) {
      return change.previous();
    }
    return value;
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
