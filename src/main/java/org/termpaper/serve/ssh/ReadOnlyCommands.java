package org.termpaper.serve.ssh;

import java.io.PrintWriter;
import java.util.List;
import org.termpaper.source.EditionSource;

/**
 * Runs one of the read-only commands an exec request may ask for ({@code dump}, {@code calendar},
 * {@code search}) on a served source. {@link ExecLine} has checked the arguments first.
 * Implementations are thread-safe: sessions run commands at once.
 */
@FunctionalInterface
interface ReadOnlyCommands {
  /**
   * @param source the session's source (shared with the other sessions)
   * @param args the command and its arguments, such as {@code dump --page 01}
   * @param columns the width to lay text out to
   * @param bold whether the client's terminal shows bold (a PTY whose TERM is not dumb); a
   *     client without a PTY is a pipe, and gets no escape sequence
   * @return the exit code: 0 ok, 1 failed, 2 bad usage
   */
  int run(EditionSource source, List<String> args, int columns, boolean bold,
      PrintWriter out, PrintWriter err);
}
