package org.termpaper.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The UI's background threads: named, so a thread dump says what each is for, and daemons, so
 * that none of them keeps the process alive once the reader has quit.
 */
final class Workers {
  private Workers() {}

  /** A pool of {@code threads} threads called {@code name}. */
  static ExecutorService named(String name, int threads) {
    return Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    });
  }
}
