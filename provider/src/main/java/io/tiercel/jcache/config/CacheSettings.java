package io.tiercel.jcache.config;

import java.util.Objects;
import javax.cache.configuration.Configuration;

/**
 * Everything the configuration says about one cache: its entry under {@code caches:} (or the
 * {@code default} preset) over its preset, over the presets that one extends, over
 * {@code default}. Immutable; class names are already checked.
 *
 * @param source the key it was configured at, for logs and messages: {@code caches.users},
 *     {@code caches.com.example.*} for a pattern, {@code presets.default} for an unknown name
 * @param expiry when entries expire
 * @param nearCache how much is kept in this JVM
 * @param codec how keys and values are typed and written
 * @param integration the loader, writer and listeners
 * @param storeByValue whether keys and values are copied (the JCache default)
 * @param statistics whether statistics are kept
 * @param management whether the cache's configuration MXBean is published
 */
public record CacheSettings(String source, ExpirySettings expiry, NearCacheLimits nearCache,
    CodecSettings codec, IntegrationSettings integration, boolean storeByValue,
    boolean statistics, boolean management) {

  public CacheSettings {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(expiry, "expiry");
    Objects.requireNonNull(nearCache, "nearCache");
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(integration, "integration");
  }

  /**
   * Returns a new JCache configuration of these settings, for {@code getCache(name)} of a cache
   * the file configures, key and value types included.
   */
  @SuppressWarnings("unchecked")
  public <K, V> TiercelConfiguration<K, V> toConfiguration() {
    var configuration = new TiercelConfiguration<K, V>();
    configuration.setTypes((Class<K>) codec.keyType(), (Class<V>) codec.valueType());
    configuration.setStoreByValue(storeByValue);
    configuration.setStatisticsEnabled(statistics);
    configuration.setManagementEnabled(management);
    configuration.setExpiryPolicyFactory(expiry.factory());
    integration.applyTo(configuration, source);
    nearCache.applyTo(configuration);
    configuration.setClassFilter(codec.classFilter());
    configuration.setValueCodec(codec.codec());
    return configuration;
  }

  /**
   * Returns {@code fromCode} merged over these settings, for {@code createCache(name, config)}:
   * what the code changes from {@code MutableConfiguration}'s defaults wins, what it leaves at
   * a default is taken from here (see {@link ConfigurationMerge}).
   *
   * @throws ConfigurationException if the code's value type does not fit the file's codec
   */
  public <K, V> TiercelConfiguration<K, V> merge(Configuration<K, V> fromCode) {
    return ConfigurationMerge.merge(this, fromCode);
  }
}
