package io.tiercel.jcache.management;

import java.util.Objects;
import javax.cache.configuration.CompleteConfiguration;
import javax.cache.management.CacheMXBean;

/**
 * The JCache configuration MXBean of one cache, a read-only view over its live configuration.
 *
 * <ul>
 *   <li>Every getter reads the configuration object anew, so the façade's changes through
 *       {@code CacheManager.enableStatistics} and {@code enableManagement} show up at once.
 *   <li>Types are reported by {@link Class#getName()}, e.g. {@code java.lang.Long}.
 * </ul>
 */
public final class TiercelCacheMXBean implements CacheMXBean {

  private final CompleteConfiguration<?, ?> configuration;

  /** Creates a view over the configuration the cache itself holds and mutates. */
  public TiercelCacheMXBean(CompleteConfiguration<?, ?> configuration) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
  }

  @Override
  public String getKeyType() {
    return configuration.getKeyType().getName();
  }

  @Override
  public String getValueType() {
    return configuration.getValueType().getName();
  }

  @Override
  public boolean isReadThrough() {
    return configuration.isReadThrough();
  }

  @Override
  public boolean isWriteThrough() {
    return configuration.isWriteThrough();
  }

  @Override
  public boolean isStoreByValue() {
    return configuration.isStoreByValue();
  }

  @Override
  public boolean isStatisticsEnabled() {
    return configuration.isStatisticsEnabled();
  }

  @Override
  public boolean isManagementEnabled() {
    return configuration.isManagementEnabled();
  }
}
