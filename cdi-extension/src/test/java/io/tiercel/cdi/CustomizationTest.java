package io.tiercel.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.cdi.key.ParametersKey;
import io.tiercel.cdi.resolver.CacheLookup;
import io.tiercel.cdi.testing.Deployments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;
import java.lang.annotation.Annotation;
import java.util.Locale;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.annotation.CacheDefaults;
import javax.cache.annotation.CacheInvocationContext;
import javax.cache.annotation.CacheKeyGenerator;
import javax.cache.annotation.CacheKeyInvocationContext;
import javax.cache.annotation.CacheMethodDetails;
import javax.cache.annotation.CacheResolver;
import javax.cache.annotation.CacheResolverFactory;
import javax.cache.annotation.CacheResult;
import javax.cache.annotation.GeneratedCacheKey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * User-supplied key generators and cache resolver factories: CDI beans with injected
 * dependencies, or plain classes instantiated through their constructor.
 */
@ExtendWith(ArquillianExtension.class)
class CustomizationTest {

  @Deployment
  static JavaArchive deployment() {
    return Deployments.all(Accounts.class, Defaulted.class, LowerCaseKeys.class, Locales.class,
        PlainKeys.class, PrefixedCaches.class);
  }

  @Inject
  Accounts accounts;

  @Inject
  Defaulted defaulted;

  @Inject
  CacheManager cacheManager;

  @Test
  void cacheKeyGenerator_beanWithInjection_buildsTheKeys() {
    accounts.byEmail("Ada@Example.org");

    assertThat(cacheManager.getCache("accounts").get(new ParametersKey("ada@example.org")))
        .isEqualTo("account of Ada@Example.org");
    assertThat(accounts.byEmail("ADA@EXAMPLE.ORG")).isEqualTo("account of Ada@Example.org");
  }

  @Test
  void cacheKeyGenerator_plainClass_isInstantiatedAndUsed() {
    accounts.byNumber(42);

    assertThat(cacheManager.getCache("numbers").get(new ParametersKey("plain", 42)))
        .isEqualTo("account 42");
  }

  @Test
  void cacheResolverFactory_beanWithInjection_resolvesTheCaches() {
    accounts.byRegion("eu");

    assertThat(cacheManager.getCache("tenant-a.regions").get(new ParametersKey("eu")))
        .isEqualTo("region eu");
    assertThat(cacheManager.getCache("regions")).isNull();
  }

  @Test
  void cacheResolverFactory_exceptionCache_isResolvedByTheFactoryToo() {
    try {
      accounts.failing("x");
    } catch (IllegalStateException expected) {
      // cached in the prefixed exception cache
    }

    assertThat(cacheManager.getCache("tenant-a.failures").containsKey(new ParametersKey("x")))
        .isTrue();
  }

  @Test
  void cacheDefaults_keyGeneratorAndResolverFactory_applyToTheClassMethods() {
    defaulted.find("Key");

    assertThat(cacheManager.getCache("tenant-a.defaulted").get(new ParametersKey("key")))
        .isEqualTo("found Key");
  }

  /** A bean other beans depend on: the locale keys are lower-cased in. */
  @ApplicationScoped
  public static class Locales {
    public Locale keys() {
      return Locale.ROOT;
    }
  }

  /** A key generator that is a bean, with a dependency injected through its constructor. */
  @Dependent
  public static class LowerCaseKeys implements CacheKeyGenerator {
    private final Locales locales;

    @Inject
    public LowerCaseKeys(Locales locales) {
      this.locales = locales;
    }

    @Override
    public GeneratedCacheKey generateCacheKey(
        CacheKeyInvocationContext<? extends Annotation> context) {
      return new ParametersKey(
          ((String) context.getKeyParameters()[0].getValue()).toLowerCase(locales.keys()));
    }
  }

  /** A key generator that is not a bean: created through its public no-argument constructor. */
  @Vetoed
  public static class PlainKeys implements CacheKeyGenerator {
    @Override
    public GeneratedCacheKey generateCacheKey(
        CacheKeyInvocationContext<? extends Annotation> context) {
      return new ParametersKey("plain", context.getKeyParameters()[0].getValue());
    }
  }

  /** A resolver factory that is a bean: puts every cache under a tenant's prefix. */
  @ApplicationScoped
  public static class PrefixedCaches implements CacheResolverFactory {
    @Inject
    CacheManager manager;

    @Override
    public CacheResolver getCacheResolver(CacheMethodDetails<? extends Annotation> details) {
      return prefixed(details.getCacheName());
    }

    @Override
    public CacheResolver getExceptionCacheResolver(CacheMethodDetails<CacheResult> details) {
      return prefixed(details.getCacheAnnotation().exceptionCacheName());
    }

    private CacheResolver prefixed(String name) {
      return new CacheResolver() {
        @Override
        public <K, V> Cache<K, V> resolveCache(
            CacheInvocationContext<? extends Annotation> context) {
          return CacheLookup.getOrCreate(manager, "tenant-a." + name);
        }
      };
    }
  }

  /** A bean whose methods name their own key generators and resolver factories. */
  @ApplicationScoped
  public static class Accounts {

    @CacheResult(cacheName = "accounts", cacheKeyGenerator = LowerCaseKeys.class)
    public String byEmail(String email) {
      return "account of " + email;
    }

    @CacheResult(cacheName = "numbers", cacheKeyGenerator = PlainKeys.class)
    public String byNumber(int number) {
      return "account " + number;
    }

    @CacheResult(cacheName = "regions", cacheResolverFactory = PrefixedCaches.class)
    public String byRegion(String region) {
      return "region " + region;
    }

    @CacheResult(cacheName = "lookups", exceptionCacheName = "failures",
        cacheResolverFactory = PrefixedCaches.class)
    public String failing(String key) {
      throw new IllegalStateException("failing " + key);
    }
  }

  /** A bean whose {@code @CacheDefaults} name the key generator and resolver factory. */
  @ApplicationScoped
  @CacheDefaults(cacheName = "defaulted", cacheKeyGenerator = LowerCaseKeys.class,
      cacheResolverFactory = PrefixedCaches.class)
  public static class Defaulted {

    @CacheResult
    public String find(String key) {
      return "found " + key;
    }
  }
}
