package org.termpaper.cli;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Run in a JVM of its own by {@link LogsTest}: sets up the log with {@code --debug} before any
 * class of ours has asked for a logger, collects the garbage until a weakly held object is gone,
 * and prints the level the {@code org.termpaper} logger then has.
 */
final class LogsLevelProbe {
  private LogsLevelProbe() {}

  public static void main(String[] args) {
    Logs.toFile(Path.of(args[0]), true);
    WeakReference<Object> canary = new WeakReference<>(new Object());
    for (int i = 0; i < 100 && canary.get() != null; i++) {
      System.gc();
    }
    System.gc();
    System.out.println((canary.get() == null ? "collected " : "not collected ")
        + Logger.getLogger("org.termpaper").getLevel());
  }
}
