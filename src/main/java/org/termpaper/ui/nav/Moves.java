package org.termpaper.ui.nav;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;

/** Where the moves of {@link Reader} lead that the model's own helpers do not say. Stateless. */
final class Moves {
  private Moves() {}

  /** The first article on page {@code pageIndex} or a later page, or empty. */
  static Optional<ArticlePosition> firstFrom(Edition edition, int pageIndex) {
    for (int p = pageIndex; p < edition.pages().size(); p++) {
      Optional<ArticlePosition> first = edition.firstArticleOf(p);
      if (first.isPresent()) {
        return first;
      }
    }
    return Optional.empty();
  }

  /** The last article on a page before {@code pageIndex}, or empty. */
  static Optional<ArticlePosition> lastBefore(Edition edition, int pageIndex) {
    for (int p = pageIndex - 1; p >= 0; p--) {
      int size = edition.pages().get(p).articles().size();
      if (size > 0) {
        return Optional.of(new ArticlePosition(p, size - 1));
      }
    }
    return Optional.empty();
  }

  /**
   * The issue after (or before) {@code edition}, or {@code date} while no edition is shown, by
   * the calendar, which skips the days without one and those in {@code skipped}; by the
   * edition's own neighbours while the calendar is unknown or empty.
   */
  static Optional<LocalDate> issue(IssueCalendar calendar, Edition edition, LocalDate date,
      boolean later, Set<LocalDate> skipped) {
    if (calendar != null && !calendar.isEmpty() && date != null) {
      Optional<LocalDate> next = later ? calendar.after(date) : calendar.before(date);
      while (next.isPresent() && skipped.contains(next.get())) {
        next = later ? calendar.after(next.get()) : calendar.before(next.get());
      }
      return next;
    }
    if (edition == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(later ? edition.nextIssue() : edition.previousIssue());
  }
}
