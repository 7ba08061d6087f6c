package org.termpaper.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.termpaper.ui.Fixtures;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.Note.Kind;

/** Which issues the reader asks for, which arrivals it shows, and what it says of the calendar. */
class ReaderIssuesTest {

  @Test
  void aCalendarThatFailedIsStillSaidWhenTheFirstIssueArrivesAndGoesWithTheNextKey() {
    Reader reader = new Reader(KeyMap.defaults());
    reader.start(Fixtures.DAY);
    reader.calendarFailed("period.xml: HTTP 404");
    reader.issueLoaded(Fixtures.DAY, Fixtures.edition());
    assertThat(reader.edition().date()).isEqualTo(Fixtures.DAY);
    assertThat(reader.note()).contains(Note.of(Kind.CALENDAR_FAILED, "period.xml: HTTP 404"));
    reader.key(Keys.DOWN);
    assertThat(reader.note()).isEmpty();
  }

  private static final LocalDate JULY_11 = LocalDate.of(2022, 7, 11);
  private static final LocalDate JULY_13 = LocalDate.of(2022, 7, 13);
  private static final LocalDate JULY_18 = LocalDate.of(2022, 7, 18);

  private static Reader reading(Prefetch prefetch, LocalDate date) {
    Reader reader = new Reader(KeyMap.defaults(), prefetch);
    reader.start(date);
    reader.calendarLoaded(Fixtures.CALENDAR);
    assertThat(reader.issueLoaded(date, Fixtures.edition(date))).isTrue();
    return reader;
  }

  @Test
  void bothNeighboursByTheCalendarAreLoadedAheadAcrossItsGaps() {
    assertThat(reading(Prefetch.BOTH, Fixtures.DAY).issues().ahead())
        .containsExactly(JULY_13, JULY_18);
    assertThat(reading(Prefetch.BOTH, JULY_18).issues().ahead()).containsExactly(Fixtures.DAY);
    assertThat(reading(Prefetch.BOTH, JULY_11).issues().ahead()).containsExactly(JULY_13);
  }

  @Test
  void previousLoadsOnlyTheIssueBeforeAndNoneNothing() {
    assertThat(reading(Prefetch.PREVIOUS, Fixtures.DAY).issues().ahead()).containsExactly(JULY_13);
    assertThat(reading(Prefetch.PREVIOUS, JULY_11).issues().ahead()).isEmpty();
    assertThat(reading(Prefetch.NONE, Fixtures.DAY).issues().ahead()).isEmpty();
  }

  @Test
  void withoutACalendarTheEditionsOwnNeighboursAreLoadedAhead() {
    Reader reader = new Reader(KeyMap.defaults());
    assertThat(reader.issues().ahead()).as("before the first issue").isEmpty();
    reader.issueLoaded(null, Fixtures.edition().withNeighbours(JULY_13, null));
    assertThat(reader.issues().ahead()).containsExactly(JULY_13);
  }

  @Test
  void theNeighboursFollowTheIssueShownNotTheOneWanted() {
    Reader reader = reading(Prefetch.PREVIOUS, Fixtures.DAY);
    reader.key("<");
    assertThat(reader.issues().wanted()).isEqualTo(JULY_13);
    assertThat(reader.issues().ahead()).containsExactly(JULY_13);
    reader.issueLoaded(JULY_13, Fixtures.edition(JULY_13));
    assertThat(reader.issues().ahead()).containsExactly(JULY_11);
  }

  @Test
  void onlyTheIssueWaitedForIsShownAndItsProgressWanted() {
    Reader reader = new Reader(KeyMap.defaults());
    reader.start(null);
    reader.calendarLoaded(Fixtures.CALENDAR);
    assertThat(reader.issues().wants(null)).isTrue();
    assertThat(reader.issues().wants(Fixtures.DAY)).isFalse();
    assertThat(reader.issueLoaded(null, Fixtures.edition())).isTrue();
    assertThat(reader.issues().wants(null)).as("the newest is shown").isFalse();
    assertThat(reader.issueLoaded(JULY_13, Fixtures.edition(JULY_13)))
        .as("a neighbour loaded ahead").isFalse();
    assertThat(reader.edition().date()).isEqualTo(Fixtures.DAY);
    reader.key(">");
    assertThat(reader.issues().wants(JULY_18)).isTrue();
    reader.key("<");
    assertThat(reader.issues().wants(JULY_18)).isFalse();
    assertThat(reader.issueLoaded(JULY_18, Fixtures.edition(JULY_18))).isFalse();
    assertThat(reader.issueLoaded(JULY_13, Fixtures.edition(JULY_13))).isTrue();
    assertThat(reader.edition().date()).isEqualTo(JULY_13);
  }
}
