package org.termpaper.serve;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs the scheduler's tasks, one at a time, after a delay: a thread of its own in a station,
 * the test's own hand in a test. Implementations are thread-safe.
 */
public interface FetchTimer {

  /** Runs {@code task} once, {@code delay} from now, after any task given before has ended. */
  void schedule(Duration delay, Runnable task);

  /**
   * Runs nothing more, interrupts the task running, and waits up to {@code deadline} for it to
   * end; returns whether it did.
   */
  boolean stop(Duration deadline);

  /** One daemon thread named {@code termpaper-fetch}. */
  static FetchTimer thread() {
    ScheduledExecutorService executor = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "termpaper-fetch");
      thread.setDaemon(true);
      return thread;
    });
    return new FetchTimer() {
      @Override
      public void schedule(Duration delay, Runnable task) {
        if (!executor.isShutdown()) {
          executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
      }

      @Override
      public boolean stop(Duration deadline) {
        executor.shutdownNow();
        try {
          return executor.awaitTermination(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    };
  }
}
