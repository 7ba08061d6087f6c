package org.termpaper.archive;

import java.time.LocalDate;

/**
 * Told how a fetch goes, for a progress bar or progress lines. Called on the fetching thread,
 * except {@link #step}, which may come from any thread; implementations must be quick.
 */
public interface FetchListener {
  /** Nothing to tell. */
  FetchListener NONE = new FetchListener() {};

  /** Issue {@code index} (from 0) of {@code count} is next. */
  default void editionStarted(LocalDate date, int index, int count) {}

  /** A part of the issue is read; {@code total} may grow as pages reveal their articles. */
  default void step(LocalDate date, String what, int done, int total) {}

  default void editionFinished(EditionResult result) {}
}
