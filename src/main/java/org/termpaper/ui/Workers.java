package org.termpaper.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The UI's background threads: named, so a thread dump says what each is for, and daemons, so
 * that none of them keeps the process alive once the reader has quit.
 */
final class Workers {
  private static final Logger LOG = Logger.getLogger(Workers.class.getPackageName());
  /** How long a pool is given to end once its work is called off. */
  private static final long END_WAIT_SECONDS = 1;

  private Workers() {}

  /** A pool of {@code threads} threads called {@code name}. */
  static ExecutorService named(String name, int threads) {
    return Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Calls off the work of {@code pool} (interrupting it) and waits up to a second for its threads
   * to end; one that ignores the interrupt longer is left to end by itself, and logged.
   */
  static void stop(ExecutorService pool, String name) {
    pool.shutdownNow();
    boolean interrupted = false;
    try {
      while (true) {
        try {
          if (!pool.awaitTermination(END_WAIT_SECONDS, TimeUnit.SECONDS)) {
            LOG.warning(() -> name + " did not end within " + END_WAIT_SECONDS + " s of closing");
          }
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Waits for {@code thread} (nothing when null), which the caller has told to end, even when
   * this thread is interrupted meanwhile (the interrupt is kept for the caller).
   */
  static void awaitEnd(Thread thread) {
    if (thread == null) {
      return;
    }
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
