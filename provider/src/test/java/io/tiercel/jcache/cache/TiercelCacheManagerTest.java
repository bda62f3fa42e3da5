package io.tiercel.jcache.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.tiercel.jcache.config.TiercelConfiguration;
import io.tiercel.jcache.management.JmxRegistration;
import io.tiercel.jcache.management.JmxRegistration.MBeanKind;
import io.tiercel.jcache.spi.TiercelCachingProvider;
import java.io.Closeable;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableCacheEntryListenerConfiguration;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.event.CacheEntryEvent;
import javax.cache.event.CacheEntryUpdatedListener;
import javax.cache.integration.CacheLoader;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cache manager refuses wrong types and duplicate names, naming what it found; it cleans up
 * after a failed creation, and withdraws only its own MBeans.
 */
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

  @Test
  void createCache_writerFactoryThrows_addsNoCacheAndLeavesNameFree() {
    CacheManager manager = fixture.manager();

    assertThatExceptionOfType(RuntimeException.class)
        .isThrownBy(() -> manager.createCache("broken", brokenWriterConfiguration(null)))
        .withStackTraceContaining("no writer today");

    assertThat(manager.<String, String>getCache("broken")).isNull();
    assertThat(manager.getCacheNames()).doesNotContain("broken");
    assertThat(manager.createCache("broken", fixture.configuration())).isNotNull();
  }

  @Test
  void createCache_writerFactoryThrows_closesLoaderItsFactoryCreated() {
    CloseableLoader loader = new CloseableLoader();

    assertThatExceptionOfType(RuntimeException.class).isThrownBy(() ->
        fixture.manager().createCache("broken", brokenWriterConfiguration(loader)));

    assertThat(loader.closed).as("loader closed").isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"closeManager", "destroyCache", "closeCache"})
  void secondManagerOfSameUri_releasesItsCache_firstStatisticsBeanStaysRegistered(
      String release) throws Exception {
    URI uri = URI.create("urn:tiercel-test:jmx:" + UUID.randomUUID());
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    ObjectName name = JmxRegistration.objectName(uri, "shared", MBeanKind.STATISTICS);
    TiercelCachingProvider provider = new TiercelCachingProvider();
    try (URLClassLoader otherLoader =
        new URLClassLoader(new URL[0], getClass().getClassLoader())) {
      CacheManager first = provider.getCacheManager(uri, getClass().getClassLoader());
      CacheManager second = provider.getCacheManager(uri, otherLoader);
      assertThat(second).isNotSameAs(first);
      MutableConfiguration<String, String> configuration =
          new MutableConfiguration<String, String>().setStatisticsEnabled(true);
      Cache<String, String> cache = first.createCache("shared", configuration);
      Cache<String, String> other = second.createCache("shared", configuration);
      cache.put("k", "v");
      cache.get("k");

      switch (release) {
        case "closeManager" -> second.close();
        case "destroyCache" -> second.destroyCache("shared");
        default -> other.close();
      }

      assertThat(server.isRegistered(name)).isTrue();
      assertThat(server.getAttribute(name, "CacheHits")).isEqualTo(1L);
      first.close();
      assertThat(server.isRegistered(name)).isFalse();
    } finally {
      provider.close();
    }
  }

  @Test
  void close_asyncDeliveriesPending_returnsWithoutThrowing() throws Exception {
    CountDownLatch delivering = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> received = new CopyOnWriteArrayList<>();
    CacheEntryUpdatedListener<String, String> slow = events -> {
      for (CacheEntryEvent<? extends String, ? extends String> event : events) {
        received.add(event.getValue());
        delivering.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    Cache<String, String> cache = fixture.create();
    cache.registerCacheEntryListener(new MutableCacheEntryListenerConfiguration<>(
        CacheFixture.singleton(slow), null, false, /* synchronous= */ false));
    cache.put("k", "v0");
    cache.put("k", "v1");
    assertThat(delivering.await(10, TimeUnit.SECONDS)).isTrue();
    cache.put("k", "v2");
    cache.put("k", "v3");

    assertThatNoException().isThrownBy(() -> fixture.manager().close());
    release.countDown();

    assertThat(cache.isClosed()).isTrue();
    assertThat(received).startsWith("v1");
  }

  /** Returns a write-through configuration whose writer factory throws; loader may be null. */
  private TiercelConfiguration<String, String> brokenWriterConfiguration(
      CacheLoader<String, String> loader) {
    TiercelConfiguration<String, String> configuration = fixture.configuration();
    if (loader != null) {
      configuration.setReadThrough(true);
      configuration.setCacheLoaderFactory(CacheFixture.singleton(loader));
    }
    configuration.setWriteThrough(true);
    configuration.setCacheWriterFactory(() -> {
      throw new IllegalStateException("no writer today");
    });
    return configuration;
  }

  /** A loader that holds a resource, so the cache must close it. */
  private static final class CloseableLoader implements CacheLoader<String, String>, Closeable {
    volatile boolean closed;

    @Override
    public String load(String key) {
      return null;
    }

    @Override
    public Map<String, String> loadAll(Iterable<? extends String> keys) {
      return new HashMap<>();
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
