package io.tiercel.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiercel.cdi.key.ParametersKey;
import io.tiercel.cdi.testing.Calls;
import io.tiercel.cdi.testing.Deployments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.annotation.CacheRemove;
import javax.cache.annotation.CacheResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Methods returning a {@code CompletionStage}: the value it completes with is cached, never the
 * stage nor a failure, and puts and removals wait for the completion.
 */
@ExtendWith(ArquillianExtension.class)
class CompletionStageTest {

  @Deployment
  static JavaArchive deployment() {
    return Deployments.all(Forecasts.class);
  }

  @Inject
  Forecasts forecasts;

  @Inject
  Calls calls;

  @Inject
  CacheManager cacheManager;

  @Test
  void cacheResult_stageCompletes_cachesTheValueNotTheStage() {
    CompletableFuture<String> first = forecasts.forecast("oslo");
    assertThat(cache().containsKey(new ParametersKey("oslo"))).isFalse();

    forecasts.complete("oslo", "snow");

    assertThat(first).isCompletedWithValue("snow");
    assertThat(cache().get(new ParametersKey("oslo"))).isEqualTo("snow");
    assertThat(forecasts.forecast("oslo")).isCompletedWithValue("snow");
    assertThat(calls.count("forecast", "oslo")).isEqualTo(1);
  }

  @Test
  void cacheResult_stageFails_cachesNothingAndRunsAgain() {
    CompletableFuture<String> failed = forecasts.forecast("rome");
    forecasts.fail("rome", new IllegalStateException("no data"));

    CompletableFuture<String> retried = forecasts.forecast("rome");
    forecasts.complete("rome", "sun");

    assertThat(failed).isCompletedExceptionally();
    assertThat(retried).isCompletedWithValue("sun");
    assertThat(calls.count("forecast", "rome")).isEqualTo(2);
  }

  @Test
  void cacheResult_completionStageReturnType_isServedFromTheCache() {
    forecasts.outlook("lima").toCompletableFuture().join();

    CompletionStage<String> cached = forecasts.outlook("lima");

    assertThat(cached.toCompletableFuture()).isCompletedWithValue("outlook for lima");
    assertThat(calls.count("outlook", "lima")).isEqualTo(1);
  }

  @Test
  void cacheResult_concurrentCallsWhileStagePending_shareOneCall() {
    CompletableFuture<String> first = forecasts.forecast("kyiv");
    CompletableFuture<String> second = forecasts.forecast("kyiv");

    forecasts.complete("kyiv", "wind");

    assertThat(first).isCompletedWithValue("wind");
    assertThat(second).isCompletedWithValue("wind");
    assertThat(calls.count("forecast", "kyiv")).isEqualTo(1);
  }

  @Test
  void cacheRemove_stagePending_removesOnlyWhenItCompletes() {
    cache().put(new ParametersKey("baku"), "heat");

    CompletableFuture<Void> removal = forecasts.retract("baku");
    boolean presentWhilePending = cache().containsKey(new ParametersKey("baku"));
    forecasts.complete("retract baku", null);

    assertThat(presentWhilePending).isTrue();
    assertThat(removal).isCompleted();
    assertThat(cache().containsKey(new ParametersKey("baku"))).isFalse();
  }

  private Cache<Object, Object> cache() {
    return cacheManager.getCache("forecasts");
  }

  /** A bean whose answers arrive later: the test completes them. */
  @ApplicationScoped
  public static class Forecasts {
    private final Map<String, CompletableFuture<Object>> pending = new ConcurrentHashMap<>();

    @Inject
    Calls calls;

    @CacheResult(cacheName = "forecasts")
    public CompletableFuture<String> forecast(String city) {
      calls.record("forecast", city);
      return pending(city).thenApply(String.class::cast);
    }

    @CacheResult(cacheName = "outlooks")
    public CompletionStage<String> outlook(String city) {
      calls.record("outlook", city);
      return CompletableFuture.completedFuture("outlook for " + city);
    }

    @CacheRemove(cacheName = "forecasts")
    public CompletableFuture<Void> retract(String city) {
      return pending("retract " + city).thenApply(any -> null);
    }

    void complete(String name, Object value) {
      pending.remove(name).complete(value);
    }

    void fail(String name, Throwable failure) {
      pending.remove(name).completeExceptionally(failure);
    }

    private CompletableFuture<Object> pending(String name) {
      return pending.computeIfAbsent(name, any -> new CompletableFuture<>());
    }
  }
}
