package org.termpaper.source.feed;

import org.termpaper.model.TermpaperException;

/** A feed document that cannot be read: not JSON, a wrong format, a missing or bad field. */
public final class FeedException extends TermpaperException {
  public FeedException(String message) {
    super(message);
  }

  public FeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
