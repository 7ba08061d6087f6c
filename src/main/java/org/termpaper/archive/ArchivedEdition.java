package org.termpaper.archive;

import java.time.Instant;
import java.time.LocalDate;
import org.termpaper.model.Paper;

/**
 * What the archive holds of one issue, without its text. Immutable.
 *
 * @param paper the paper
 * @param date the issue date
 * @param pages how many pages
 * @param articles how many articles
 * @param unavailable how many pages and articles could not be read when it was fetched
 * @param resources how many pictures and PDFs are kept with it
 * @param storedBytes the bytes of its stored bodies and resources (the search index not counted)
 * @param fetchedAt when it was last written
 */
public record ArchivedEdition(Paper paper, LocalDate date, int pages, int articles,
    int unavailable, int resources, long storedBytes, Instant fetchedAt) {

  /** True when every page and article was read. */
  public boolean isComplete() {
    return unavailable == 0;
  }
}
