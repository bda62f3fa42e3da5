package io.tiercel.jcache.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs one task on many threads released together, and fails the test if any thread fails. */
public final class Concurrently {
  private static final long TIMEOUT_SECONDS = 30;

  /** The work one thread does; {@code thread} numbers the threads from zero. */
  @FunctionalInterface
  public interface Task {
    void run(int thread) throws Exception;
  }

  private Concurrently() {}

  /** Runs {@code task} on {@code threads} threads at once and waits for all of them. */
  public static void run(int threads, Task task) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        int thread = i;
        futures.add(executor.submit(() -> {
          ready.countDown();
          start.await();
          task.run(thread);
          return null;
        }));
      }
      ready.await();
      start.countDown();
      for (Future<?> future : futures) {
        future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      }
    } finally {
      executor.shutdownNow();
      assertThat(executor.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }
  }
}
