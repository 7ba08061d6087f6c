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
  PictureBytes NONE = new PictureBytes() {
    @Override
    public Fetched read(String url) {
      throw new TermpaperException("pictures cannot be read from this source");
    }

    @Override
    public String view(String url, String name) {
      throw new TermpaperException("there is no viewer here");
    }
  };

  /**
   * The bytes of the picture at {@code url}, and where they came from.
   *
   * @throws TermpaperException with one line when they cannot be had
   */
  Fetched read(String url);

  /**
   * Hands the file at {@code url} (a page PDF or a picture), saved as {@code name} and the
   * extension of what it is, to the desktop's viewer, or only saves it where there is none.
   *
   * @return one line for the status line: opened, or where the file was saved
   * @throws TermpaperException with one line when the file cannot be had
   */
  String view(String url, String name);

  /**
   * A picture's bytes and where they came from, such as {@code archive} or {@code network}.
   * Immutable by convention: do not change the array.
   */
  record Fetched(byte[] data, String from) {}
}
