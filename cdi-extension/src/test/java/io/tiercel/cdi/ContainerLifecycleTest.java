package io.tiercel.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.cdi.key.ParametersKey;
import io.tiercel.jcache.spi.TiercelCachingProvider;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import java.lang.annotation.Annotation;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.annotation.CacheKeyGenerator;
import javax.cache.annotation.CacheKeyInvocationContext;
import javax.cache.annotation.CacheResult;
import javax.cache.annotation.GeneratedCacheKey;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * The default {@code CacheManager} bean and what happens at shutdown, on Weld SE with no
 * alternative manager.
 */
class ContainerLifecycleTest {

  @Test
  void defaultCacheManager_isTheDefaultManagerOfTiercel() {
    try (WeldContainer container = boot()) {
      CacheManager manager = container.select(CacheManager.class).get();

      assertThat(manager.getCachingProvider()).isInstanceOf(TiercelCachingProvider.class);
      assertThat(manager.getURI()).isEqualTo(TiercelCachingProvider.DEFAULT_URI);
    }
  }

  @Test
  void defaultCacheManager_isTheManagerTheAnnotationsUse() {
    try (WeldContainer container = boot()) {
      container.select(Clock.class).get().now("utc");

      CacheManager manager = container.select(CacheManager.class).get();
      assertThat(manager.getCache("clock").containsKey(new ParametersKey("UTC"))).isTrue();
    }
  }

  @Test
  void containerShutdown_closesTheCacheManagerAndItsCaches() {
    Cache<Object, Object> cache;
    try (WeldContainer container = boot()) {
      container.select(Clock.class).get().now("gmt");
      cache = container.select(CacheManager.class).get().getCache("clock");
      assertThat(cache.getCacheManager().isClosed()).isFalse();
    }

    assertThat(cache.isClosed()).isTrue();
    assertThat(cache.getCacheManager().isClosed()).isTrue();
  }

  @Test
  void containerShutdown_destroysDependentKeyGenerators() {
    int before = UpperCaseKeys.DESTROYED.get();
    try (WeldContainer container = boot()) {
      container.select(Clock.class).get().now("cet");
    }

    assertThat(UpperCaseKeys.DESTROYED.get()).isEqualTo(before + 1);
  }

  private static WeldContainer boot() {
    return new Weld().disableDiscovery().addExtension(new TiercelCacheExtension())
        .addBeanClasses(Clock.class, UpperCaseKeys.class).initialize();
  }

  /** A bean whose keys come from a dependent key generator bean. */
  @ApplicationScoped
  public static class Clock {
    @CacheResult(cacheName = "clock", cacheKeyGenerator = UpperCaseKeys.class)
    public String now(String zone) {
      return "now in " + zone;
    }
  }

  /** A dependent key generator that counts its destructions. */
  @Dependent
  public static class UpperCaseKeys implements CacheKeyGenerator {
    static final AtomicInteger DESTROYED = new AtomicInteger();

    @Override
    public GeneratedCacheKey generateCacheKey(
        CacheKeyInvocationContext<? extends Annotation> context) {
      return new ParametersKey(((String) context.getKeyParameters()[0].getValue()).toUpperCase());
    }

    @PreDestroy
    void destroyed() {
      DESTROYED.incrementAndGet();
    }
  }
}
