package io.tiercel.jcache.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.tiercel.jcache.config.TiercelConfiguration;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cache manager refuses wrong types and duplicate names, naming what it found. */
class TiercelCacheManagerTest {
  private final CacheFixture fixture = new CacheFixture();

  @AfterEach
  void closeFixture() {
    fixture.close();
  }

  @Test
  void getCache_wrongTypes_throwsClassCastNamingBothTypes() {
    CacheManager manager = fixture.manager();
    TiercelConfiguration<String, Integer> configuration = fixture.configuration();
    configuration.setTypes(String.class, Integer.class);
    manager.createCache("typed", configuration);

    assertThatExceptionOfType(ClassCastException.class)
        .isThrownBy(() -> manager.getCache("typed", String.class, Long.class))
        .withMessageContaining("typed")
        .withMessageContaining(Integer.class.getName())
        .withMessageContaining(Long.class.getName());
  }

  @Test
  void getCache_rightTypes_returnsTheCache() {
    CacheManager manager = fixture.manager();
    TiercelConfiguration<String, Integer> configuration = fixture.configuration();
    configuration.setTypes(String.class, Integer.class);
    Cache<String, Integer> created = manager.createCache("typed", configuration);

    assertThat(manager.getCache("typed", String.class, Integer.class)).isSameAs(created);
  }

  @Test
  void createCache_existingName_throwsCacheExceptionNamingIt() {
    CacheManager manager = fixture.manager();
    TiercelConfiguration<String, String> configuration = fixture.configuration();
    Cache<String, String> first = manager.createCache("twice", configuration);

    assertThatExceptionOfType(CacheException.class)
        .isThrownBy(() -> manager.createCache("twice", configuration))
        .withMessageContaining("twice");
    assertThat(manager.<String, String>getCache("twice")).isSameAs(first);
  }

  @Test
  void destroyCache_thenCreate_startsEmpty() {
    CacheManager manager = fixture.manager();
    TiercelConfiguration<String, String> configuration = fixture.configuration();
    manager.createCache("c", configuration).put("k", "v");

    manager.destroyCache("c");
    Cache<String, String> again = manager.createCache("c", configuration);

    assertThat(again.containsKey("k")).isFalse();
  }
}
