package io.tiercel.jcache.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import io.tiercel.jcache.codec.ClassFilter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.cache.configuration.Configuration;
import javax.cache.configuration.FactoryBuilder;
import javax.cache.configuration.MutableCacheEntryListenerConfiguration;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.EternalExpiryPolicy;
import javax.cache.expiry.ExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;
import javax.cache.integration.CacheLoader;
import javax.cache.integration.CacheWriter;
import org.junit.jupiter.api.Test;

/**
 * createCache(name, configuration) over the file's settings: a field the code leaves at its
 * default keeps the file's value, a field the code changes wins.
 */
class ConfigurationMergeTest {
  /** Every field away from JCache's default. */
  private final CacheSettings file = ConfigFixture.load("""
      caches:
        users:
          expiry: {policy: modified, duration: 10m}
          near-cache: {max-entries: 300, time-cap: 2m}
          store-by-value: false
          statistics: true
          management: true
          loader: io.tiercel.jcache.config.TestTypes$UserLoader
          writer: io.tiercel.jcache.config.TestTypes$AuditWriter
          listeners: [io.tiercel.jcache.config.TestTypes$AuditListener]
          key-type: String
          value-type: String
      class-filter: {allow: com.example.**}
      """).findCache("users").orElseThrow();

  /** Nothing set: what the file says for a cache it leaves at the defaults. */
  private final CacheSettings plain = ConfigFixture.load("caches: {plain: {}}\n")
      .findCache("plain").orElseThrow();

  @Test
  void merge_newMutableConfiguration_keepsEveryFieldOfTheFile() {
    TiercelConfiguration<Object, Object> merged = file.merge(new MutableConfiguration<>());

    assertThat(merged).isEqualTo(file.toConfiguration());
  }

  @Test
  void merge_overTheDefaultPreset_isTheCodesConfiguration() {
    var code = new MutableConfiguration<String, Long>().setTypes(String.class, Long.class)
        .setStatisticsEnabled(true).setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(
            javax.cache.expiry.Duration.ONE_MINUTE));

    assertThat(plain.merge(code)).isEqualTo(new TiercelConfiguration<>(code));
  }

  @Test
  void merge_types_codesWinUnlessObject() {
    var code = new MutableConfiguration<Object, Object>();
    var typed = new MutableConfiguration<CharSequence, Object>()
        .setTypes(CharSequence.class, Object.class);

    assertThat(file.merge(code).getKeyType()).isEqualTo(String.class);
    assertThat(file.merge(code).getValueType()).isEqualTo(String.class);
    assertThat(file.merge(typed).getKeyType()).isEqualTo(CharSequence.class);
    assertThat(file.merge(typed).getValueType()).isEqualTo(String.class);
  }

  @Test
  void merge_storeByValue_codesFalseWins() {
    assertThat(plain.merge(new MutableConfiguration<>().setStoreByValue(false))
        .isStoreByValue()).isFalse();
    assertThat(file.merge(new MutableConfiguration<>().setStoreByValue(true)).isStoreByValue())
        .as("true is the default, so the file's false stays").isFalse();
  }

  @Test
  void merge_switches_codesTrueWinsAndTheDefaultKeepsTheFiles() {
    var code = new MutableConfiguration<Object, Object>().setReadThrough(true)
        .setWriteThrough(true).setStatisticsEnabled(true).setManagementEnabled(true);

    TiercelConfiguration<Object, Object> fromCode = plain.merge(code);
    TiercelConfiguration<Object, Object> fromFile = file.merge(new MutableConfiguration<>());

    assertThat(List.of(fromCode.isReadThrough(), fromCode.isWriteThrough(),
        fromCode.isStatisticsEnabled(), fromCode.isManagementEnabled())).containsOnly(true);
    assertThat(List.of(fromFile.isReadThrough(), fromFile.isWriteThrough(),
        fromFile.isStatisticsEnabled(), fromFile.isManagementEnabled())).containsOnly(true);
  }

  @Test
  void merge_loaderAndWriter_codesFactoriesWin() {
    var code = new MutableConfiguration<Object, Object>()
        .setCacheLoaderFactory(FactoryBuilder.factoryOf(CodeLoader.class))
        .setCacheWriterFactory(FactoryBuilder.factoryOf(CodeWriter.class));

    TiercelConfiguration<Object, Object> merged = file.merge(code);

    assertThat(merged.getCacheLoaderFactory()).isEqualTo(code.getCacheLoaderFactory());
    assertThat(merged.getCacheWriterFactory()).isEqualTo(code.getCacheWriterFactory());
    assertThat(file.merge(new MutableConfiguration<>()).getCacheLoaderFactory().create())
        .isInstanceOf(TestTypes.UserLoader.class);
  }

  @Test
  void merge_expiry_codesPolicyWinsUnlessTheDefaultEternal() {
    var created = new MutableConfiguration<Object, Object>().setExpiryPolicyFactory(
        CreatedExpiryPolicy.factoryOf(javax.cache.expiry.Duration.FIVE_MINUTES));
    var eternal = new MutableConfiguration<Object, Object>()
        .setExpiryPolicyFactory(EternalExpiryPolicy.factoryOf());
    var eternalClass = new MutableConfiguration<Object, Object>()
        .setExpiryPolicyFactory(FactoryBuilder.factoryOf(EternalExpiryPolicy.class));

    assertThat(policy(file.merge(created))).isInstanceOf(CreatedExpiryPolicy.class);
    assertThat(policy(file.merge(eternal))).isInstanceOf(ModifiedExpiryPolicy.class);
    assertThat(policy(file.merge(eternalClass))).isInstanceOf(ModifiedExpiryPolicy.class);
    assertThat(policy(file.merge(eternal)).getExpiryForUpdate())
        .isEqualTo(new javax.cache.expiry.Duration(TimeUnit.MINUTES, 10));
  }

  @Test
  void merge_listeners_keepsTheFilesThenAddsTheCodes() {
    var listener = new MutableCacheEntryListenerConfiguration<Object, Object>(
        FactoryBuilder.factoryOf(TestTypes.AuditListener.class), null, false, true);

    TiercelConfiguration<Object, Object> merged = file.merge(
        new MutableConfiguration<>().addCacheEntryListenerConfiguration(listener));

    assertThat(merged.getCacheEntryListenerConfigurations()).hasSize(2).contains(listener);
  }

  @Test
  void merge_tiercelBound_codesBoundReplacesTheFiles() {
    TiercelConfiguration<Object, Object> bySize = file.merge(
        new TiercelConfiguration<>().setMaximumSize(5));
    TiercelConfiguration<Object, Object> byBytes = file.merge(
        new TiercelConfiguration<>().setNearCacheMaximumBytes(1024));
    TiercelConfiguration<Object, Object> byWeight = file.merge(
        new TiercelConfiguration<>().setMaximumWeight(9, (key, value) -> 1));
    TiercelConfiguration<Object, Object> none = file.merge(new TiercelConfiguration<>());

    assertThat(bySize.getMaximumSize()).isEqualTo(5);
    assertThat(byBytes.getNearCacheMaximumBytes()).isEqualTo(1024);
    assertThat(byBytes.getMaximumSize()).isEqualTo(-1);
    assertThat(byWeight.getMaximumWeight()).isEqualTo(9);
    assertThat(none.getMaximumSize()).isEqualTo(300);
  }

  @Test
  void merge_tiercelTimeCapFilterAndClock_codesWinUnlessDefault() {
    Ticker clock = () -> 42;
    var code = new TiercelConfiguration<Object, Object>().setNearCacheTimeCap(Duration.ofHours(1))
        .setClassFilter(ClassFilter.allowOnly(List.of("org.acme.*"))).setTicker(clock);

    TiercelConfiguration<Object, Object> changed = file.merge(code);
    TiercelConfiguration<Object, Object> defaults = file.merge(new TiercelConfiguration<>());

    assertThat(changed.getNearCacheTimeCap()).isEqualTo(Duration.ofHours(1));
    assertThat(changed.getClassFilter()).isEqualTo(ClassFilter.allowOnly(List.of("org.acme.*")));
    assertThat(changed.getTicker()).isSameAs(clock);
    assertThat(defaults.getNearCacheTimeCap()).isEqualTo(Duration.ofMinutes(2));
    assertThat(defaults.getClassFilter())
        .isEqualTo(ClassFilter.allowOnly(List.of("com.example.**")));
  }

  @Test
  void merge_plainConfiguration_mergesTypesAndStoreByValue() {
    Configuration<Object, Object> code = new Configuration<>() {
      @Override
      public Class<Object> getKeyType() {
        return Object.class;
      }

      @Override
      public Class<Object> getValueType() {
        return Object.class;
      }

      @Override
      public boolean isStoreByValue() {
        return true;
      }
    };

    assertThat(file.merge(code)).isEqualTo(file.toConfiguration());
  }

  @Test
  void merge_valueTypeTheFilesCodecCannotWrite_failsNamingBoth() {
    CacheSettings strings = ConfigFixture.load("caches: {names: {codec: string, value-type:"
        + " String}}\n").findCache("names").orElseThrow();

    assertThatThrownBy(() -> strings.merge(new MutableConfiguration<Object, Long>()
        .setTypes(Object.class, Long.class)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("caches.names: codec 'string' needs value-type java.lang.String, but the"
            + " cache's configuration in code declares java.lang.Long");
  }

  @Test
  void merge_unknownCacheWithCreateUnknownOff_usesTheDefaultPresetAsTemplate() {
    ManagerConfig config = ConfigFixture.load("presets: {default: {statistics: true}}\n");

    assertThat(config.findCache("anything")).isEmpty();
    assertThat(config.templateFor("anything").merge(new MutableConfiguration<>())
        .isStatisticsEnabled()).isTrue();
    assertThat(config.templateFor("anything").source()).isEqualTo("presets.default");
  }

  private static ExpiryPolicy policy(TiercelConfiguration<Object, Object> configuration) {
    return configuration.getExpiryPolicyFactory().create();
  }

  /** A loader named by code. */
  public static final class CodeLoader implements CacheLoader<Object, Object> {
    @Override
    public Object load(Object key) {
      return key;
    }

    @Override
    public Map<Object, Object> loadAll(Iterable<?> keys) {
      return Map.of();
    }
  }

  /** A writer named by code. */
  public static final class CodeWriter implements CacheWriter<Object, Object> {
    @Override
    public void write(javax.cache.Cache.Entry<?, ?> entry) {}

    @Override
    public void writeAll(java.util.Collection<javax.cache.Cache.Entry<?, ?>> entries) {}

    @Override
    public void delete(Object key) {}

    @Override
    public void deleteAll(java.util.Collection<?> keys) {}
  }
}
