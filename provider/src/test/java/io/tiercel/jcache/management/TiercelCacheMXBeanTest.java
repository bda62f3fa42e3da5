package io.tiercel.jcache.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import javax.cache.configuration.MutableConfiguration;
import org.junit.jupiter.api.Test;

class TiercelCacheMXBeanTest {

  @Test
  void getters_configuredCache_reportConfiguration() {
    MutableConfiguration<Long, BigDecimal> configuration =
        new MutableConfiguration<Long, BigDecimal>()
            .setTypes(Long.class, BigDecimal.class)
            .setReadThrough(true)
            .setWriteThrough(false)
            .setStoreByValue(false)
            .setStatisticsEnabled(true)
            .setManagementEnabled(false);

    TiercelCacheMXBean bean = new TiercelCacheMXBean(configuration);

    assertThat(bean.getKeyType()).isEqualTo("java.lang.Long");
    assertThat(bean.getValueType()).isEqualTo("java.math.BigDecimal");
    assertThat(bean.isReadThrough()).isTrue();
    assertThat(bean.isWriteThrough()).isFalse();
    assertThat(bean.isStoreByValue()).isFalse();
    assertThat(bean.isStatisticsEnabled()).isTrue();
    assertThat(bean.isManagementEnabled()).isFalse();
  }

  @Test
  void getTypes_untypedConfiguration_areObject() {
    TiercelCacheMXBean bean = new TiercelCacheMXBean(new MutableConfiguration<>());

    assertThat(bean.getKeyType()).isEqualTo("java.lang.Object");
    assertThat(bean.getValueType()).isEqualTo("java.lang.Object");
  }

  @Test
  void getters_configurationChangedLater_readLiveValues() {
    MutableConfiguration<String, String> configuration = new MutableConfiguration<>();
    TiercelCacheMXBean bean = new TiercelCacheMXBean(configuration);

    configuration.setStatisticsEnabled(true);
    configuration.setManagementEnabled(true);
    configuration.setWriteThrough(true);

    assertThat(bean.isStatisticsEnabled()).isTrue();
    assertThat(bean.isManagementEnabled()).isTrue();
    assertThat(bean.isWriteThrough()).isTrue();
  }

  @Test
  void constructor_nullConfiguration_throws() {
    assertThatNullPointerException()
        .isThrownBy(() -> new TiercelCacheMXBean(null))
        .withMessageContaining("configuration");
  }
}
