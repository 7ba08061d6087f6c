package org.termpaper.ui;

import java.time.LocalDate;
import org.termpaper.archive.EditionResult;
import org.termpaper.model.TermpaperException;

/**
 * Downloads an issue into the archive for offline reading: what the {@code d} key does. The
 * command line supplies it, with the archive and the source the reader opened. Called on a
 * worker thread; implementations must be thread-safe.
 */
@FunctionalInterface
public interface Downloads {
  /** No archive to download into. */
  Downloads NONE = (date, step) -> {
    throw new TermpaperException("downloading is not available here");
  };

  /** Told how far a download has come. */
  @FunctionalInterface
  interface Step {
    void parts(int done, int total);
  }

  /**
   * Downloads the issue of {@code date}, telling {@code step} as parts arrive.
   *
   * @return what became of the issue: archived whole, with parts missing, or failed
   * @throws TermpaperException when nothing could be done, such as when offline
   */
  EditionResult download(LocalDate date, Step step);
}
