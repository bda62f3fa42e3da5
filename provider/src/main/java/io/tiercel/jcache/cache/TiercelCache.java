package io.tiercel.jcache.cache;

import io.tiercel.jcache.cache.GuardedWrites.Plan;
import io.tiercel.jcache.codec.Copier;
import io.tiercel.jcache.config.TiercelConfiguration;
import io.tiercel.jcache.event.EventDispatcher;
import io.tiercel.jcache.expiry.PolicyExpiry;
import io.tiercel.jcache.integration.Batch;
import io.tiercel.jcache.integration.ReadThrough;
import io.tiercel.jcache.integration.Resources;
import io.tiercel.jcache.integration.WriteThrough;
import io.tiercel.jcache.management.CacheStatistics;
import io.tiercel.jcache.store.Change;
import io.tiercel.jcache.store.Change.Kind;
import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.Store;
import io.tiercel.jcache.store.StoreListener;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.configuration.CacheEntryListenerConfiguration;
import javax.cache.configuration.Configuration;
import javax.cache.integration.CompletionListener;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.EntryProcessorException;
import javax.cache.processor.EntryProcessorResult;

/**
 * The JCache {@link Cache}: every JCache rule, once, over a {@link Store}.
 *
 * <ul>
 *   <li>Arguments are checked and the cache's state is checked before anything else.</li>
 *   <li>Store-by-value copies keys and values on the way in and values on the way out.</li>
 *   <li>The writer is called before the store changes; events are published after.</li>
 *   <li>Conditional writes with a writer, and entry processors, go through
 *       {@link GuardedWrites}; without a writer they are single atomic store calls.</li>
 * </ul>
 */
public final class TiercelCache<K, V> implements Cache<K, V> {
  private final String name;
  private final TiercelCacheManager manager;
  private final TiercelConfiguration<K, V> configuration;
  private final Store<K, V> store;
  private final Copier copier;
  private final Expiry expiry;
  private final Object expiryPolicy;
  private final EventDispatcher<K, V> events;
  private final CacheStatistics statistics = new CacheStatistics();
  private final ReadThrough<K, V> loader;
  private final WriteThrough<K, V> writer;
  private final boolean readThrough;
  private final Executor executor;
  private final ChangeReporter<K, V> reporter;
  private final GuardedWrites<K, V> guarded;
  private final AtomicBoolean closed = new AtomicBoolean();

  TiercelCache(String name, TiercelCacheManager manager, CacheParts<K, V> parts) {
    this.name = name;
    this.manager = manager;
    this.configuration = parts.configuration();
    this.copier = parts.copier();
    this.expiryPolicy = parts.expiryPolicy();
    this.expiry = PolicyExpiry.of(parts.expiryPolicy());
    this.loader = parts.integration().loader();
    this.writer = parts.integration().writer();
    this.readThrough = configuration.isReadThrough() && loader.isEnabled();
    this.executor = parts.executor();
    this.events = new EventDispatcher<>(executor);
    configuration.getCacheEntryListenerConfigurations().forEach(events::register);
    statistics.setEnabled(configuration.isStatisticsEnabled());
    this.reporter = new ChangeReporter<>(this, events, statistics, copier);
    this.store = parts.store().apply(new Departures());
    var io = new CacheParts.Integration<>(
        readThrough ? loader : ReadThrough.<K, V>disabled(), writer);
    this.guarded = new GuardedWrites<>(store, expiry, copier, io, reporter);
  }

  @Override
  public V get(K key) {
    requireOpen();
    requireKey(key);
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    V value = store.get(key, expiry);
    reporter.lookedUp(value != null);
    if (value == null && readThrough) {
      value = load(key);
    }
    statistics.recordGetTime(elapsedSince(start));
    return copier.copy(value);
  }

  @Override
  public Map<K, V> getAll(Set<? extends K> keys) {
    requireOpen();
    requireKeys(keys);
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    Map<K, V> found = store.getAll(keys, expiry);
    statistics.recordHits(found.size());
    statistics.recordMisses(keys.size() - found.size());
    Map<K, V> result = new HashMap<>();
    found.forEach((key, value) -> result.put(key, copier.copy(value)));
    if (readThrough && found.size() < keys.size()) {
      Set<K> missing = new LinkedHashSet<>(keys);
      missing.removeAll(found.keySet());
      loader.loadAll(missing).forEach((key, value) ->
          result.put(key, copier.copy(storeLoaded(key, value, false))));
    }
    statistics.recordGetTime(elapsedSince(start));
    return result;
  }

  @Override
  public boolean containsKey(K key) {
    requireOpen();
    requireKey(key);
    return store.containsKey(key);
  }

  @Override
  public void loadAll(Set<? extends K> keys, boolean replaceExistingValues,
      CompletionListener completionListener) {
    requireOpen();
    requireKeys(keys);
    CompletionListener listener = completionListener == null
        ? NoCompletionListener.INSTANCE : completionListener;
    if (!loader.isEnabled()) {
      listener.onCompletion();
      return;
    }
    executor.execute(() -> {
      try {
        Set<K> wanted = new LinkedHashSet<>(keys);
        if (!replaceExistingValues) {
          wanted.removeIf(store::containsKey);
        }
        loader.loadAll(wanted).forEach((key, value) ->
            storeLoaded(key, value, replaceExistingValues));
        listener.onCompletion();
      } catch (Exception e) {
        listener.onException(e);
      }
    });
  }

  @Override
  public void put(K key, V value) {
    putEntry(key, value, /* countLookup= */ false);
  }

  @Override
  public V getAndPut(K key, V value) {
    return copier.copy(putEntry(key, value, /* countLookup= */ true).previous());
  }

  private Change<V> putEntry(K key, V value, boolean countLookup) {
    requireOpen();
    requireEntry(key, value);
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    writer.write(new TiercelEntry<>(key, value));
    Change<V> change = store.put(copier.copy(key), copier.copy(value), expiry);
    if (countLookup) {
      reporter.lookedUp(change.wasPresent());
    }
    reporter.written(key, value, change);
    statistics.recordPutTime(elapsedSince(start));
    return change;
  }

  @Override
  public void putAll(Map<? extends K, ? extends V> map) {
    requireOpen();
    Objects.requireNonNull(map, "map must not be null");
    map.forEach(this::requireEntry);
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    Batch<K> batch = writer.writeAll(TiercelEntry.listOf(map));
    Map<K, V> stored = new LinkedHashMap<>();
    for (K key : batch.succeeded()) {
      stored.put(copier.copy(key), copier.copy(map.get(key)));
    }
    store.putAll(stored, expiry).forEach((key, change) ->
        reporter.written(key, stored.get(key), change));
    statistics.recordPutTime(elapsedSince(start));
    batch.rethrow();
  }

  @Override
  public boolean putIfAbsent(K key, V value) {
    requireOpen();
    requireEntry(key, value);
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    Change<V> change = writer.isEnabled()
        ? guarded.apply(key, current -> current == null ? new Plan<>(Kind.CREATED, value) : null)
        : store.putIfAbsent(copier.copy(key), copier.copy(value), expiry);
    reporter.lookedUp(change.wasPresent());
    reporter.written(key, value, change);
    statistics.recordPutTime(elapsedSince(start));
    return !change.wasPresent();
  }

  @Override
  public boolean remove(K key) {
    return removeEntry(key, /* countLookup= */ false).isWrite();
  }

  @Override
  public V getAndRemove(K key) {
    return copier.copy(removeEntry(key, /* countLookup= */ true).previous());
  }

  private Change<V> removeEntry(K key, boolean countLookup) {
    requireOpen();
    requireKey(key);
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    writer.delete(key);
    Change<V> change = store.remove(key);
    if (countLookup) {
      reporter.lookedUp(change.wasPresent());
    }
    reporter.written(key, null, change);
    statistics.recordRemoveTime(elapsedSince(start));
    return change;
  }

  @Override
  public boolean remove(K key, V oldValue) {
    requireOpen();
    requireEntry(key, oldValue);
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    Change<V> change = writer.isEnabled()
        ? guarded.apply(key, ifEqual(oldValue, new Plan<>(Kind.REMOVED, null)))
        : store.remove(key, oldValue, expiry);
    reporter.lookedUp(change.wasPresent());
    reporter.written(key, null, change);
    statistics.recordRemoveTime(elapsedSince(start));
    return change.kind() == Kind.REMOVED;
  }

  @Override
  public boolean replace(K key, V oldValue, V newValue) {
    requireOpen();
    requireEntry(key, oldValue);
    requireValue(newValue);
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    Change<V> change = writer.isEnabled()
        ? guarded.apply(key, ifEqual(oldValue, new Plan<>(Kind.UPDATED, newValue)))
        : store.replace(copier.copy(key), oldValue, copier.copy(newValue), expiry);
    reporter.lookedUp(change.wasPresent());
    reporter.written(key, newValue, change);
    statistics.recordPutTime(elapsedSince(start));
    return change.kind() == Kind.UPDATED || change.kind() == Kind.DISCARDED;
  }

  @Override
  public boolean replace(K key, V value) {
    return replaceExisting(key, value).wasPresent();
  }

  @Override
  public V getAndReplace(K key, V value) {
    return copier.copy(replaceExisting(key, value).previous());
  }

  private Change<V> replaceExisting(K key, V value) {
    requireOpen();
    requireEntry(key, value);
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    Change<V> change = writer.isEnabled()
        ? guarded.apply(key, current -> current == null ? null : new Plan<>(Kind.UPDATED, value))
        : store.replace(copier.copy(key), copier.copy(value), expiry);
    reporter.lookedUp(change.wasPresent());
    reporter.written(key, value, change);
    statistics.recordPutTime(elapsedSince(start));
    return change;
  }

  @Override
  public void removeAll(Set<? extends K> keys) {
    requireOpen();
    requireKeys(keys);
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    Batch<K> batch = writer.deleteAll(keys);
    for (K key : batch.succeeded()) {
      reporter.written(key, null, store.remove(key));
    }
    statistics.recordRemoveTime(elapsedSince(start));
    batch.rethrow();
  }

  @Override
  public void removeAll() {
    requireOpen();
    Set<K> keys = new LinkedHashSet<>();
    store.keys().forEachRemaining(keys::add);
    removeAll(keys);
  }

  @Override
  public void clear() {
    requireOpen();
    store.clear();
  }

  @Override
  public <C extends Configuration<K, V>> C getConfiguration(Class<C> type) {
    if (type.isInstance(configuration)) {
      return type.cast(configuration);
    }
    throw new IllegalArgumentException("The configuration of cache '" + name
        + "' is a " + configuration.getClass().getName() + ", not a " + type.getName());
  }

  @Override
  public <T> T invoke(K key, EntryProcessor<K, V, T> entryProcessor, Object... arguments) {
    requireOpen();
    requireKey(key);
    Objects.requireNonNull(entryProcessor, "entryProcessor must not be null");
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    T result = guarded.invoke(key, entryProcessor, arguments);
    statistics.recordGetTime(elapsedSince(start));
    return result;
  }

  @Override
  public <T> Map<K, EntryProcessorResult<T>> invokeAll(Set<? extends K> keys,
      EntryProcessor<K, V, T> entryProcessor, Object... arguments) {
    requireOpen();
    requireKeys(keys);
    Objects.requireNonNull(entryProcessor, "entryProcessor must not be null");
    Map<K, EntryProcessorResult<T>> results = new HashMap<>();
    for (K key : keys) {
      try {
        T result = invoke(key, entryProcessor, arguments);
        if (result != null) {
          results.put(key, () -> result);
        }
      } catch (CacheException e) {
        EntryProcessorException failure = e instanceof EntryProcessorException epe
            ? epe : new EntryProcessorException(e);
        results.put(key, () -> {
          throw failure;
        });
      }
    }
    return results;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public TiercelCacheManager getCacheManager() {
    return manager;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      manager.release(this);
      shutdown();
    }
  }

  /** Removes every entry and releases everything, as {@code destroyCache} asks. */
  void destroy() {
    store.clear();
    shutdown();
  }

  /** Releases everything this cache holds; its entries are gone with a local store. */
  void shutdown() {
    closed.set(true);
    events.close();
    loader.close();
    writer.close();
    Resources.closeQuietly(expiryPolicy);
    store.close();
  }

  @Override
  public boolean isClosed() {
    return closed.get();
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    if (type.isInstance(store)) {
      return type.cast(store);
    }
    throw new IllegalArgumentException("Cache '" + name + "' cannot be unwrapped to "
        + type.getName());
  }

  @Override
  public void registerCacheEntryListener(CacheEntryListenerConfiguration<K, V> listener) {
    requireOpen();
    Objects.requireNonNull(listener, "cacheEntryListenerConfiguration must not be null");
    configuration.addCacheEntryListenerConfiguration(listener);
    try {
      events.register(listener);
    } catch (RuntimeException e) {
      configuration.removeCacheEntryListenerConfiguration(listener);
      throw e;
    }
  }

  @Override
  public void deregisterCacheEntryListener(CacheEntryListenerConfiguration<K, V> listener) {
    requireOpen();
    Objects.requireNonNull(listener, "cacheEntryListenerConfiguration must not be null");
    configuration.removeCacheEntryListenerConfiguration(listener);
    events.deregister(listener);
  }

  @Override
  public Iterator<Entry<K, V>> iterator() {
    requireOpen();
    return new EntryIterator<>(this, store, expiry, copier, reporter);
  }

  /** Returns the statistics this cache records (also published over JMX when enabled). */
  public CacheStatistics statistics() {
    return statistics;
  }

  /** Turns statistics recording on or off, as {@code CacheManager.enableStatistics} asks. */
  void setStatisticsEnabled(boolean enabled) {
    configuration.setStatisticsEnabled(enabled);
    statistics.setEnabled(enabled);
  }

  /** Turns management on or off, as {@code CacheManager.enableManagement} asks. */
  void setManagementEnabled(boolean enabled) {
    configuration.setManagementEnabled(enabled);
  }

  /** Plans {@code plan} when the live value equals {@code expected}; another value is accessed. */
  private static <V> Function<V, Plan<V>> ifEqual(V expected, Plan<V> plan) {
    return current -> current == null
        ? null
        : current.equals(expected) ? plan : new Plan<>(Kind.UNCHANGED, null);
  }

  /** Loads one missing key through the loader and stores the value, returning it or null. */
  private V load(K key) {
    V loaded = loader.load(key);
    return loaded == null ? null : storeLoaded(key, loaded, false);
  }

  /** Stores a loaded value without calling the writer and returns the value now cached. */
  private V storeLoaded(K key, V value, boolean replaceExisting) {
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

  void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("Cache '" + name + "' is closed");
    }
  }

  private static void requireKey(Object key) {
    Objects.requireNonNull(key, "key must not be null");
  }

  private static void requireValue(Object value) {
    Objects.requireNonNull(value, "value must not be null");
  }

  private void requireEntry(Object key, Object value) {
    requireKey(key);
    requireValue(value);
  }

  private static void requireKeys(Set<?> keys) {
    Objects.requireNonNull(keys, "keys must not be null");
    for (Object key : keys) {
      Objects.requireNonNull(key, "keys must not contain null");
    }
  }

  private static long elapsedSince(long start) {
    return start == 0L ? 0L : System.nanoTime() - start;
  }

  /** Hears from the store of entries that left on their own. */
  private final class Departures implements StoreListener<K, V> {
    @Override
    public void onExpired(K key, V value) {
      reporter.expired(key, value);
    }

    @Override
    public void onEvicted(K key, V value) {
      reporter.evicted();
    }
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
