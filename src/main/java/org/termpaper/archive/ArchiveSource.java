package org.termpaper.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Paper;
import org.termpaper.source.EditionSource;
import org.termpaper.source.IssueNotFoundException;
import org.termpaper.source.OfflineEditions;
import org.termpaper.source.Progress;

/**
 * The archived editions of one paper, as a source. Its calendar is the archived dates, and each
 * edition's previous and next issue are the archived neighbours, so that paging through issues
 * offline never leads to one that is not there. Thread-safe.
 */
public final class ArchiveSource implements EditionSource {
  private final Archive archive;
  private final Paper paper;

  public ArchiveSource(Archive archive, Paper paper) {
    this.archive = archive;
    this.paper = paper;
  }

  /** The {@link OfflineEditions} of an archive opened on first use by {@code archive}. */
  public static OfflineEditions editions(Supplier<Archive> archive) {
    return location -> {
      Archive opened = archive.get();
      Optional<Paper> paper = location.startsWith(OfflineEditions.PREFIX)
          ? opened.paper(location.substring(OfflineEditions.PREFIX.length()))
          : opened.paperAt(location).or(() -> opened.paperNear(location));
      return paper.map(p -> new ArchiveSource(opened, p));
    };
  }

  @Override
  public String location() {
    return OfflineEditions.PREFIX + paper.id();
  }

  @Override
  public IssueCalendar calendar() {
    return archive.calendar(paper.id()).orElse(new IssueCalendar(paper, List.of()));
  }

  @Override
  public Edition edition(LocalDate date, Progress progress) {
    IssueCalendar calendar = calendar();
    Edition edition = archive.edition(paper.id(), date)
        .orElseThrow(() -> new IssueNotFoundException(date, calendar));
    progress.step(location() + "/" + date, 1, 1);
    return edition.withNeighbours(calendar.before(date).orElse(null),
        calendar.after(date).orElse(null));
  }
}
