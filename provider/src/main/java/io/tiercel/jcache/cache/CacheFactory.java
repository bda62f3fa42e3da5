package io.tiercel.jcache.cache;

import io.tiercel.jcache.codec.Copier;
import io.tiercel.jcache.codec.JavaSerialization;
import io.tiercel.jcache.codec.KeyCodec;
import io.tiercel.jcache.codec.SerializingCopier;
import io.tiercel.jcache.codec.ValueFormat;
import io.tiercel.jcache.config.TierMode;
import io.tiercel.jcache.config.TiercelConfiguration;
import io.tiercel.jcache.integration.ReadThrough;
import io.tiercel.jcache.integration.Resources;
import io.tiercel.jcache.integration.WriteThrough;
import io.tiercel.jcache.store.Store;
import io.tiercel.jcache.store.StoreListener;
import io.tiercel.jcache.store.local.LocalStore;
import io.tiercel.jcache.store.local.LocalStoreSettings;
import io.tiercel.jcache.store.redis.RedisStore;
import io.tiercel.jcache.store.tiered.NearCacheSettings;
import io.tiercel.jcache.store.tiered.TieredStore;
import java.lang.System.Logger;
import java.time.Duration;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javax.cache.configuration.Configuration;
import javax.cache.configuration.Factory;
import javax.cache.expiry.EternalExpiryPolicy;
import javax.cache.expiry.ExpiryPolicy;
import javax.cache.integration.CacheLoader;
import javax.cache.integration.CacheWriter;

/**
 * Assembles a {@link TiercelCache} from a JCache configuration; each step reads one concern.
 *
 * <p>One-shot: a factory builds one cache.
 */
final class CacheFactory<K, V> {
  private static final Logger LOG = System.getLogger(CacheFactory.class.getName());

  private final TiercelCacheManager manager;
  private final String name;
  private final TiercelConfiguration<K, V> configuration;
  private final Executor executor;

  private Copier copier;
  private ExpiryPolicy expiryPolicy;
  private ReadThrough<K, V> loader = ReadThrough.disabled();
  private WriteThrough<K, V> writer = WriteThrough.disabled();
  private Function<StoreListener<K, V>, Store<K, V>> store;

  private CacheFactory(TiercelCacheManager manager, String name,
      Configuration<K, V> configuration, Executor executor) {
    this.manager = manager;
    this.name = name;
    this.configuration = new TiercelConfiguration<>(configuration);
    this.executor = executor;
  }

  /** Builds the cache {@code name} of {@code manager} as {@code configuration} describes. */
  static <K, V> TiercelCache<K, V> create(TiercelCacheManager manager, String name,
      Configuration<K, V> configuration, Executor executor) {
    var factory = new CacheFactory<>(manager, name, configuration, executor);
    try {
      factory.checkCodec();
      factory.configureCopier();
      factory.configureExpiry();
      factory.configureLoader();
      factory.configureWriter();
      factory.configureStore();
      return factory.build();
    } catch (RuntimeException e) {
      factory.closeCreated();
      throw e;
    }
  }

  /** Closes what the application's factories created before a later step failed. */
  private void closeCreated() {
    Resources.closeQuietly(expiryPolicy);
    loader.close();
    writer.close();
  }

  private void checkCodec() {
    String mismatch = configuration.valueCodecMismatch();
    if (mismatch != null) {
      throw new IllegalArgumentException("Cache '" + name + "': value codec '"
          + configuration.getValueCodec().name().toLowerCase(Locale.ROOT) + "' " + mismatch
          + ", but the value type is " + configuration.getValueType().getName());
    }
  }

  private void configureCopier() {
    copier = configuration.isStoreByValue()
        ? new SerializingCopier(manager::getClassLoader)
        : Copier.identity();
  }

  private void configureExpiry() {
    Factory<ExpiryPolicy> policyFactory = configuration.getExpiryPolicyFactory();
    expiryPolicy = policyFactory == null
        ? new EternalExpiryPolicy()
        : Objects.requireNonNull(policyFactory.create(),
            () -> "The expiry policy factory of cache '" + name + "' returned null");
  }

  private void configureLoader() {
    Factory<CacheLoader<K, V>> loaderFactory = configuration.getCacheLoaderFactory();
    loader = loaderFactory == null
        ? ReadThrough.disabled()
        : ReadThrough.from(loaderFactory.create());
  }

  private void configureWriter() {
    Factory<CacheWriter<? super K, ? super V>> writerFactory =
        configuration.getCacheWriterFactory();
    writer = configuration.isWriteThrough() && writerFactory != null
        ? WriteThrough.to(writerFactory.create())
        : WriteThrough.disabled();
  }

  private void configureStore() {
    TierMode mode = manager.settings().mode();
    if (mode != TierMode.LOCAL && !configuration.isStoreByValue()) {
      // References cannot leave the JVM: a store-by-reference cache holds them here.
      LOG.log(Level.WARNING, "Cache '" + name + "' is store-by-reference, so it holds object"
          + " references and lives in this JVM only, not in Redis; configure it with"
          + " setStoreByValue(true) (the JCache default) to share it through Redis");
      mode = TierMode.LOCAL;
    }
    if (mode == TierMode.TIERED && !configuration.isNearCacheEnabled()) {
      mode = TierMode.REDIS;
    }
    store = switch (mode) {
      case LOCAL -> localStore();
      case REDIS -> listener -> redisStore(listener);
      case TIERED -> listener -> TieredStore.open(manager.redis(), name, redisStore(listener),
          nearCacheSettings(), listener);
    };
  }

  private Function<StoreListener<K, V>, Store<K, V>> localStore() {
    LocalStoreSettings settings = LocalStoreSettings.unbounded()
        .withTicker(configuration.getTicker());
    if (configuration.getMaximumSize() >= 0) {
      settings = settings.withMaximumSize(configuration.getMaximumSize());
    } else if (configuration.getMaximumWeight() >= 0) {
      settings = settings.withMaximumWeight(
          configuration.getMaximumWeight(), configuration.getWeigher());
    }
    LocalStoreSettings local = settings;
    return listener -> new LocalStore<>(local, listener);
  }

  private RedisStore<K, V> redisStore(StoreListener<K, V> listener) {
    var serialization = new JavaSerialization(manager::getClassLoader,
        configuration.getClassFilter());
    return new RedisStore<>(manager.redis().gateway(), name,
        KeyCodec.forType(configuration.getKeyType(), serialization),
        valueFormat(serialization), listener);
  }

  private ValueFormat<V> valueFormat(JavaSerialization serialization) {
    Class<V> type = configuration.getValueType();
    return switch (configuration.getValueCodec()) {
      case JSON -> ValueFormat.json(type, serialization);
      case JAVA -> ValueFormat.java(type, serialization);
      // String and byte[] values are written as they are already; the check made sure the type
      // is one of those.
      case AUTO, STRING, BYTES -> ValueFormat.forType(type, serialization);
    };
  }

  private NearCacheSettings nearCacheSettings() {
    Duration cap = configuration.getNearCacheTimeCap();
    if (configuration.getNearCacheMaximumBytes() >= 0) {
      return new NearCacheSettings(-1, configuration.getNearCacheMaximumBytes(), null, cap,
          configuration.getTicker());
    }
    if (configuration.getMaximumWeight() >= 0) {
      return new NearCacheSettings(-1, configuration.getMaximumWeight(),
          configuration.getWeigher(), cap, configuration.getTicker());
    }
    long size = configuration.getMaximumSize() >= 0
        ? configuration.getMaximumSize()
        : NearCacheSettings.DEFAULT_MAXIMUM_SIZE;
    return new NearCacheSettings(size, -1, null, cap, configuration.getTicker());
  }

  private TiercelCache<K, V> build() {
    var parts = new CacheParts<>(configuration, store, copier, expiryPolicy,
        new CacheParts.Integration<>(loader, writer), executor);
    return new TiercelCache<>(name, manager, parts);
  }
}
