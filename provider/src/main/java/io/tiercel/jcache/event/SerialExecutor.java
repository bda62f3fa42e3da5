package io.tiercel.jcache.event;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Runs tasks one at a time, in submission order, on a shared executor.
 *
 * <p>A task that throws does not stop the ones behind it; once the shared executor refuses work
 * (its cache manager closed), queued tasks are dropped.
 */
final class SerialExecutor implements Executor {
  private static final Logger LOG = System.getLogger(SerialExecutor.class.getName());

  private final Queue<Runnable> tasks = new ArrayDeque<>();
  private final Executor executor;
  private boolean running;

  SerialExecutor(Executor executor) {
    this.executor = executor;
  }

  @Override
  public void execute(Runnable task) {
    synchronized (tasks) {
      tasks.add(task);
      if (running) {
        return;
      }
      running = true;
    }
    schedule();
  }

  private void schedule() {
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException e) {
      synchronized (tasks) {
        LOG.log(Level.DEBUG, "Dropping " + tasks.size() + " events: the cache manager is closed");
        tasks.clear();
        running = false;
      }
    }
  }

  private void drain() {
    boolean finished = false;
    try {
      while (true) {
        Runnable task;
        synchronized (tasks) {
          task = tasks.poll();
          if (task == null) {
            running = false;
            finished = true;
            return;
          }
        }
        task.run();
      }
    } finally {
      if (!finished) {
        schedule();
      }
    }
  }
}
