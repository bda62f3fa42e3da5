package io.tiercel.cdi.invocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiercel.cdi.annotation.SingleFlight;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.cache.annotation.CacheDefaults;
import javax.cache.annotation.CacheKey;
import javax.cache.annotation.CachePut;
import javax.cache.annotation.CacheRemoveAll;
import javax.cache.annotation.CacheResult;
import javax.cache.annotation.CacheValue;
import org.junit.jupiter.api.Test;

class CacheMethodReaderTest {
  private final CacheMethodReader reader = new CacheMethodReader(type -> false);

  @Test
  void read_noCacheAnnotation_isEmpty() throws Exception {
    assertThat(reader.read(Plain.class, Plain.class.getMethod("find", String.class))).isEmpty();
  }

  @Test
  void read_noCacheName_namesTheCacheAfterTheSignature() throws Exception {
    Method method = Service.class.getMethod("find", String.class, int.class, long[].class);

    CacheMethod read = reader.read(Service.class, method).orElseThrow();

    assertThat(read.details().getCacheName())
        .isEqualTo(Service.class.getName() + ".find(java.lang.String,int,[J)");
  }

  @Test
  void read_cacheDefaultsOnASuperclass_giveTheCacheName() throws Exception {
    CacheMethod read = reader.read(SubService.class,
        Service.class.getMethod("find", String.class, int.class, long[].class)).orElseThrow();

    assertThat(read.details().getCacheName()).isEqualTo("defaults");
  }

  @Test
  void read_cachePut_keyIsEveryParameterButTheValue() throws Exception {
    CacheMethod read = reader.read(Service.class,
        Service.class.getMethod("save", String.class, String.class, int.class)).orElseThrow();

    Object[] arguments = {"k", "v", 7};
    assertThat(read.parameters().keys(arguments)).extracting(p -> p.getValue())
        .containsExactly("k", 7);
    assertThat(read.parameters().value(arguments).getParameterPosition()).isEqualTo(1);
    assertThat(read.policy().afterInvocation()).isTrue();
  }

  @Test
  void read_cacheKeyParameters_areTheOnlyKeyParameters() throws Exception {
    CacheMethod read = reader.read(Service.class,
        Service.class.getMethod("byKey", String.class, String.class)).orElseThrow();

    assertThat(read.parameters().keys(new Object[] {"a", "b"})).extracting(p -> p.getValue())
        .containsExactly("b");
  }

  @Test
  void read_completableFuture_isAsynchronousWithSingleFlightOff() throws Exception {
    CacheMethod read = reader.read(Service.class,
        Service.class.getMethod("later", String.class)).orElseThrow();

    assertThat(read.policy().async()).isTrue();
    assertThat(read.policy().singleFlight()).isFalse();
  }

  @Test
  void read_classLevelAnnotation_appliesToMethodsWithout() throws Exception {
    Optional<CacheMethod> read =
        reader.read(Cleared.class, Cleared.class.getMethod("reset"));

    assertThat(read).map(CacheMethod::operation).contains(Operation.REMOVE_ALL);
  }

  @Test
  void read_severalMistakes_reportsEachNamingTheMethod() throws Exception {
    Method method = Broken.class.getMethod("find", String.class, String.class);

    assertThatThrownBy(() -> reader.read(Broken.class, method))
        .isInstanceOfSatisfying(CacheDefinitionException.class, e ->
            assertThat(e.problems()).hasSize(2).allSatisfy(problem -> assertThat(problem)
                .startsWith("@CacheResult on " + Broken.class.getName()
                    + ".find(String, String): ")));
  }

  static class Plain {
    public String find(String key) {
      return key;
    }
  }

  @CacheDefaults(cacheName = "defaults")
  static class SubService extends Service {}

  static class Service {
    @CacheResult
    public String find(String key, int version, long[] flags) {
      return key;
    }

    @CachePut(cacheName = "values")
    public void save(String key, @CacheValue String value, int version) {}

    @CacheResult(cacheName = "by-key")
    public String byKey(String ignored, @CacheKey String key) {
      return key;
    }

    @SingleFlight(false)
    @CacheResult(cacheName = "later")
    public CompletableFuture<String> later(String key) {
      return CompletableFuture.completedFuture(key);
    }
  }

  @CacheRemoveAll(cacheName = "cleared")
  static class Cleared {
    public void reset() {}
  }

  static class Broken {
    @CacheResult(cacheName = "same", exceptionCacheName = "same")
    public String find(@CacheValue String key, String other) {
      return key;
    }
  }
}
