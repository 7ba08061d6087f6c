package org.termpaper.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.termpaper.ui.Fixtures;
import org.termpaper.ui.nav.Note.Kind;

/** Which issues the reader asks for, which arrivals it shows, and what it says of the calendar. */
class ReaderIssuesTest {

  @Test
  void aCalendarThatFailedIsStillSaidWhenTheFirstIssueArrivesAndGoesWithTheNextKey() {
    Reader reader = new Reader(KeyMap.defaults());
    reader.start(Fixtures.DAY);
    reader.calendarFailed("period.xml: HTTP 404");
    reader.issueLoaded(Fixtures.edition());
    assertThat(reader.edition().date()).isEqualTo(Fixtures.DAY);
    assertThat(reader.note()).contains(Note.of(Kind.CALENDAR_FAILED, "period.xml: HTTP 404"));
    reader.key(Keys.DOWN);
    assertThat(reader.note()).isEmpty();
  }
}
