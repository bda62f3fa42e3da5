package io.tiercel.jcache.cache;

import static io.tiercel.jcache.cache.Arguments.requireEntries;
import static io.tiercel.jcache.cache.Arguments.requireEntry;
import static io.tiercel.jcache.cache.Arguments.requireKey;
import static io.tiercel.jcache.cache.Arguments.requireKeys;
import static io.tiercel.jcache.cache.Arguments.requireValue;

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
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
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
 *   <li>Conditional writes and entry processors are atomic per key ({@link AtomicWrites}).</li>
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
  private final KeyLocks locks;
  private final AtomicWrites<K, V> atomic;
  private final Loading<K, V> loading;
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
    this.store = parts.store().apply(reporter);
    var io = new CacheParts.Integration<>(
        readThrough ? loader : ReadThrough.<K, V>disabled(), writer);
    this.locks = writer.isEnabled() ? KeyLocks.striped() : KeyLocks.none();
    this.atomic = new AtomicWrites<>(store, expiry, copier, io, reporter, locks);
    this.loading = new Loading<>(store, expiry, copier, loader, reporter, executor);
  }

  @Override
  public V get(K key) {
    requireOpen();
    requireKey(key);
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    V value = store.get(key, expiry);
    reporter.lookedUp(value != null);
    if (value == null && readThrough) {
      value = loading.load(key);
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
      loading.loadAll(missing).forEach((key, value) -> result.put(key, copier.copy(value)));
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
    loading.loadAllAsync(keys, replaceExistingValues, completionListener);
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
    K storedKey = copier.copy(key);
    V storedValue = copier.copy(value);
    Change<V> change = locks.locked(key, () -> {
      writer.write(new TiercelEntry<>(key, value));
      return store.put(storedKey, storedValue, expiry);
    });
    if (countLookup) {
      reporter.lookedUpAndWritten(key, value, change);
    } else {
      reporter.written(key, value, change);
    }
    statistics.recordPutTime(elapsedSince(start));
    return change;
  }

  @Override
  public void putAll(Map<? extends K, ? extends V> map) {
    requireOpen();
    requireEntries(map);
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    Map<K, V> copies = new LinkedHashMap<>();
    map.forEach((key, value) -> copies.put(copier.copy(key), copier.copy(value)));
    Map<K, Change<V>> changes = new LinkedHashMap<>();
    Batch<K> batch = locks.lockedAll(map.keySet(), () -> {
      Batch<K> written = writer.writeAll(TiercelEntry.listOf(map));
      copies.keySet().retainAll(written.succeeded());
      changes.putAll(store.putAll(copies, expiry));
      return written;
    });
    changes.forEach((key, change) -> reporter.written(key, copies.get(key), change));
    statistics.recordPutTime(elapsedSince(start));
    batch.rethrow();
  }

  @Override
  public boolean putIfAbsent(K key, V value) {
    requireOpen();
    requireEntry(key, value);
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    Change<V> change = atomic.putIfAbsent(key, value);
    reporter.lookedUpAndWritten(key, value, change);
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
    Change<V> change = locks.locked(key, () -> {
      writer.delete(key);
      return store.remove(key);
    });
    if (countLookup) {
      reporter.lookedUpAndWritten(key, null, change);
    } else {
      reporter.written(key, null, change);
    }
    statistics.recordRemoveTime(elapsedSince(start));
    return change;
  }

  @Override
  public boolean remove(K key, V oldValue) {
    requireOpen();
    requireEntry(key, oldValue);
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    Change<V> change = atomic.remove(key, oldValue);
    reporter.lookedUpAndWritten(key, null, change);
    statistics.recordRemoveTime(elapsedSince(start));
    return change.kind() == Kind.REMOVED;
  }

  @Override
  public boolean replace(K key, V oldValue, V newValue) {
    requireOpen();
    requireEntry(key, oldValue);
    requireValue(newValue);
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    Change<V> change = atomic.replace(key, oldValue, newValue);
    reporter.lookedUpAndWritten(key, newValue, change);
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
    Change<V> change = atomic.replace(key, value);
    reporter.lookedUpAndWritten(key, value, change);
    statistics.recordPutTime(elapsedSince(start));
    return change;
  }

  @Override
  public void removeAll(Set<? extends K> keys) {
    requireOpen();
    requireKeys(keys);
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    Map<K, Change<V>> changes = new LinkedHashMap<>();
    Batch<K> batch = locks.lockedAll(keys, () -> {
      Batch<K> deleted = writer.deleteAll(keys);
      deleted.succeeded().forEach(key -> changes.put(key, store.remove(key)));
      return deleted;
    });
    changes.forEach((key, change) -> reporter.written(key, null, change));
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
    T result = atomic.invoke(key, entryProcessor, arguments);
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

  void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("Cache '" + name + "' is closed");
    }
  }

  private static long elapsedSince(long start) {
    return start == 0L ? 0L : System.nanoTime() - start;
  }
}
