package io.tiercel.jcache.config;

import io.tiercel.jcache.codec.ClassFilter;
import io.tiercel.jcache.store.tiered.NearCacheSettings;
import java.util.List;
import javax.cache.configuration.CacheEntryListenerConfiguration;
import javax.cache.configuration.CompleteConfiguration;
import javax.cache.configuration.Configuration;
import javax.cache.configuration.Factory;
import javax.cache.configuration.FactoryBuilder;
import javax.cache.expiry.EternalExpiryPolicy;
import javax.cache.expiry.ExpiryPolicy;

/**
 * Merges a configuration from code over a cache's settings from the file, field by field: a
 * field the code leaves at {@code MutableConfiguration}'s (or {@code TiercelConfiguration}'s)
 * default keeps the file's value, a field it changes wins.
 *
 * <ul>
 *   <li>Key type, value type: the code's unless {@code Object}.</li>
 *   <li>Store-by-value, read-through, write-through, statistics, management: the code wins
 *       when it differs from the default ({@code true}, {@code false}, {@code false},
 *       {@code false}, {@code false}); so code cannot switch off what the file switches on.</li>
 *   <li>Loader, writer: the code's factory when it sets one.</li>
 *   <li>Expiry: the code's policy unless it is the default eternal one; an eternal policy from
 *       code cannot be told from the default, so write {@code expiry: {policy: eternal}} in the
 *       file to make a preset's cache eternal.</li>
 *   <li>Listeners: the file's, then the code's.</li>
 *   <li>Tiercel's own settings: the code's bound (entries, weight or bytes) replaces the file's
 *       when it sets one; its near-cache time cap, class filter and value codec win when not the
 *       default, a near cache it switches off stays off; its clock always (the file sets
 *       none).</li>
 * </ul>
 */
final class ConfigurationMerge {
  private ConfigurationMerge() {}

  @SuppressWarnings("unchecked")
  static <K, V> TiercelConfiguration<K, V> merge(CacheSettings file, Configuration<K, V> code) {
    TiercelConfiguration<K, V> merged = file.toConfiguration();
    Class<K> keyType = code.getKeyType() == Object.class ? merged.getKeyType() : code.getKeyType();
    Class<V> valueType = code.getValueType() == Object.class ? merged.getValueType()
        : code.getValueType();
    boolean codecFromCode = code instanceof TiercelConfiguration<K, V> tiercel
        && tiercel.getValueCodec() != CodecChoice.AUTO;
    String mismatch = codecFromCode ? null : CodecSettings.mismatch(file.codec().codec(),
        valueType);
    if (mismatch != null) {
      throw new ConfigurationException(List.of(file.source() + ": codec '"
          + Kind.nameOf(file.codec().codec()) + "' " + mismatch + ", but the cache's"
          + " configuration in code declares " + valueType.getName()));
    }
    merged.setTypes(keyType, valueType);
    if (!code.isStoreByValue()) {
      merged.setStoreByValue(false);
    }
    if (code instanceof CompleteConfiguration<K, V> complete) {
      mergeComplete(merged, complete);
    }
    if (code instanceof TiercelConfiguration<K, V> tiercel) {
      mergeTiercel(merged, tiercel);
    }
    return merged;
  }

  private static <K, V> void mergeComplete(TiercelConfiguration<K, V> merged,
      CompleteConfiguration<K, V> code) {
    merged.setReadThrough(merged.isReadThrough() || code.isReadThrough());
    merged.setWriteThrough(merged.isWriteThrough() || code.isWriteThrough());
    merged.setStatisticsEnabled(merged.isStatisticsEnabled() || code.isStatisticsEnabled());
    merged.setManagementEnabled(merged.isManagementEnabled() || code.isManagementEnabled());
    if (code.getCacheLoaderFactory() != null) {
      merged.setCacheLoaderFactory(code.getCacheLoaderFactory());
    }
    if (code.getCacheWriterFactory() != null) {
      merged.setCacheWriterFactory(code.getCacheWriterFactory());
    }
    if (!isDefaultExpiry(code.getExpiryPolicyFactory())) {
      merged.setExpiryPolicyFactory(code.getExpiryPolicyFactory());
    }
    for (CacheEntryListenerConfiguration<K, V> listener
        : code.getCacheEntryListenerConfigurations()) {
      merged.addCacheEntryListenerConfiguration(listener);
    }
  }

  private static void mergeTiercel(TiercelConfiguration<?, ?> merged,
      TiercelConfiguration<?, ?> code) {
    if (code.getMaximumSize() >= 0) {
      merged.setMaximumSize(code.getMaximumSize());
    } else if (code.getMaximumWeight() >= 0) {
      merged.setMaximumWeight(code.getMaximumWeight(), code.getWeigher());
    } else if (code.getNearCacheMaximumBytes() >= 0) {
      merged.setNearCacheMaximumBytes(code.getNearCacheMaximumBytes());
    }
    if (!code.getNearCacheTimeCap().equals(NearCacheSettings.DEFAULT_TIME_CAP)) {
      merged.setNearCacheTimeCap(code.getNearCacheTimeCap());
    }
    if (!code.getClassFilter().equals(ClassFilter.defaults())) {
      merged.setClassFilter(code.getClassFilter());
    }
    if (!code.isNearCacheEnabled()) {
      merged.setNearCacheEnabled(false);
    }
    if (code.getValueCodec() != CodecChoice.AUTO) {
      merged.setValueCodec(code.getValueCodec());
    }
    merged.setTicker(code.getTicker());
  }

  /**
   * Returns whether {@code factory} is {@code MutableConfiguration}'s default: none, or a
   * factory of JCache's eternal policy (equal to {@code EternalExpiryPolicy.factoryOf()}, or its
   * class factory).
   */
  private static boolean isDefaultExpiry(Factory<ExpiryPolicy> factory) {
    return factory == null || factory.equals(EternalExpiryPolicy.factoryOf())
        || factory.equals(FactoryBuilder.factoryOf(EternalExpiryPolicy.class));
  }
}
