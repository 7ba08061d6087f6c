package org.termpaper.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.termpaper.archive.SearchHit;
import org.termpaper.model.Edition;
import org.termpaper.model.TermpaperException;

/**
 * What the reading UI reads from the archive: the search of every archived issue of a paper, and
 * an archived issue that the source cannot give (any more). The command line supplies it, with
 * the archive in the data directory. Called on worker threads; implementations must be
 * thread-safe.
 */
public interface ArchiveAccess {
  /** No archive: a search fails with a message, and no issue is kept. */
  ArchiveAccess NONE = new ArchiveAccess() {
    @Override
    public Optional<List<SearchHit>> search(String paperId, String text, int limit) {
      throw new TermpaperException("there is no archive to search here");
    }

    @Override
    public Optional<Edition> edition(String paperId, LocalDate date) {
      return Optional.empty();
    }
  };

  /**
   * The articles of paper {@code paperId} that hold every word of {@code text}, newest issue
   * first, at most {@code limit} of them.
   *
   * @return the hits, or empty when nothing of that paper is archived
   * @throws TermpaperException when the archive cannot be read
   */
  Optional<List<SearchHit>> search(String paperId, String text, int limit);

  /**
   * The archived issue of {@code date} of paper {@code paperId}, its text cleaned as a source's
   * is, or empty when it is not archived.
   *
   * @throws TermpaperException when the archive cannot be read
   */
  Optional<Edition> edition(String paperId, LocalDate date);
}
