package io.tiercel.jcache.cache;

import io.tiercel.jcache.codec.Copier;
import io.tiercel.jcache.config.TiercelConfiguration;
import io.tiercel.jcache.integration.ReadThrough;
import io.tiercel.jcache.integration.WriteThrough;
import io.tiercel.jcache.store.StoreListener;
import io.tiercel.jcache.store.Store;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javax.cache.expiry.ExpiryPolicy;

/**
 * What a cache is assembled from, built once by {@link CacheFactory}.
 *
 * @param configuration the cache's own copy of its configuration
 * @param store makes the store, given the listener that hears of expiries and evictions
 * @param copier copies keys and values for store-by-value (identity for store-by-reference)
 * @param expiryPolicy the policy created from the configuration's factory
 * @param integration the loader and writer
 * @param executor runs asynchronous listeners and {@code loadAll}
 */
record CacheParts<K, V>(
    TiercelConfiguration<K, V> configuration,
    Function<StoreListener<K, V>, Store<K, V>> store,
    Copier copier,
    ExpiryPolicy expiryPolicy,
    Integration<K, V> integration,
    Executor executor) {

  /** The application's loader and writer, as the cache calls them. */
  record Integration<K, V>(ReadThrough<K, V> loader, WriteThrough<K, V> writer) {}
}
