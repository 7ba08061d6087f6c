package org.termpaper.ui;

/**
 * Held while anything writes to the terminal, so that the shutdown hook that gives the terminal
 * back never interleaves with a frame; once given back, nothing more is drawn. Thread-safe.
 */
final class TerminalLock {
  private boolean givenBack;

  /** Runs {@code write} unless the terminal was given back. */
  synchronized void write(Runnable write) {
    if (!givenBack) {
      write.run();
    }
  }

  /** Runs {@code giveBack} once, the first time it is called; later calls do nothing. */
  synchronized void giveBack(Runnable giveBack) {
    if (!givenBack) {
      givenBack = true;
      giveBack.run();
    }
  }
}
