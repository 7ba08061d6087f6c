package org.termpaper.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.termpaper.model.TermpaperException;

/**
 * How the UI's workers word what went wrong in them for the status line, and log it. A worker
 * catches every {@link Throwable}, an {@link Error} too, so that it always posts an answer and
 * the UI never waits for one that cannot come. Stateless.
 */
final class Failures {
  private static final Logger LOG = Logger.getLogger(Failures.class.getPackageName());

  private Failures() {}

  /**
   * The reason for the status line: a {@link TermpaperException}'s own one-line message, else
   * the kind of the throwable and its message, such as {@code StackOverflowError}.
   */
  static String reason(Throwable e) {
    if (e instanceof TermpaperException && e.getMessage() != null) {
      return e.getMessage();
    }
    String kind = e.getClass().getSimpleName();
    return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
  }

  /**
   * The reason, as {@link #reason}, logged with {@code what} was done: an expected failure
   * (network, parse, archive) as one line, any other throwable, a bug, with its stack trace.
   */
  static String logged(String what, Throwable e) {
    String reason = reason(e);
    if (e instanceof TermpaperException) {
      LOG.warning(() -> what + " failed: " + reason);
    } else {
      LOG.log(Level.SEVERE, what + " failed", e);
    }
    return reason;
  }
}
