package io.tiercel.jcache.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tasks run one at a time in order, survive a failing task, and are dropped once refused. */
class SerialExecutorTest {
  /** What failing tasks threw out of the pool's threads, kept out of the test output. */
  private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
  private final ExecutorService pool = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "serial-executor-test");
    thread.setDaemon(true);
    thread.setUncaughtExceptionHandler((failed, e) -> uncaught.add(e));
    return thread;
  });

  @AfterEach
  void shutDownPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void execute_manyTasks_runOneAtATimeInSubmissionOrder() {
    SerialExecutor serial = new SerialExecutor(pool);
    List<Integer> ran = new CopyOnWriteArrayList<>();
    AtomicInteger running = new AtomicInteger();
    AtomicBoolean overlapped = new AtomicBoolean();
    List<Integer> expected = new ArrayList<>();

    for (int i = 0; i < 500; i++) {
      int task = i;
      expected.add(task);
      serial.execute(() -> {
        if (running.incrementAndGet() > 1) {
          overlapped.set(true);
        }
        ran.add(task);
        running.decrementAndGet();
      });
    }

    await().atMost(10, TimeUnit.SECONDS).until(() -> ran.size() == expected.size());
    assertThat(ran).containsExactlyElementsOf(expected);
    assertThat(overlapped).isFalse();
  }

  @Test
  void execute_taskThrowsErrorOrException_laterTasksStillRun() {
    SerialExecutor serial = new SerialExecutor(pool);
    List<String> ran = new CopyOnWriteArrayList<>();

    serial.execute(() -> ran.add("first"));
    serial.execute(() -> {
      throw new AssertionError("task broke");
    });
    serial.execute(() -> ran.add("after the error"));
    serial.execute(() -> {
      throw new IllegalStateException("task broke");
    });
    serial.execute(() -> ran.add("after the exception"));

    await().atMost(10, TimeUnit.SECONDS).until(() -> ran.size() == 3);
    assertThat(ran).containsExactly("first", "after the error", "after the exception");
  }

  @Test
  void execute_executorRefusesWork_dropsTasksWithoutThrowing() {
    AtomicBoolean refusing = new AtomicBoolean(true);
    SerialExecutor serial = new SerialExecutor(task -> {
      if (refusing.get()) {
        throw new RejectedExecutionException("closed");
      }
      task.run();
    });
    List<String> ran = new ArrayList<>();

    assertThatNoException().isThrownBy(() -> serial.execute(() -> ran.add("refused")));
    assertThatNoException().isThrownBy(() -> serial.execute(() -> ran.add("refused too")));
    refusing.set(false);
    serial.execute(() -> ran.add("accepted"));

    assertThat(ran).containsExactly("accepted");
  }

  @Test
  void execute_shutDownExecutor_dropsTaskWithoutThrowing() {
    pool.shutdown();
    SerialExecutor serial = new SerialExecutor(pool);
    List<String> ran = new CopyOnWriteArrayList<>();

    assertThatNoException().isThrownBy(() -> serial.execute(() -> ran.add("late")));

    assertThat(ran).isEmpty();
  }
}
