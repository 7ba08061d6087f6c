package org.termpaper.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.termpaper.model.ArticlePosition;
import org.termpaper.ui.Fixtures;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.Note.Kind;

class ReaderTest {
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

  private static ArticlePosition at(int page, int article) {
    return new ArticlePosition(page, article);
  }

  private Kind note() {
    return reader.note().map(Note::kind).orElse(null);
  }

  @Test
  void beforeTheFirstIssueArrivesOnlyHelpAndQuittingWork() {
    Reader fresh = new Reader(KeyMap.defaults());
    fresh.start(null);
    assertThat(fresh.issues().loading()).isTrue();
    fresh.key("n");
    assertThat(fresh.note()).contains(Note.of(Kind.NOT_READY));
    fresh.key("q");
    assertThat(fresh.quit()).isTrue();
  }

  @Test
  void aSourceThatPointsAtAnArticleOpensTheFirstIssueOnIt() {
    Reader fresh = new Reader(KeyMap.defaults());
    fresh.start(null);
    fresh.focusOn("a3");
    fresh.issueLoaded(null, Fixtures.edition());
    assertThat(fresh.open()).contains(Fixtures.edition().find("a3").orElseThrow());
  }

  @Test
  void aFocusTheIssueDoesNotHoldLeavesThePageListOpen() {
    Reader fresh = new Reader(KeyMap.defaults());
    fresh.start(null);
    fresh.focusOn("no-such-article");
    fresh.issueLoaded(null, Fixtures.edition());
    assertThat(fresh.open()).isEmpty();
  }

  @Test
  void aLoadedIssueOpensOnItsPageListWithNoArticleOpen() {
    assertThat(reader.issues().loading()).isFalse();
    assertThat(reader.focus()).isEqualTo(Focus.PAGES);
    assertThat(reader.page()).isZero();
    assertThat(reader.open()).isEmpty();
  }

  @Test
  void nBeforeAnyArticleIsOpenOpensTheFirstArticleOfThePageInView() {
    press(Keys.DOWN, Keys.DOWN);
    assertThat(reader.page()).isEqualTo(2);
    press("n");
    assertThat(reader.open()).contains(at(2, 0));
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLE);
    assertThat(reader.articleNumber()).isEqualTo(3);
  }

  @Test
  void nOnAPageWithNoArticlesOpensTheFirstArticleOfTheNextPageThatHasOne() {
    press("]");
    assertThat(reader.page()).isEqualTo(1);
    press(Keys.ENTER);
    assertThat(note()).isEqualTo(Kind.NO_ARTICLES);
    press("n");
    assertThat(reader.open()).contains(at(2, 0));
  }

  @Test
  void nCrossesPageEndsAndSkipsPagesWithoutArticles() {
    press("n", "n");
    assertThat(reader.open()).contains(at(0, 1));
    press("n");
    assertThat(reader.open()).contains(at(2, 0));
    assertThat(reader.page()).isEqualTo(2);
    press("n");
    assertThat(reader.open()).contains(at(3, 0));
  }

  @Test
  void nAtTheLastArticleSaysSoAndStays() {
    press("n", "n", "n", "n");
    assertThat(reader.open()).contains(at(3, 0));
    press("n");
    assertThat(reader.open()).contains(at(3, 0));
    assertThat(note()).isEqualTo(Kind.LAST_ARTICLE);
  }

  @Test
  void pAtTheFirstArticleSaysSoAndStays() {
    press("n", "p");
    assertThat(reader.open()).contains(at(0, 0));
    assertThat(note()).isEqualTo(Kind.FIRST_ARTICLE);
  }

  @Test
  void pCrossesBackOverAPageWithoutArticles() {
    press("n", "n", "n", "p");
    assertThat(reader.open()).contains(at(0, 1));
  }

  @Test
  void pBeforeAnyArticleIsOpenOpensTheLastArticleOfAnEarlierPage() {
    press(Keys.DOWN, Keys.DOWN, "p");
    assertThat(reader.open()).contains(at(0, 1));
    Reader other = new Reader(KeyMap.defaults());
    other.issueLoaded(null, Fixtures.edition());
    other.key("p");
    assertThat(other.open()).isEmpty();
    assertThat(other.note()).contains(Note.of(Kind.FIRST_ARTICLE));
  }

  @Test
  void nextPageShowsItsArticleListAndClosesTheArticle() {
    press("n", "]");
    assertThat(reader.page()).isEqualTo(1);
    assertThat(reader.open()).isEmpty();
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLES);
    press("[");
    assertThat(reader.page()).isZero();
  }

  @Test
  void pageKeysStopAtTheFirstAndLastPageAndSaySo() {
    press("[");
    assertThat(note()).isEqualTo(Kind.FIRST_PAGE);
    assertThat(reader.page()).isZero();
    press("]", "]", "]", "]");
    assertThat(reader.page()).isEqualTo(3);
    assertThat(note()).isEqualTo(Kind.LAST_PAGE);
  }

  @Test
  void nextIssueFollowsTheCalendarAcrossAGap() {
    press(">");
    assertThat(reader.issues().wanted()).isEqualTo(LocalDate.of(2022, 7, 18));
    assertThat(note()).isEqualTo(Kind.LOADING);
    assertThat(reader.edition().date()).isEqualTo(Fixtures.DAY);
    reader.issueLoaded(LocalDate.of(2022, 7, 18), Fixtures.edition(LocalDate.of(2022, 7, 18)));
    assertThat(reader.edition().date()).isEqualTo(LocalDate.of(2022, 7, 18));
    press("<");
    assertThat(reader.issues().wanted()).isEqualTo(Fixtures.DAY);
  }

  @Test
  void issueKeysAtTheEndsOfTheCalendarSaySo() {
    press("<", "<");
    reader.issueLoaded(LocalDate.of(2022, 7, 13), Fixtures.edition(LocalDate.of(2022, 7, 13)));
    press("<");
    reader.issueLoaded(LocalDate.of(2022, 7, 11), Fixtures.edition(LocalDate.of(2022, 7, 11)));
    press("<");
    assertThat(note()).isEqualTo(Kind.OLDEST_ISSUE);
    assertThat(reader.issues().wanted()).isNull();
    Reader last = new Reader(KeyMap.defaults());
    last.calendarLoaded(Fixtures.CALENDAR);
    last.issueLoaded(null, Fixtures.edition(LocalDate.of(2022, 7, 18)));
    last.key(">");
    assertThat(last.note()).contains(Note.of(Kind.NEWEST_ISSUE));
  }

  @Test
  void withoutACalendarTheEditionsOwnNeighboursAreUsed() {
    Reader bare = new Reader(KeyMap.defaults());
    bare.issueLoaded(null, Fixtures.edition().withNeighbours(LocalDate.of(2022, 7, 13), null));
    bare.key(">");
    assertThat(bare.note()).contains(Note.of(Kind.NEWEST_ISSUE));
    bare.key("<");
    assertThat(bare.issues().wanted()).isEqualTo(LocalDate.of(2022, 7, 13));
  }

  @Test
  void anIssueThatArrivesAfterTheReaderMovedOnIsDropped() {
    press(">");
    press("<", "<");
    assertThat(reader.issues().wanted()).isEqualTo(LocalDate.of(2022, 7, 13));
    reader.issueLoaded(LocalDate.of(2022, 7, 18), Fixtures.edition(LocalDate.of(2022, 7, 18)));
    assertThat(reader.edition().date()).isEqualTo(Fixtures.DAY);
  }

  @Test
  void aFailedLoadSaysWhyAndLeavesTheReaderWhereTheyWere() {
    press("n", "n", ">");
    reader.issueFailed(LocalDate.of(2022, 7, 18), "connection refused");
    assertThat(reader.note()).contains(Note.of(Kind.LOAD_FAILED, "2022-07-18",
        "connection refused"));
    assertThat(reader.open()).contains(at(0, 1));
    assertThat(reader.issues().loading()).isFalse();
    assertThat(reader.edition().date()).isEqualTo(Fixtures.DAY);
  }

  @Test
  void tabCyclesTheFocusAndSkipsTheArticleUntilOneIsOpen() {
    press(Keys.TAB);
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLES);
    press(Keys.TAB);
    assertThat(reader.focus()).isEqualTo(Focus.PAGES);
    press("n", Keys.TAB);
    assertThat(reader.focus()).isEqualTo(Focus.PAGES);
    press(Keys.BACK_TAB);
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLE);
  }

  @Test
  void enterOpensTheFocusedPageThenTheFocusedArticle() {
    press(Keys.DOWN, Keys.ENTER);
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLES);
    assertThat(reader.page()).isEqualTo(1);
    press(Keys.UP);
    assertThat(reader.page()).isEqualTo(1);
    press(Keys.TAB, Keys.UP, Keys.ENTER, Keys.DOWN, Keys.DOWN, Keys.ENTER);
    assertThat(reader.open()).contains(at(0, 1));
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLE);
  }

  @Test
  void listMovementStopsAtBothEnds() {
    press(Keys.UP);
    assertThat(reader.page()).isZero();
    press(Keys.END);
    assertThat(reader.page()).isEqualTo(3);
    press("j");
    assertThat(reader.page()).isEqualTo(3);
    press(Keys.HOME, Keys.ENTER, Keys.PAGE_DOWN);
    assertThat(reader.cursor()).isEqualTo(1);
    press("k", "k");
    assertThat(reader.cursor()).isZero();
  }

  @Test
  void scrollingTheArticleStopsAtItsEnds() {
    press("n");
    reader.viewport(10, 10, 25);
    press(Keys.UP);
    assertThat(reader.scroll()).isZero();
    press(Keys.DOWN, "j");
    assertThat(reader.scroll()).isEqualTo(2);
    press(Keys.SPACE);
    assertThat(reader.scroll()).isEqualTo(11);
    press(Keys.END, Keys.DOWN);
    assertThat(reader.scroll()).isEqualTo(15);
    press("b");
    assertThat(reader.scroll()).isEqualTo(6);
    press(Keys.HOME);
    assertThat(reader.scroll()).isZero();
    press("n");
    assertThat(reader.scroll()).isZero();
  }

  @Test
  void backStepsOutOfTheArticleAndTheListsThenQuits() {
    press("n", "q");
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLES);
    press(Keys.ESC);
    assertThat(reader.focus()).isEqualTo(Focus.PAGES);
    assertThat(reader.quit()).isFalse();
    press("q");
    assertThat(reader.quit()).isTrue();
    assertThat(reader.interrupted()).isFalse();
  }

  @Test
  void ctrlCQuitsFromAnyMode() {
    press("g", "0", Keys.ctrl('c'));
    assertThat(reader.quit()).isTrue();
    assertThat(reader.interrupted()).as("for the exit status 130").isTrue();
  }

  @Test
  void anUnboundKeyIsNamedInTheStatusLine() {
    press("z");
    assertThat(reader.note()).contains(Note.of(Kind.UNBOUND_KEY, "z"));
  }

  @Test
  void helpOpensOnQuestionMarkScrollsAndClosesOnQ() {
    press("?");
    assertThat(reader.mode()).isEqualTo(Mode.HELP);
    reader.overlays().helpViewport(30, 20);
    press("j", "j", "k");
    assertThat(reader.overlays().helpScroll()).isEqualTo(1);
    reader.overlays().helpViewport(30, 30);
    assertThat(reader.overlays().helpScroll()).isZero();
    press("x");
    assertThat(reader.mode()).isEqualTo(Mode.HELP);
    press("q");
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.open()).isEmpty();
  }
}
