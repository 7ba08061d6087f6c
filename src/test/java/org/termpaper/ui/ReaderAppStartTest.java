package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;

/** Starting on a date: the issue loads at once, whatever becomes of the calendar. */
class ReaderAppStartTest {

  /** Gives every issue; its calendar fails, or waits until released. */
  private static final class Source implements EditionSource {
    private final CountDownLatch calendar;

    Source(CountDownLatch calendar) {
      this.calendar = calendar;
    }

    @Override
    public String location() {
      return "fixture";
    }

    @Override
    public IssueCalendar calendar() {
      if (calendar == null) {
        throw new TermpaperException("http://paper.example/html/2022-07/period.xml: HTTP 404");
      }
      try {
        calendar.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TermpaperException("interrupted");
      }
      return Fixtures.CALENDAR;
    }

    @Override
    public Edition edition(LocalDate date, Progress progress) {
      return Fixtures.edition(date);
    }
  }

  @Test
  void aCalendarThatFailsIsSaidInTheStatusLineAndTheIssueOfTheDateShowsWithoutAKey()
      throws Exception {
    try (UiHarness ui = new UiHarness(() -> new Source(null), Downloads.NONE,
        ArchiveAccess.NONE, UiHarness.settings(), Fixtures.DAY)) {
      String screen = ui.until("第04版 副刊");
      screen = ui.until("Could not read the issue calendar");
      assertThat(screen).contains("示例晨报 2022-07-14")
          .contains("Could not read the issue calendar: http://paper.example/html/2022-07/"
              + "period.xml: HTTP 404");
    }
  }

  @Test
  void theIssueOfTheDateDoesNotWaitForTheCalendar() throws Exception {
    CountDownLatch calendar = new CountDownLatch(1);
    try (UiHarness ui = new UiHarness(() -> new Source(calendar), Downloads.NONE,
        ArchiveAccess.NONE, UiHarness.settings(), Fixtures.DAY)) {
      assertThat(ui.until("第04版 副刊")).contains("示例晨报 2022-07-14");
      assertThat(calendar.getCount()).as("the calendar still waits").isEqualTo(1);
    } finally {
      calendar.countDown();
    }
  }
}
