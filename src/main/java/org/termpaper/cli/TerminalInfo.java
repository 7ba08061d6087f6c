package org.termpaper.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the command line knows of where its output goes: whether standard output and standard
 * error are terminals, and how wide the terminal is when known. Immutable.
 *
 * @param interactive standard output is a terminal
 * @param columns the terminal's width from {@code COLUMNS}, or 0 when not given (then {@link
 *     #defaultWidth} asks the terminal)
 * @param errInteractive standard error is a terminal (where {@code fetch} redraws its progress
 *     line), which may differ: {@code termpaper fetch > log} still shows progress
 */
public record TerminalInfo(boolean interactive, int columns, boolean errInteractive) {

  /** Output to a pipe or file: not a terminal, width unknown. */
  public static final TerminalInfo PIPE = new TerminalInfo(false, 0);

  /** Standard output and standard error alike. */
  public TerminalInfo(boolean interactive, int columns) {
    this(interactive, columns, interactive);
  }

  /**
   * The real standard output, judged by {@code System.console()}; its width from {@code COLUMNS},
   * else from {@code stty size} on the controlling terminal (shells seldom export COLUMNS).
   */
  public static TerminalInfo detect(Map<String, String> env) {
    boolean interactive = System.console() != null;
    int columns = 0;
    if (interactive) {
      try {
        columns = Integer.parseInt(env.getOrDefault("COLUMNS", "0").trim());
      } catch (NumberFormatException e) {
        columns = 0;
      }
    }
    return new TerminalInfo(interactive, Math.max(columns, 0), stderrIsTerminal(interactive));
  }

  /**
   * Whether standard error is a terminal. Java tells only of standard input and output together
   * ({@code System.console()}), so this asks Linux where descriptor 2 leads; elsewhere it takes
   * {@code fallback}, what is known of standard output.
   */
  static boolean stderrIsTerminal(boolean fallback) {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // Fall back below.
    }
    return fallback;
  }

  /** The columns {@code stty size} reports for /dev/tty, or 0 when it cannot tell. */
  private static int sttyColumns() {
    try {
      Process stty = new ProcessBuilder("stty", "size")
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!stty.waitFor(1, TimeUnit.SECONDS)) {
        stty.destroy();
        return 0;
      }
      String[] size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
          .strip().split("\\s+");
      return size.length == 2 ? Integer.parseInt(size[1]) : 0;
    } catch (IOException | NumberFormatException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /** The width to lay text out to when the user named none. */
  public int defaultWidth() {
    if (!interactive) {
      return 80;
    }
    // Asked of the terminal only here, when text is laid out, not at every start.
    int width = columns > 0 ? columns : sttyColumns();
    return width > 0 ? width : 80;
  }
}
