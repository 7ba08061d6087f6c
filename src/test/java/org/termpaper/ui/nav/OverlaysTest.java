package org.termpaper.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.termpaper.model.ArticlePosition;
import org.termpaper.ui.Fixtures;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.Note.Kind;

class OverlaysTest {
  private Reader reader;

  @BeforeEach
  void loadTheIssue() {
    reader = new Reader(KeyMap.defaults());
    reader.calendarLoaded(Fixtures.CALENDAR);
    reader.issueLoaded(null, Fixtures.edition());
  }

  private void press(String... keys) {
    for (String key : keys) {
      reader.key(key);
    }
  }

  private LocalDate day() {
    return reader.overlays().day().day();
  }

  @Test
  void theCalendarOpensOnTheIssueBeingRead() {
    press("c");
    assertThat(reader.mode()).isEqualTo(Mode.CALENDAR);
    assertThat(day()).isEqualTo(Fixtures.DAY);
  }

  @Test
  void arrowsAndHjklMoveTheCalendarCursorByDaysAndWeeks() {
    press("c", "l", Keys.RIGHT);
    assertThat(day()).isEqualTo(LocalDate.of(2022, 7, 16));
    press("h", Keys.LEFT, "j", Keys.DOWN);
    assertThat(day()).isEqualTo(LocalDate.of(2022, 7, 28));
    press("k", Keys.UP, Keys.UP);
    assertThat(day()).isEqualTo(LocalDate.of(2022, 7, 7));
  }

  @Test
  void angleBracketsChangeTheMonthAndKeepTheDay() {
    press("c", ">");
    assertThat(day()).isEqualTo(LocalDate.of(2022, 8, 14));
    press("<", "<");
    assertThat(day()).isEqualTo(LocalDate.of(2022, 6, 14));
    assertThat(reader.mode()).isEqualTo(Mode.CALENDAR);
  }

  @Test
  void enterOnADayWithAnIssueLoadsItAndClosesTheCalendar() {
    press("c", "j", "k", "h", Keys.ENTER);
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.issues().wanted()).isEqualTo(LocalDate.of(2022, 7, 13));
  }

  @Test
  void enterOnADayWithoutAnIssueNamesTheNearestAndStaysOpen() {
    press("c", "l", "l", Keys.ENTER);
    assertThat(reader.mode()).isEqualTo(Mode.CALENDAR);
    assertThat(reader.issues().wanted()).isNull();
    assertThat(reader.note())
        .contains(Note.of(Kind.NO_ISSUE_ON, "2022-07-16", "2022-07-14, 2022-07-18"));
  }

  @Test
  void escClosesTheCalendarWithoutMoving() {
    press("c", "l", Keys.ESC);
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.issues().wanted()).isNull();
  }

  @Test
  void goToDateTakesMonthAndDayInTheYearOfTheIssue() {
    press("g", "0", "7", "1", "8", Keys.ENTER);
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.issues().wanted()).isEqualTo(LocalDate.of(2022, 7, 18));
  }

  @Test
  void goToDateTakesAFullDateAndBackspace() {
    press("g", "2", "0", "2", "2", "-", "0", "7", "-", "1", "2", Keys.BACKSPACE, "1", Keys.ENTER);
    assertThat(reader.issues().wanted()).isEqualTo(LocalDate.of(2022, 7, 11));
  }

  @Test
  void goToDateSaysWhenThereIsNoIssueOrNoDate() {
    press("g", "0", "7", "1", "6", Keys.ENTER);
    assertThat(reader.note().map(Note::kind)).contains(Kind.NO_ISSUE_ON);
    press("g", "x", "y", Keys.ENTER);
    assertThat(reader.note()).contains(Note.of(Kind.BAD_DATE, "xy", Fixtures.DAY, "0714"));
    press("g", "0", "2", "3", "0", Keys.ENTER);
    assertThat(reader.note()).contains(Note.of(Kind.BAD_DATE, "0230", Fixtures.DAY, "0714"));
    assertThat(reader.issues().wanted()).isNull();
  }

  @Test
  void escLeavesAPromptWithoutEffect() {
    press("g", "0", "7", "1", "8", Keys.ESC);
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.issues().wanted()).isNull();
  }

  @Test
  void searchOpensTheFirstHitAndNStepsThroughTheResults() {
    press("/", "老", "街", Keys.ENTER);
    assertThat(reader.open()).contains(new ArticlePosition(2, 0));
    assertThat(reader.note()).contains(Note.of(Kind.HIT, 1, 1, "老街"));
    press("n");
    assertThat(reader.note()).contains(Note.of(Kind.LAST_HIT, 1, "老街"));
    press("N");
    assertThat(reader.note()).contains(Note.of(Kind.FIRST_HIT, 1, "老街"));
  }

  @Test
  void searchFindsTitlesAndTextIgnoringCaseAndStepsBothWays() {
    press("/", "c", "o", "v", "i", "d", Keys.ENTER);
    assertThat(reader.search().hits().orElseThrow().positions())
        .containsExactly(new ArticlePosition(0, 0));
    press(Keys.ESC, "/", "地", Keys.ENTER);
    assertThat(reader.search().hits().orElseThrow().positions()).containsExactly(
        new ArticlePosition(0, 1), new ArticlePosition(3, 0));
    press("n");
    assertThat(reader.open()).contains(new ArticlePosition(3, 0));
    press("N");
    assertThat(reader.open()).contains(new ArticlePosition(0, 1));
  }

  @Test
  void closingTheSearchGivesNBackToArticles() {
    press("/", "地", Keys.ENTER, "q");
    assertThat(reader.search().hits()).isEmpty();
    assertThat(reader.note()).contains(Note.of(Kind.SEARCH_CLOSED));
    press("n");
    assertThat(reader.open()).contains(new ArticlePosition(2, 0));
  }

  @Test
  void searchWithoutHitsOrWithoutASearchSaysSo() {
    press("N");
    assertThat(reader.note()).contains(Note.of(Kind.NO_SEARCH));
    press("/", "x", "y", "z", Keys.ENTER);
    assertThat(reader.note()).contains(Note.of(Kind.NO_HITS, "xyz"));
    assertThat(reader.open()).isEmpty();
  }

  @Test
  void questionMarkInTheResultsListShowsTheHelpAndQGoesBackToTheList() {
    press("/", Keys.TAB, "老", "街", Keys.ENTER);
    SearchRequest asked = reader.search().take();
    reader.search().found(asked.serial(), List.of(new Result(new Hit(Fixtures.DAY,
        new ArticlePosition(2, 0), "a3"), "第03版 淄博", "落实比倡议更重要", "…老街…", 1, 2)), false);
    press("?");
    assertThat(reader.mode()).isEqualTo(Mode.HELP);
    press("j", "x");
    assertThat(reader.mode()).as("other keys do not close the help").isEqualTo(Mode.HELP);
    press("q");
    assertThat(reader.mode()).isEqualTo(Mode.RESULTS);
    assertThat(reader.search().results()).isPresent();
    press(Keys.ENTER);
    assertThat(reader.open()).contains(new ArticlePosition(2, 0));
  }

  @Test
  void questionMarkInTheCalendarShowsTheHelpAndQGoesBackToTheCalendar() {
    press("c", "l", "?");
    assertThat(reader.mode()).isEqualTo(Mode.HELP);
    press("q");
    assertThat(reader.mode()).isEqualTo(Mode.CALENDAR);
    assertThat(day()).isEqualTo(LocalDate.of(2022, 7, 15));
    press(Keys.ESC, "?", "?");
    assertThat(reader.mode()).isEqualTo(Mode.READING);
  }
}
