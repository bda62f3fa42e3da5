package io.tiercel.cdi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiercel.cdi.annotation.NamedCache;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Vetoed;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.annotation.CacheKey;
import javax.cache.annotation.CacheKeyGenerator;
import javax.cache.annotation.CacheKeyInvocationContext;
import javax.cache.annotation.CachePut;
import javax.cache.annotation.CacheRemove;
import javax.cache.annotation.CacheRemoveAll;
import javax.cache.annotation.CacheResolverFactory;
import javax.cache.annotation.CacheResult;
import javax.cache.annotation.CacheValue;
import javax.cache.annotation.GeneratedCacheKey;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Annotation mistakes fail the deployment, each with a message naming the bean class, the method
 * and the problem. These tests boot Weld SE directly, one container per mistake, with the
 * extension added by hand (Weld SE loads no extension when discovery is off).
 */
class DefinitionErrorTest {

  static Stream<Arguments> mistakes() {
    return Stream.of(
        mistake(VoidResult.class, "run()", "returns void, so there is no result to cache"),
        mistake(TwoValues.class, "save(String, String)",
            "positions 0 and 1 are both @CacheValue"),
        mistake(NoValue.class, "save(String)", "no parameter is @CacheValue"),
        mistake(ValueOnResult.class, "find(String)",
            "position 0 is @CacheValue, which only @CachePut uses"),
        mistake(KeyAndValue.class, "save(String)", "both @CacheKey and @CacheValue"),
        mistake(TwoAnnotations.class, "find(String)",
            "@CacheResult and @CacheRemove on " + TwoAnnotations.class.getName()),
        mistake(AbstractGenerator.class, "find(String)", "cacheKeyGenerator "
            + AbstractKeys.class.getName() + " cannot be instantiated: it is not a bean and it is"
            + " abstract"),
        mistake(GeneratorWithoutConstructor.class, "find(String)", "cacheKeyGenerator "
            + KeysWithArguments.class.getName() + " cannot be instantiated: it is not a bean and"
            + " it has no public no-argument constructor"),
        mistake(AbstractFactoryUser.class, "find(String)", "cacheResolverFactory "
            + AbstractFactory.class.getName() + " cannot be instantiated: it is not a bean and"
            + " it is abstract"),
        mistake(SharedExceptionCache.class, "find(String)",
            "exceptionCacheName is the cache name 'lookups'"),
        mistake(ListsWithoutExceptionCache.class, "find(String)",
            "cachedExceptions / nonCachedExceptions are set but exceptionCacheName is empty"),
        mistake(EvictForBeforeInvocation.class, "evict(String)",
            "evictFor / noEvictFor are set but afterInvocation is false"),
        mistake(CacheForBeforeInvocation.class, "clear()",
            "evictFor / noEvictFor are set but afterInvocation is false"),
        mistake(PrivateMethod.class, "find(String)", "the method is private"),
        mistake(StaticMethod.class, "find(String)", "the method is static"),
        mistake(UnsupportedStage.class, "find(String)", "returns "
            + CustomFuture.class.getName() + "; of the asynchronous types, only CompletionStage"
            + " and CompletableFuture are supported"));
  }

  private static Arguments mistake(Class<?> beanClass, String method, String problem) {
    return Arguments.of(beanClass, method, problem);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void deployment_annotationMistake_failsNamingClassMethodAndProblem(Class<?> beanClass,
      String method, String problem) {
    assertThatThrownBy(() -> boot(beanClass)).isInstanceOf(DefinitionException.class)
        .hasMessageContaining(beanClass.getName() + "." + method + ": ")
        .hasMessageContaining(problem);
  }

  @Test
  void deployment_blankNamedCache_failsNamingTheInjectionPoint() {
    assertThatThrownBy(() -> boot(BlankNamedCache.class)).isInstanceOf(DefinitionException.class)
        .hasMessageContaining("@NamedCache at ")
        .hasMessageContaining(BlankNamedCache.class.getName())
        .hasMessageContaining("names no cache");
  }

  @Test
  void deployment_secondCacheManagerBean_failsSayingHowToReplaceTheDefault() {
    assertThatThrownBy(() -> boot(SecondCacheManager.class))
        .isInstanceOf(DeploymentException.class)
        .hasMessageContaining("2 CacheManager beans")
        .hasMessageContaining(SecondCacheManager.class.getName())
        .hasMessageContaining("@Alternative and @Priority");
  }

  private static void boot(Class<?> beanClass) {
    try (WeldContainer container = new Weld().disableDiscovery()
        .addExtension(new TiercelCacheExtension()).addBeanClasses(beanClass).initialize()) {
      container.select(beanClass).get();
    }
  }

  public static class VoidResult {
    @CacheResult
    public void run() {}
  }

  public static class TwoValues {
    @CachePut
    public void save(@CacheValue String first, @CacheValue String second) {}
  }

  public static class NoValue {
    @CachePut
    public void save(String key) {}
  }

  public static class ValueOnResult {
    @CacheResult
    public String find(@CacheValue String key) {
      return key;
    }
  }

  public static class KeyAndValue {
    @CachePut
    public void save(@CacheKey @CacheValue String value) {}
  }

  public static class TwoAnnotations {
    @CacheResult
    @CacheRemove
    public String find(String key) {
      return key;
    }
  }

  /** A key generator that cannot be instantiated. */
  public abstract static class AbstractKeys implements CacheKeyGenerator {}

  /** A key generator that is no bean and has no no-argument constructor. */
  @Vetoed
  public static class KeysWithArguments implements CacheKeyGenerator {
    public KeysWithArguments(String prefix) {}

    @Override
    public GeneratedCacheKey generateCacheKey(
        CacheKeyInvocationContext<? extends Annotation> context) {
      throw new UnsupportedOperationException();
    }
  }

  public static class AbstractGenerator {
    @CacheResult(cacheKeyGenerator = AbstractKeys.class)
    public String find(String key) {
      return key;
    }
  }

  public static class GeneratorWithoutConstructor {
    @CacheResult(cacheKeyGenerator = KeysWithArguments.class)
    public String find(String key) {
      return key;
    }
  }

  /** A resolver factory that cannot be instantiated. */
  public abstract static class AbstractFactory implements CacheResolverFactory {}

  public static class AbstractFactoryUser {
    @CacheRemove(cacheResolverFactory = AbstractFactory.class, cacheName = "x")
    public String find(String key) {
      return key;
    }
  }

  public static class SharedExceptionCache {
    @CacheResult(cacheName = "lookups", exceptionCacheName = "lookups")
    public String find(String key) {
      return key;
    }
  }

  public static class ListsWithoutExceptionCache {
    @CacheResult(cachedExceptions = IOException.class)
    public String find(String key) {
      return key;
    }
  }

  public static class EvictForBeforeInvocation {
    @CacheRemove(afterInvocation = false, evictFor = IOException.class)
    public void evict(String key) {}
  }

  public static class CacheForBeforeInvocation {
    @CacheRemoveAll(cacheName = "all", afterInvocation = false, noEvictFor = IOException.class)
    public void clear() {}
  }

  public static class PrivateMethod {
    @CacheResult
    private String find(String key) {
      return key;
    }
  }

  public static class StaticMethod {
    @CacheResult
    public static String find(String key) {
      return key;
    }
  }

  /** An asynchronous type the cache could not hand back. */
  public static class CustomFuture<T> extends CompletableFuture<T> {}

  public static class UnsupportedStage {
    @CacheResult
    public CustomFuture<String> find(String key) {
      return new CustomFuture<>();
    }
  }

  public static class BlankNamedCache {
    @Inject
    @NamedCache(" ")
    Cache<String, String> cache;
  }

  public static class SecondCacheManager {
    @Produces
    CacheManager cacheManager() {
      return Caching.getCachingProvider().getCacheManager();
    }
  }
}
