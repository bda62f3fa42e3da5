package io.tiercel.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tiercel.cdi.annotation.SingleFlight;
import io.tiercel.cdi.testing.Calls;
import io.tiercel.cdi.testing.Deployments;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.cache.annotation.CacheResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Concurrent misses of one key run the method once, unless single flight is switched off. */
@ExtendWith(ArquillianExtension.class)
class SingleFlightTest {
  private static final int CALLERS = 6;

  @Deployment
  static JavaArchive deployment() {
    return Deployments.all(Reports.class);
  }

  @Inject
  Reports reports;

  @Inject
  Calls calls;

  @Test
  void cacheResult_concurrentMisses_runTheMethodOnceAndShareTheValue() throws Exception {
    List<Object> outcomes = callConcurrently("shared", /* expectedCalls= */ 1);

    assertThat(outcomes).containsOnly("report shared");
    assertThat(calls.count("build", "shared")).isEqualTo(1);
  }

  @Test
  void cacheResult_concurrentMissesAndTheCallFails_everyCallerGetsTheException()
      throws Exception {
    List<Object> outcomes = callConcurrently("failing", /* expectedCalls= */ 1);

    assertThat(outcomes).hasSize(CALLERS).allSatisfy(outcome ->
        assertThat(outcome).isInstanceOf(IllegalStateException.class)
            .hasToString("java.lang.IllegalStateException: cannot build failing"));
    assertThat(calls.count("build", "failing")).isEqualTo(1);
  }

  @Test
  void singleFlightOff_concurrentMisses_eachRunTheMethod() throws Exception {
    List<Object> outcomes = callConcurrently("independent", /* expectedCalls= */ CALLERS);

    assertThat(outcomes).containsOnly("unshared report independent");
    assertThat(calls.count("buildUnshared", "independent")).isEqualTo(CALLERS);
  }

  /**
   * Starts {@value #CALLERS} callers of the same key while the method is held, waits until
   * {@code expectedCalls} calls are inside it and every other caller waits, then lets them go.
   */
  private List<Object> callConcurrently(String key, int expectedCalls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    CountDownLatch release = reports.hold(key);
    List<Thread> threads = new ArrayList<>();
    List<Future<Object>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < CALLERS; i++) {
        futures.add(pool.submit(() -> {
          synchronized (threads) {
            threads.add(Thread.currentThread());
          }
          try {
            return key.equals("independent") ? reports.buildUnshared(key) : reports.build(key);
          } catch (IllegalStateException e) {
            return e;
          }
        }));
      }
      await().atMost(10, TimeUnit.SECONDS).until(() -> reports.entered(key) == expectedCalls
          && allWaiting(threads));
      release.countDown();
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : futures) {
        outcomes.add(future.get(10, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean allWaiting(List<Thread> threads) {
    synchronized (threads) {
      return threads.size() == CALLERS && threads.stream().allMatch(thread ->
          thread.getState() == Thread.State.WAITING
              || thread.getState() == Thread.State.TIMED_WAITING);
    }
  }

  /** A bean whose methods wait until the test releases them. */
  @ApplicationScoped
  public static class Reports {
    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();

    @Inject
    Calls calls;

    CountDownLatch hold(String key) {
      return gates.computeIfAbsent(key, any -> new CountDownLatch(1));
    }

    int entered(String key) {
      return calls.count("build", key) + calls.count("buildUnshared", key);
    }

    @CacheResult(cacheName = "reports")
    public String build(String key) throws InterruptedException {
      calls.record("build", key);
      hold(key).await();
      if (key.equals("failing")) {
        throw new IllegalStateException("cannot build " + key);
      }
      return "report " + key;
    }

    @SingleFlight(false)
    @CacheResult(cacheName = "unshared-reports")
    public String buildUnshared(String key) throws InterruptedException {
      calls.record("buildUnshared", key);
      hold(key).await();
      return "unshared report " + key;
    }
  }
}
