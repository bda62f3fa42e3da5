package io.tiercel.jcache.config;

import com.github.benmanes.caffeine.cache.Ticker;
import com.github.benmanes.caffeine.cache.Weigher;
import io.tiercel.jcache.codec.ClassFilter;
import io.tiercel.jcache.store.tiered.NearCacheSettings;
import java.time.Duration;
import java.util.Objects;
import javax.cache.configuration.CompleteConfiguration;
import javax.cache.configuration.Configuration;
import javax.cache.configuration.MutableConfiguration;

/**
 * A JCache {@link MutableConfiguration} with the settings only Tiercel has.
 *
 * <ul>
 *   <li>{@code maximumSize} or {@code maximumWeight}: the bound of the in-JVM tier (default:
 *       unbounded in local mode, as JCache caches are; 10,000 entries for a near cache);</li>
 *   <li>{@code nearCacheTimeCap}: the longest a near cache keeps a copy (default: 10 minutes);
 *       </li>
 *   <li>{@code nearCacheEnabled}: whether a tiered cache keeps copies in this JVM (default: yes);
 *       </li>
 *   <li>{@code valueCodec}: how values are written in Redis (default: by the value type);</li>
 *   <li>{@code classFilter}: which classes Java-serialized data read from Redis may be;</li>
 *   <li>{@code ticker}: the clock expiry is measured on (default: the system clock; tests pass a
 *       fake one).</li>
 * </ul>
 * Pass it to {@code CacheManager.createCache}; {@code getConfiguration(TiercelConfiguration.class)}
 * returns it back.
 */
public final class TiercelConfiguration<K, V> extends MutableConfiguration<K, V> {
  private static final long serialVersionUID = 1L;

  private long maximumSize = -1;
  private long maximumWeight = -1;
  private transient Weigher<Object, Object> weigher;
  private transient Ticker ticker = Ticker.systemTicker();
  private Duration nearCacheTimeCap = NearCacheSettings.DEFAULT_TIME_CAP;
  private long nearCacheMaximumBytes = -1;
  private transient ClassFilter classFilter = ClassFilter.defaults();
  private boolean nearCacheEnabled = true;
  private CodecChoice valueCodec = CodecChoice.AUTO;

  /** Creates a configuration with JCache's defaults and an unbounded local tier. */
  public TiercelConfiguration() {}

  /** Copies a configuration, keeping Tiercel's settings if it has them. */
  public TiercelConfiguration(Configuration<K, V> configuration) {
    if (configuration instanceof CompleteConfiguration<K, V> complete) {
      copyComplete(complete);
    } else {
      setTypes(configuration.getKeyType(), configuration.getValueType());
      setStoreByValue(configuration.isStoreByValue());
    }
    if (configuration instanceof TiercelConfiguration<K, V> tiercel) {
      this.maximumSize = tiercel.maximumSize;
      this.maximumWeight = tiercel.maximumWeight;
      this.weigher = tiercel.weigher;
      this.ticker = tiercel.ticker;
      this.nearCacheTimeCap = tiercel.nearCacheTimeCap;
      this.nearCacheMaximumBytes = tiercel.nearCacheMaximumBytes;
      this.classFilter = tiercel.classFilter;
      this.nearCacheEnabled = tiercel.nearCacheEnabled;
      this.valueCodec = tiercel.valueCodec;
    }
  }

  private void copyComplete(CompleteConfiguration<K, V> complete) {
    setTypes(complete.getKeyType(), complete.getValueType());
    setStoreByValue(complete.isStoreByValue());
    setReadThrough(complete.isReadThrough());
    setWriteThrough(complete.isWriteThrough());
    setStatisticsEnabled(complete.isStatisticsEnabled());
    setManagementEnabled(complete.isManagementEnabled());
    setCacheLoaderFactory(complete.getCacheLoaderFactory());
    setCacheWriterFactory(complete.getCacheWriterFactory());
    setExpiryPolicyFactory(complete.getExpiryPolicyFactory());
    complete.getCacheEntryListenerConfigurations()
        .forEach(this::addCacheEntryListenerConfiguration);
  }

  /** Returns the most entries the local tier keeps, or {@code -1} for no bound by count. */
  public long getMaximumSize() {
    return maximumSize;
  }

  /** Bounds the local tier to {@code entries} entries (replacing a bound by weight). */
  public TiercelConfiguration<K, V> setMaximumSize(long entries) {
    if (entries < 0) {
      throw new IllegalArgumentException("maximumSize must be >= 0, was " + entries);
    }
    this.maximumSize = entries;
    this.maximumWeight = -1;
    this.weigher = null;
    this.nearCacheMaximumBytes = -1;
    return this;
  }

  /** Returns the most total weight the local tier keeps, or {@code -1} for no bound by weight. */
  public long getMaximumWeight() {
    return maximumWeight;
  }

  /** Returns the weigher of the local tier's weight bound, or null. */
  public Weigher<Object, Object> getWeigher() {
    return weigher;
  }

  /** Bounds the local tier by total weight (replacing a bound by count). */
  public TiercelConfiguration<K, V> setMaximumWeight(long weight, Weigher<Object, Object> weigher) {
    if (weight < 0) {
      throw new IllegalArgumentException("maximumWeight must be >= 0, was " + weight);
    }
    this.maximumWeight = weight;
    this.weigher = Objects.requireNonNull(weigher, "weigher");
    this.maximumSize = -1;
    this.nearCacheMaximumBytes = -1;
    return this;
  }

  /** Returns the clock expiry is measured on. */
  public Ticker getTicker() {
    return ticker;
  }

  /** Measures expiry on {@code clock} instead of the system clock. */
  public TiercelConfiguration<K, V> setTicker(Ticker clock) {
    this.ticker = Objects.requireNonNull(clock, "ticker");
    return this;
  }

  /** Returns the longest a near cache keeps a copy, however long the entry lives in Redis. */
  public Duration getNearCacheTimeCap() {
    return nearCacheTimeCap;
  }

  /**
   * Caps how long the near cache (tiered mode) keeps a copy: a safety net that bounds staleness
   * should an invalidation ever be missed. Default: 10 minutes.
   */
  public TiercelConfiguration<K, V> setNearCacheTimeCap(Duration timeCap) {
    Objects.requireNonNull(timeCap, "timeCap");
    if (timeCap.isNegative() || timeCap.isZero()) {
      throw new IllegalArgumentException("nearCacheTimeCap must be positive, was " + timeCap);
    }
    this.nearCacheTimeCap = timeCap;
    return this;
  }

  /** Returns the most bytes of values the near cache keeps, or {@code -1} for no such bound. */
  public long getNearCacheMaximumBytes() {
    return nearCacheMaximumBytes;
  }

  /**
   * Bounds the near cache (tiered mode) by the bytes its values take in Redis, instead of by
   * count; it replaces a bound set with {@link #setMaximumSize} or {@link #setMaximumWeight}.
   */
  public TiercelConfiguration<K, V> setNearCacheMaximumBytes(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("nearCacheMaximumBytes must be >= 0, was " + bytes);
    }
    this.nearCacheMaximumBytes = bytes;
    this.maximumSize = -1;
    this.maximumWeight = -1;
    this.weigher = null;
    return this;
  }

  /** Returns the filter Java-serialized keys and values read from Redis go through. */
  public ClassFilter getClassFilter() {
    return classFilter;
  }

  /**
   * Sets which classes Java-serialized keys and values read from Redis may be; the default
   * admits JDK value types and application classes minus known gadgets,
   * {@link ClassFilter#allowOnly} only the classes named (recommended in production).
   */
  public TiercelConfiguration<K, V> setClassFilter(ClassFilter filter) {
    this.classFilter = Objects.requireNonNull(filter, "classFilter");
    return this;
  }

  /** Returns whether a tiered cache keeps copies of entries in this JVM. */
  public boolean isNearCacheEnabled() {
    return nearCacheEnabled;
  }

  /**
   * Sets whether a tiered cache keeps copies of entries in this JVM (default: yes); without,
   * every read goes to Redis, as in Redis mode. No effect in local and Redis modes.
   */
  public TiercelConfiguration<K, V> setNearCacheEnabled(boolean enabled) {
    this.nearCacheEnabled = enabled;
    return this;
  }

  /** Returns how values are written in Redis. */
  public CodecChoice getValueCodec() {
    return valueCodec;
  }

  /**
   * Sets how values are written in Redis: {@link CodecChoice#AUTO} (the default) chooses by the
   * value type; the others write every value one way and need a value type that fits
   * ({@code JSON}: a concrete class; {@code STRING}: {@code String}; {@code BYTES}:
   * {@code byte[]}; {@code JAVA}: a serializable type). {@code createCache} refuses a value type
   * that does not fit.
   */
  public TiercelConfiguration<K, V> setValueCodec(CodecChoice codec) {
    this.valueCodec = Objects.requireNonNull(codec, "valueCodec");
    return this;
  }

  /**
   * Returns why the value codec cannot write this configuration's value type, or null if it
   * can.
   */
  public String valueCodecMismatch() {
    return CodecSettings.mismatch(valueCodec, getValueType());
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TiercelConfiguration<?, ?> that) || !super.equals(other)) {
      return false;
    }
    return maximumSize == that.maximumSize && maximumWeight == that.maximumWeight
        && Objects.equals(weigher, that.weigher) && Objects.equals(ticker, that.ticker)
        && nearCacheTimeCap.equals(that.nearCacheTimeCap)
        && nearCacheMaximumBytes == that.nearCacheMaximumBytes
        && Objects.equals(classFilter, that.classFilter)
        && nearCacheEnabled == that.nearCacheEnabled && valueCodec == that.valueCodec;
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), maximumSize, maximumWeight);
  }
}
