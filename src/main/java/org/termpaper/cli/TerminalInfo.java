package org.termpaper.cli;

import java.util.Map;

/**
 * What the command line knows of where its output goes: whether standard output is a terminal,
 * and how wide it is when known. Immutable.
 *
 * @param interactive standard output is a terminal
 * @param columns the terminal's width, or 0 when unknown
 */
public record TerminalInfo(boolean interactive, int columns) {

  /** Output to a pipe or file: not a terminal, width unknown. */
  public static final TerminalInfo PIPE = new TerminalInfo(false, 0);

  /** The real standard output, judged by {@code System.console()} and {@code COLUMNS}. */
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
    return new TerminalInfo(interactive, Math.max(columns, 0));
  }

  /** The width to lay text out to when the user named none. */
  public int defaultWidth() {
    return interactive && columns > 0 ? columns : 80;
  }
}
