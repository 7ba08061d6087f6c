package org.termpaper.ui.nav;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The day picked in the calendar overlay; the month shown is the month of that day. Immutable.
 *
 * @param day the day under the cursor
 */
public record CalendarCursor(LocalDate day) {
  public CalendarCursor {
    if (day == null) {
      throw new IllegalArgumentException("calendar cursor day is required");
    }
  }

  public YearMonth month() {
    return YearMonth.from(day);
  }

  /** The cursor moved by {@code days}, across month ends. */
  public CalendarCursor plusDays(int days) {
    return new CalendarCursor(day.plusDays(days));
  }

  /** The same day of another month, or that month's last day where it is shorter. */
  public CalendarCursor plusMonths(int months) {
    return new CalendarCursor(day.plusMonths(months));
  }
}
