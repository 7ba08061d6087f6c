package org.termpaper.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.TermpaperException;

/**
 * Where editions of one paper come from: a JSON feed, a Founder-style site, the archive.
 *
 * <p>Implementations are thread-safe. Every text they return has passed the text cleaner (see
 * {@link SourceResolver}, which wraps each source). Failures are {@link TermpaperException}s with
 * a one-line message naming the location; an interrupted thread cancels the work.
 */
public interface EditionSource extends AutoCloseable {

  /** Where this source reads from, for messages: a URL, a path, {@code bundled:sample}. */
  String location();

  /** The issue dates this source has. */
  IssueCalendar calendar();

  /**
   * The edition of {@code date}.
   *
   * @throws IssueNotFoundException when the source has no issue of that date
   */
  Edition edition(LocalDate date, Progress progress);

  default Edition edition(LocalDate date) {
    return edition(date, Progress.NONE);
  }

  /** The newest edition the source has. */
  default Edition newest(Progress progress) {
    IssueCalendar calendar = calendar();
    LocalDate newest =
        calendar.newest().orElseThrow(() -> new TermpaperException(location() + " has no issues"));
    return edition(newest, progress);
  }

  /**
   * The id of the article the location points at, if it names one (a Founder site's
   * {@code content_N.htm}); empty by default. The article is in the edition {@link #newest}
   * opens. Answers without fetching anything beyond what opening the source already did.
   */
  default Optional<String> focus() {
    return Optional.empty();
  }

  /**
   * What the reader should know about where this source's answers now come from, such as a
   * network failure that made it read the archive instead; empty when all is as asked.
   */
  default List<String> warnings() {
    return List.of();
  }

  @Override
  default void close() {}
}
