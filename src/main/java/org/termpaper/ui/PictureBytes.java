package org.termpaper.ui;

import org.termpaper.model.TermpaperException;

/**
 * Where the reading UI gets a picture's bytes when the reader asks for it (never before): the
 * archive's copy when it holds one, else the source's (the network, a file beside a local feed,
 * the sample inside the jar). The command line supplies it. Called on a worker thread;
 * implementations must be thread-safe.
 */
public interface PictureBytes {
  /** Nothing can be read: each picture says so. */
  PictureBytes NONE = url -> {
    throw new TermpaperException("pictures cannot be read from this source");
  };

  /**
   * The bytes of the picture at {@code url}, and where they came from.
   *
   * @throws TermpaperException with one line when they cannot be had
   */
  Fetched read(String url);

  /**
   * A picture's bytes and where they came from, such as {@code archive} or {@code network}.
   * Immutable by convention: do not change the array.
   */
  record Fetched(byte[] data, String from) {}
}
