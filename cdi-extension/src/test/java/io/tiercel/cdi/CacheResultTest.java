package io.tiercel.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.cdi.key.ParametersKey;
import io.tiercel.cdi.testing.Calls;
import io.tiercel.cdi.testing.Deployments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.annotation.CacheKey;
import javax.cache.annotation.CacheResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code @CacheResult}: caching results, cache names, keys, {@code skipGet}. */
@ExtendWith(ArquillianExtension.class)
class CacheResultTest {

  @Deployment
  static JavaArchive deployment() {
    return Deployments.all(Catalog.class);
  }

  @Inject
  Catalog catalog;

  @Inject
  Calls calls;

  @Inject
  CacheManager cacheManager;

  @Test
  void cacheResult_repeatedCall_runsMethodOnceAndReturnsCachedValue() {
    String first = catalog.price("a");
    String second = catalog.price("a");

    assertThat(first).isEqualTo("price of a");
    assertThat(second).isEqualTo("price of a");
    assertThat(calls.count("price", "a")).isEqualTo(1);
  }

  @Test
  void cacheResult_valueAlreadyInCache_isReturnedWithoutCallingMethod() {
    cacheManager.getCache("prices").put(new ParametersKey("preloaded"), "from the cache");

    assertThat(catalog.price("preloaded")).isEqualTo("from the cache");
    assertThat(calls.count("price", "preloaded")).isZero();
  }

  @Test
  void cacheResult_noCacheName_usesClassMethodAndParameterTypes() {
    catalog.describe("b", 1);

    Cache<Object, Object> cache = cacheManager.getCache(
        "io.tiercel.cdi.CacheResultTest$Catalog.describe(java.lang.String,int)");
    assertThat(cache).isNotNull();
    assertThat(cache.get(new ParametersKey("b", 1))).isEqualTo("b version 1");
  }

  @Test
  void cacheResult_severalParameters_keyHoldsEachInOrder() {
    catalog.describe("c", 1);
    catalog.describe("c", 2);
    catalog.describe("c", 1);

    assertThat(calls.count("describe", "c", 1)).isEqualTo(1);
    assertThat(calls.count("describe", "c", 2)).isEqualTo(1);
  }

  @Test
  void cacheResult_cacheKeyParameter_otherParametersDoNotChangeKey() {
    Integer first = catalog.stock("d", "request-1");
    Integer second = catalog.stock("d", "request-2");

    assertThat(second).isEqualTo(first);
    assertThat(calls.count("stock", "d")).isEqualTo(1);
    assertThat(cacheManager.getCache("stock").containsKey(new ParametersKey("d"))).isTrue();
  }

  @Test
  void cacheResult_arrayParameter_equalElementsHitTheCache() {
    catalog.tagged(new String[] {"x", "y"});
    catalog.tagged(new String[] {"x", "y"});
    catalog.tagged(new String[] {"y", "x"});

    assertThat(calls.count("tagged", "[x, y]")).isEqualTo(1);
    assertThat(calls.count("tagged", "[y, x]")).isEqualTo(1);
  }

  @Test
  void cacheResult_nullResult_isNotCached() {
    assertThat(catalog.discontinued("e")).isNull();
    assertThat(catalog.discontinued("e")).isNull();

    assertThat(calls.count("discontinued", "e")).isEqualTo(2);
  }

  @Test
  void cacheResult_skipGet_alwaysRunsAndCachesTheNewResult() {
    catalog.price("f");

    String refreshed = catalog.refreshPrice("f");
    String refreshedAgain = catalog.refreshPrice("f");

    assertThat(refreshed).isEqualTo("new price of f #1");
    assertThat(refreshedAgain).isEqualTo("new price of f #2");
    assertThat(catalog.price("f")).isEqualTo("new price of f #2");
    assertThat(calls.count("price", "f")).isEqualTo(1);
  }

  /** A bean whose results are cached. */
  @ApplicationScoped
  public static class Catalog {
    @Inject
    Calls calls;

    @CacheResult(cacheName = "prices")
    public String price(String sku) {
      calls.record("price", sku);
      return "price of " + sku;
    }

    @CacheResult(cacheName = "prices", skipGet = true)
    public String refreshPrice(String sku) {
      calls.record("refreshPrice", sku);
      return "new price of " + sku + " #" + calls.count("refreshPrice", sku);
    }

    @CacheResult
    public String describe(String sku, int version) {
      calls.record("describe", sku, version);
      return sku + " version " + version;
    }

    @CacheResult(cacheName = "stock")
    public Integer stock(@CacheKey String sku, String requestId) {
      calls.record("stock", sku);
      return sku.hashCode();
    }

    @CacheResult(cacheName = "tagged")
    public String tagged(String[] tags) {
      calls.record("tagged", Arrays.toString(tags));
      return String.join(",", tags);
    }

    @CacheResult(cacheName = "discontinued")
    public String discontinued(String sku) {
      calls.record("discontinued", sku);
      return null;
    }
  }
}
