package org.termpaper.picture;

import org.termpaper.model.TermpaperException;

/**
 * A picture that cannot be shown: too big, not a picture, or broken past reading. The message is
 * one line saying why, for the caption's place and {@code termpaper: …}.
 */
public final class PictureException extends TermpaperException {
  public PictureException(String message) {
    super(message);
  }

  public PictureException(String message, Throwable cause) {
    super(message, cause);
  }
}
