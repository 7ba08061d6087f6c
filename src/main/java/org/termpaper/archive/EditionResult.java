package org.termpaper.archive;

import java.time.LocalDate;
import java.util.List;

/**
 * What a fetch did with one issue. Immutable.
 *
 * @param date the issue date
 * @param outcome what happened
 * @param articles the articles the archive now holds of it (0 when it failed)
 * @param recovered articles that were missing in the archive and are there now
 * @param failures what is still missing; empty when the issue is whole
 */
public record EditionResult(LocalDate date, Outcome outcome, int articles, int recovered,
    List<FetchFailure> failures) {

  /** What happened to an issue. */
  public enum Outcome {
    /** Newly archived, whole. */
    FETCHED,
    /** Archived before and written again, now whole. */
    UPDATED,
    /** Archived before and whole: nothing asked of the network beyond the calendar. */
    SKIPPED,
    /** Archived with some parts missing; a later fetch asks for those again. */
    PARTIAL,
    /** Nothing could be archived. */
    FAILED
  }

  public EditionResult {
    failures = List.copyOf(failures);
  }
}
