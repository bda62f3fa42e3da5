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
import io.tiercel.jcache.integration.ReadThrough;
import io.tiercel.jcache.integration.Resources;
import io.tiercel.jcache.management.CacheStatistics;
import io.tiercel.jcache.management.TiercelCacheMXBean;
import io.tiercel.jcache.store.Change;
import io.tiercel.jcache.store.Change.Kind;
import io.tiercel.jcache.store.Expiry;
import io.tiercel.jcache.store.Store;
import io.tiercel.jcache.store.TierStatistics;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javax.cache.Cache;
import javax.cache.configuration.CacheEntryListenerConfiguration;
import javax.cache.configuration.Configuration;
import javax.cache.integration.CompletionListener;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.EntryProcessorResult;

/**
 * The JCache {@link Cache}: every JCache rule, once, over a {@link Store}.
 *
 * <ul>
 *   <li>Arguments and the cache's state are checked before anything else.</li>
 *   <li>Store-by-value copies keys and values on the way in and values on the way out.</li>
 *   <li>Writes go through {@link Writes} (atomic per key, writer first, events in order), loads
 *       through {@link Reads}; synchronous listeners run before each operation returns.</li>
 * </ul>
 */
public final class TiercelCache<K, V> implements Cache<K, V> {
  private final String name;
  private final TiercelCacheManager manager;
  private final TiercelConfiguration<K, V> configuration;
  private final CacheParts<K, V> parts;
  private final Store<K, V> store;
  private final Copier copier;
  private final Expiry expiry;
  private final EventDispatcher<K, V> events;
  private final CacheStatistics statistics = new CacheStatistics();
  private final TiercelCacheMXBean mxBean;
  private final ChangeReporter<K, V> reporter;
  private final Writes<K, V> writes;
  private final Reads<K, V> reads;
  private final AtomicBoolean closed = new AtomicBoolean();

  TiercelCache(String name, TiercelCacheManager manager, CacheParts<K, V> parts) {
    this.name = name;
    this.manager = manager;
    this.parts = parts;
    this.configuration = parts.configuration();
    this.mxBean = new TiercelCacheMXBean(configuration);
    this.copier = parts.copier();
    this.expiry = PolicyExpiry.of(parts.expiryPolicy());
    ReadThrough<K, V> loader = parts.integration().loader();
    boolean readThrough = configuration.isReadThrough() && loader.isEnabled();
    this.events = new EventDispatcher<>(parts.executor());
    configuration.getCacheEntryListenerConfigurations().forEach(events::register);
    statistics.setEnabled(configuration.isStatisticsEnabled());
    this.reporter = new ChangeReporter<>(this, events, statistics, copier);
    this.store = parts.store().apply(reporter);
    KeyLocks locks = new KeyLocks();
    var io = new CacheParts.Integration<>(
        readThrough ? loader : ReadThrough.<K, V>disabled(), parts.integration().writer());
    this.writes = new Writes<>(store, expiry, copier, io, reporter, locks);
    this.reads = new Reads<>(store, expiry, copier, loader, reporter, parts.executor(), locks,
        readThrough);
  }

  @Override
  public V get(K key) {
    requireOpen();
    requireKey(key);
    return timed(statistics::recordGetTime, () -> reads.get(key));
  }

  @Override
  public Map<K, V> getAll(Set<? extends K> keys) {
    requireOpen();
    requireKeys(keys);
    return timed(statistics::recordGetTime, () -> reads.getAll(keys));
  }

  @Override
  public boolean containsKey(K key) {
    requireOpen();
    requireKey(key);
    return reporter.deliverAfter(() -> store.containsKey(key));
  }

  @Override
  public void loadAll(Set<? extends K> keys, boolean replaceExistingValues,
      CompletionListener completionListener) {
    requireOpen();
    requireKeys(keys);
    reads.loadAllAsync(keys, replaceExistingValues, completionListener);
  }

  @Override
  public void put(K key, V value) {
    requireOpen();
    requireEntry(key, value);
    timed(statistics::recordPutTime, () -> writes.put(key, value, /* countLookup= */ false));
  }

  @Override
  public V getAndPut(K key, V value) {
    requireOpen();
    requireEntry(key, value);
    return copier.copy(timed(statistics::recordPutTime,
        () -> writes.put(key, value, /* countLookup= */ true)).previous());
  }

  @Override
  public void putAll(Map<? extends K, ? extends V> map) {
    requireOpen();
    requireEntries(map);
    timed(statistics::recordPutTime, () -> writes.putAll(map)).rethrow();
  }

  @Override
  public boolean putIfAbsent(K key, V value) {
    requireOpen();
    requireEntry(key, value);
    return !timed(statistics::recordPutTime, () -> writes.putIfAbsent(key, value)).wasPresent();
  }

  @Override
  public boolean remove(K key) {
    requireOpen();
    requireKey(key);
    return timed(statistics::recordRemoveTime,
        () -> writes.remove(key, /* countLookup= */ false)).isWrite();
  }

  @Override
  public boolean remove(K key, V oldValue) {
    requireOpen();
    requireEntry(key, oldValue);
    return timed(statistics::recordRemoveTime, () -> writes.remove(key, oldValue)).kind()
        == Kind.REMOVED;
  }

  @Override
  public V getAndRemove(K key) {
    requireOpen();
    requireKey(key);
    return copier.copy(timed(statistics::recordRemoveTime,
        () -> writes.remove(key, /* countLookup= */ true)).previous());
  }

  @Override
  public boolean replace(K key, V oldValue, V newValue) {
    requireOpen();
    requireEntry(key, oldValue);
    requireValue(newValue);
    Change<V> change =
        timed(statistics::recordPutTime, () -> writes.replace(key, oldValue, newValue));
    return change.kind() == Kind.UPDATED || change.kind() == Kind.DISCARDED;
  }

  @Override
  public boolean replace(K key, V value) {
    requireOpen();
    requireEntry(key, value);
    return timed(statistics::recordPutTime, () -> writes.replace(key, value)).wasPresent();
  }

  @Override
  public V getAndReplace(K key, V value) {
    requireOpen();
    requireEntry(key, value);
    return copier.copy(
        timed(statistics::recordPutTime, () -> writes.replace(key, value)).previous());
  }

  @Override
  public void removeAll(Set<? extends K> keys) {
    requireOpen();
    requireKeys(keys);
    timed(statistics::recordRemoveTime, () -> writes.removeAll(keys)).rethrow();
  }

  @Override
  public void removeAll() {
    requireOpen();
    Set<K> keys = new LinkedHashSet<>();
    reporter.deliverAfter(() -> {
      store.keys().forEachRemaining(keys::add);
      return null;
    });
    removeAll(keys);
  }

  @Override
  public void clear() {
    requireOpen();
    reporter.deliverAfter(() -> {
      store.clear();
      return null;
    });
  }

  /** Returns a copy of the configuration: changing it does not change the cache. */
  @Override
  public <C extends Configuration<K, V>> C getConfiguration(Class<C> type) {
    var snapshot = new TiercelConfiguration<>(configuration);
    if (type.isInstance(snapshot)) {
      return type.cast(snapshot);
    }
    throw new IllegalArgumentException("The configuration of cache '" + name
        + "' is a " + TiercelConfiguration.class.getName() + ", not a " + type.getName());
  }

  @Override
  public <T> T invoke(K key, EntryProcessor<K, V, T> entryProcessor, Object... arguments) {
    requireOpen();
    requireKey(key);
    Objects.requireNonNull(entryProcessor, "entryProcessor must not be null");
    return timed(statistics::recordGetTime,
        () -> writes.invoke(key, entryProcessor, arguments));
  }

  @Override
  public <T> Map<K, EntryProcessorResult<T>> invokeAll(Set<? extends K> keys,
      EntryProcessor<K, V, T> entryProcessor, Object... arguments) {
    requireOpen();
    requireKeys(keys);
    Objects.requireNonNull(entryProcessor, "entryProcessor must not be null");
    return writes.invokeAll(keys, key -> invoke(key, entryProcessor, arguments));
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
    if (!closed.get()) {
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
    if (closed.compareAndSet(false, true)) {
      events.close();
      parts.integration().loader().close();
      parts.integration().writer().close();
      Resources.closeQuietly(parts.expiryPolicy());
      store.close();
    }
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

  /**
   * Returns how this cache's reads split between the near cache and Redis, and how many values
   * in Redis could not be read; always counted, whether statistics are enabled or not.
   */
  public TierStatistics tierStatistics() {
    return store.tierStatistics();
  }

  /** Returns the statistics this cache records (also published over JMX when enabled). */
  public CacheStatistics statistics() {
    return statistics;
  }

  /** Returns the cache's {@code CacheMXBean}, published over JMX when management is on. */
  TiercelCacheMXBean mxBean() {
    return mxBean;
  }

  /** Returns the live configuration the cache's MXBean reports. */
  TiercelConfiguration<K, V> liveConfiguration() {
    return configuration;
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

  /**
   * Runs one operation, delivers the synchronous events it published, and records its time
   * with {@code recorder} when statistics are on.
   */
  private <T> T timed(LongConsumer recorder, Supplier<T> operation) {
    long start = statistics.isEnabled() ? System.nanoTime() : 0L;
    T result = reporter.deliverAfter(operation);
    if (start != 0L) {
      recorder.accept(System.nanoTime() - start);
    }
    return result;
  }
}
