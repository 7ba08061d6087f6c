package org.termpaper.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.termpaper.config.DataDirs;

/**
 * Sends the JDK's logging (ours and OkHttp's) to {@code termpaper.log} in the data directory and
 * never to the terminal, which the text UI owns. {@code --debug} adds the HTTP log: one line per
 * request. A log file that cannot be opened silences logging rather than failing the command.
 */
final class Logs {
  private static final String FORMAT = "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n";
  /**
   * The logger whose level {@code --debug} sets, held here: the log manager holds loggers only
   * weakly, and one collected before any class of ours asked for a logger takes its level along.
   */
  private static final Logger OURS = Logger.getLogger("org.termpaper");
  private static FileHandler current;

  private Logs() {}

  static synchronized void toFile(Path file, boolean debug) {
    System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
    Logger root = LogManager.getLogManager().getLogger("");
    for (Handler handler : root.getHandlers()) {
      root.removeHandler(handler);
    }
    if (current != null) {
      current.close();
      current = null;
    }
    root.setLevel(Level.INFO);
    OURS.setLevel(debug ? Level.FINE : Level.INFO);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      FileHandler handler = new FileHandler(file.toString(),
          DataDirs.LOG_FILE_LIMIT, 1, true);
      handler.setFormatter(new SimpleFormatter());
      handler.setLevel(Level.ALL);
      root.addHandler(handler);
      current = handler;
    } catch (IOException | RuntimeException e) {
      // No log then; the command's own output still says what went wrong.
      root.setLevel(Level.OFF);
    }
  }
}
