package org.termpaper.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.termpaper.ui.Fixtures;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.Note.Kind;

/** What the reader can do when an issue, the first one included, cannot be loaded. */
class FailedIssuesTest {
  private static final LocalDate JULY_11 = LocalDate.of(2022, 7, 11);
  private static final LocalDate JULY_12 = LocalDate.of(2022, 7, 12);
  private static final LocalDate JULY_13 = LocalDate.of(2022, 7, 13);
  private static final LocalDate JULY_18 = LocalDate.of(2022, 7, 18);

  private static Reader failedAt(LocalDate date) {
    Reader reader = new Reader(KeyMap.defaults());
    reader.start(date);
    reader.calendarLoaded(Fixtures.CALENDAR);
    reader.issueFailed(date, "no issue of " + date);
    return reader;
  }

  @Test
  void aFirstIssueThatFailedLeavesTheReaderAtItsDateWithTheReasonToShow() {
    Reader reader = failedAt(JULY_12);
    assertThat(reader.issues().loading()).isFalse();
    assertThat(reader.issues().date()).isEqualTo(JULY_12);
    assertThat(reader.issues().startFailure()).isEqualTo("no issue of 2022-07-12");
    assertThat(reader.note())
        .contains(Note.of(Kind.LOAD_FAILED, JULY_12, "no issue of 2022-07-12"));
  }

  @Test
  void fromTheDateAskedForTheIssuesBeforeAndAfterItCanBeOpened() {
    Reader reader = failedAt(JULY_12);
    reader.key("<");
    assertThat(reader.issues().wanted()).isEqualTo(JULY_11);
    reader = failedAt(JULY_12);
    reader.key(">");
    assertThat(reader.issues().wanted()).isEqualTo(JULY_13);
  }

  @Test
  void theCalendarAndTheDatePromptOpenOnTheDateAskedFor() {
    Reader reader = failedAt(JULY_12);
    reader.key("c");
    assertThat(reader.mode()).isEqualTo(Mode.CALENDAR);
    assertThat(reader.overlays().day().day()).isEqualTo(JULY_12);
    reader.key(Keys.RIGHT);
    reader.key(Keys.ENTER);
    assertThat(reader.issues().wanted()).isEqualTo(JULY_13);
    reader = failedAt(JULY_12);
    reader.key("g");
    assertThat(reader.mode()).isEqualTo(Mode.DATE_PROMPT);
  }

  @Test
  void otherKeysSayThatNoIssueIsOpenRatherThanStillLoading() {
    Reader reader = failedAt(JULY_12);
    reader.key("n");
    assertThat(reader.note()).contains(Note.of(Kind.NO_ISSUE_SHOWN));
  }

  @Test
  void theNewestThatFailedIsNamedAndTheReaderIsAtTheNewestDate() {
    Reader reader = new Reader(KeyMap.defaults());
    reader.start(null);
    reader.calendarLoaded(Fixtures.CALENDAR);
    reader.issueFailed(null, "cannot open the site at http://x/");
    assertThat(reader.note())
        .contains(Note.of(Kind.LOAD_NEWEST_FAILED, "cannot open the site at http://x/"));
    assertThat(reader.issues().date()).isEqualTo(JULY_18);
    reader.key("<");
    assertThat(reader.issues().wanted()).isEqualTo(Fixtures.DAY);
  }

  @Test
  void theNextPressOfTheSameKeyGoesOnPastAnIssueThatFailed() {
    Reader reader = new Reader(KeyMap.defaults());
    reader.start(Fixtures.DAY);
    reader.calendarLoaded(Fixtures.CALENDAR);
    reader.issueLoaded(Fixtures.DAY, Fixtures.edition());
    reader.key("<");
    reader.issueFailed(JULY_13, "HTTP 404");
    assertThat(reader.edition().date()).isEqualTo(Fixtures.DAY);
    reader.key("<");
    assertThat(reader.issues().wanted()).isEqualTo(JULY_11);
    assertThat(reader.note()).contains(Note.of(Kind.SKIPPED, JULY_13, JULY_11));
    assertThat(reader.issues().ahead()).doesNotContain(JULY_13);
  }
}
