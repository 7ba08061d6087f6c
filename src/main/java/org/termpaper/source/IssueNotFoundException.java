package org.termpaper.source;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.TermpaperException;
import org.termpaper.text.TextCleaner;

/** The source has no issue of the date asked for; the message names the nearest it has. */
public final class IssueNotFoundException extends TermpaperException {
  private final LocalDate date;

  public IssueNotFoundException(LocalDate date, IssueCalendar calendar) {
    super(message(date, calendar));
    this.date = date;
  }

  public LocalDate date() {
    return date;
  }

  /** Throws unless {@code calendar} has {@code date}. */
  public static void requireIssue(IssueCalendar calendar, LocalDate date) {
    if (!calendar.has(date)) {
      throw new IssueNotFoundException(date, calendar);
    }
  }

  private static String message(LocalDate date, IssueCalendar calendar) {
    // The calendar may come straight from a source, before the cleaner has seen it.
    String paper = TextCleaner.quote(calendar.paper().name());
    // A date the calendar does list is not "near" itself: a caller that throws this for it
    // (an issue listed but unreadable) must not name it as an alternative.
    List<LocalDate> nearest = calendar.nearest(date, calendar.has(date) ? 4 : 3).stream()
        .filter(d -> !d.equals(date)).toList();
    if (nearest.isEmpty()) {
      return "no issue of " + paper + " on " + date + ": the source has no "
          + (calendar.isEmpty() ? "issues" : "other issues");
    }
    return "no issue of " + paper + " on " + date + "; nearest: "
        + nearest.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
  }
}
