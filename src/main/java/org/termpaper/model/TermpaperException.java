package org.termpaper.model;

/**
 * An expected failure of termpaper's work: a network error, a feed or page that cannot be read,
 * an issue the source does not have, an archive that cannot be opened. The message is one line
 * a reader can act on; the command line prints it as {@code termpaper: <message>}.
 */
public class TermpaperException extends RuntimeException {
  public TermpaperException(String message) {
    super(message);
  }

  public TermpaperException(String message, Throwable cause) {
    super(message, cause);
  }
}
