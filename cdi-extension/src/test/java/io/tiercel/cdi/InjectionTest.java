package io.tiercel.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiercel.cdi.annotation.NamedCache;
import io.tiercel.cdi.key.ParametersKey;
import io.tiercel.cdi.testing.Deployments;
import io.tiercel.cdi.testing.TestCacheManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;
import java.net.URI;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.annotation.CacheResult;
import javax.cache.configuration.MutableConfiguration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Injecting the {@code CacheManager} and named {@code Cache}s. */
@ExtendWith(ArquillianExtension.class)
class InjectionTest {

  @Deployment
  static JavaArchive deployment() {
    return Deployments.all(Inventory.class);
  }

  @Inject
  CacheManager cacheManager;

  @Inject
  @NamedCache("stock-levels")
  Cache<String, Integer> stockLevels;

  @Inject
  Inventory inventory;

  @Inject
  @Any
  Instance<Object> beans;

  @Test
  void cacheManager_injected_isTheAlternativeTheApplicationProduced() {
    assertThat(cacheManager.getURI())
        .isEqualTo(URI.create(System.getProperty(TestCacheManagers.URI_PROPERTY,
            TestCacheManagers.DEFAULT_URI)));
  }

  @Test
  void namedCache_injected_isTheCacheOfThatNameTheAnnotationsUse() {
    stockLevels.put("apples", 7);

    assertThat(cacheManager.getCache("stock-levels").get("apples")).isEqualTo(7);
    assertThat(inventory.count("pears")).isEqualTo(3);
    assertThat(stockLevels.unwrap(Cache.class).get(new ParametersKey("pears"))).isEqualTo(3);
  }

  @Test
  void namedCache_configuredWithOtherTypes_failsInjectionNamingBoth() {
    cacheManager.createCache("typed-prices", new MutableConfiguration<Long, String>()
        .setTypes(Long.class, String.class));

    Instance<Cache<String, String>> wrong = beans.select(
        new TypeLiteral<Cache<String, String>>() {}, NamedCache.Literal.of("typed-prices"));
    Instance<Cache<Long, String>> right = beans.select(
        new TypeLiteral<Cache<Long, String>>() {}, NamedCache.Literal.of("typed-prices"));

    assertThatThrownBy(wrong::get).isInstanceOf(ClassCastException.class)
        .hasMessageContaining("typed-prices").hasMessageContaining("java.lang.Long")
        .hasMessageContaining("java.lang.String");
    assertThat(right.get().getName()).isEqualTo("typed-prices");
  }

  /** A bean that caches in the cache the test also injects. */
  @ApplicationScoped
  public static class Inventory {

    @CacheResult(cacheName = "stock-levels")
    public Integer count(String fruit) {
      return 3;
    }
  }
}
