package org.termpaper.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.text.EditionCleaner;
import org.termpaper.text.TextCleaner;

/** Wraps a source so that everything it returns has passed the text cleaner. Thread-safe. */
final class CleanSource implements EditionSource {
  private final EditionSource inner;

  CleanSource(EditionSource inner) {
    this.inner = inner;
  }

  @Override
  public String location() {
    return inner.location();
  }

  @Override
  public IssueCalendar calendar() {
    IssueCalendar calendar = inner.calendar();
    return new IssueCalendar(EditionCleaner.paper(calendar.paper()), calendar.issues());
  }

  @Override
  public Edition edition(LocalDate date, Progress progress) {
    return EditionCleaner.clean(inner.edition(date, progress));
  }

  @Override
  public Edition newest(Progress progress) {
    return EditionCleaner.clean(inner.newest(progress));
  }

  @Override
  public Optional<String> focus() {
    // The same cleaning as the articles' ids, so that the focus finds its article.
    return inner.focus().map(TextCleaner::id);
  }

  @Override
  public List<String> warnings() {
    return inner.warnings().stream().map(TextCleaner::line).toList();
  }

  @Override
  public void close() {
    inner.close();
  }
}
