package org.termpaper.print;

import java.time.YearMonth;
import org.termpaper.model.IssueCalendar;

/** What {@code calendar} says when it has no date to list, on the command line and over SSH. */
public final class CalendarText {
  private CalendarText() {}

  /** The one line for no issues (in {@code month}, if not null), and the range there is. */
  public static String noIssues(IssueCalendar calendar, YearMonth month) {
    return "termpaper: no issues" + (month == null ? "" : " in " + month)
        + calendar.oldest().map(first -> "; the source has issues from " + first + " to "
            + calendar.newest().orElseThrow()).orElse("; the source has none");
  }
}
