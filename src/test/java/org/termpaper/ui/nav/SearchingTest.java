package org.termpaper.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.termpaper.model.ArticlePosition;
import org.termpaper.ui.Fixtures;
import org.termpaper.ui.nav.Note.Kind;

/** The all-issues search: the prompt's scope, the archive's answers, the list, the results. */
class SearchingTest {
  private static final LocalDate JULY_13 = LocalDate.of(2022, 7, 13);
  private static final LocalDate JULY_18 = LocalDate.of(2022, 7, 18);

  private Reader reader;

  @BeforeEach
  void loadTheIssue() {
    reader = new Reader(KeyMap.defaults());
    reader.calendarLoaded(Fixtures.CALENDAR);
    reader.issueLoaded(Fixtures.edition());
  }

  private void press(String... keys) {
    for (String key : keys) {
      reader.key(key);
    }
  }

  /** Searches all issues for 老街 and returns the request the UI is to run. */
  private SearchRequest searchAll() {
    press("/", Keys.TAB, "老", "街", Keys.ENTER);
    return reader.search().take();
  }

  private static Result result(LocalDate date, int page, int article, String id) {
    return new Result(new Hit(date, new ArticlePosition(page, article), id), "第03版 淄博",
        "落实比倡议更重要", "…顾客在老街排队…", 4, 2);
  }

  private SearchResults list() {
    return reader.search().results().orElseThrow();
  }

  @Test
  void tabInTheSearchPromptSwitchesTheScopeAndEachSlashStartsOnThisIssue() {
    press("/");
    assertThat(reader.search().scope()).isEqualTo(Scope.ISSUE);
    press(Keys.TAB, Keys.TAB, Keys.TAB, "老", "街", Keys.ENTER);
    SearchRequest asked = reader.search().take();
    assertThat(asked).isEqualTo(new SearchRequest(1, "sample", "老街"));
    assertThat(reader.search().take()).isNull();
    assertThat(reader.mode()).isEqualTo(Mode.RESULTS);
    assertThat(list().searching()).isTrue();
    press(Keys.ESC, "/");
    assertThat(reader.search().scope()).isEqualTo(Scope.ISSUE);
  }

  @Test
  void tabInTheDatePromptDoesNothing() {
    press("g", Keys.TAB, "0", "7", "1", "8", Keys.ENTER);
    assertThat(reader.search().scope()).isEqualTo(Scope.ISSUE);
    assertThat(reader.wantedIssue()).isEqualTo(JULY_18);
  }

  @Test
  void noHitsInTheArchiveSaySoAndCloseTheList() {
    SearchRequest asked = searchAll();
    reader.search().found(asked.serial(), List.of(), false);
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.note()).contains(Note.of(Kind.NO_HITS_ALL, "老街"));
    assertThat(reader.search().results()).isEmpty();
    assertThat(reader.open()).isEmpty();
  }

  @Test
  void whenNothingIsArchivedTheStatusLineSaysSo() {
    SearchRequest asked = searchAll();
    reader.search().nothingArchived(asked.serial());
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.note()).contains(Note.of(Kind.NOTHING_ARCHIVED, "示例晨报"));
  }

  @Test
  void anArchiveThatCannotBeReadIsNamedInTheStatusLine() {
    SearchRequest asked = searchAll();
    reader.search().failed(asked.serial(), "archive /x/archive.db: cannot open: locked");
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.note()).contains(
        Note.of(Kind.SEARCH_FAILED, "archive /x/archive.db: cannot open: locked"));
  }

  @Test
  void anAnswerToAnEarlierOrAClosedSearchIsDropped() {
    SearchRequest first = searchAll();
    press(Keys.ESC);
    assertThat(reader.search().results()).isEmpty();
    reader.search().found(first.serial(), List.of(result(Fixtures.DAY, 2, 0, "a3")), false);
    assertThat(reader.search().results()).isEmpty();
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    SearchRequest second = searchAll();
    reader.search().nothingArchived(first.serial());
    assertThat(list().searching()).isTrue();
    reader.search().found(second.serial(), List.of(result(Fixtures.DAY, 2, 0, "a3")), true);
    assertThat(list().results()).hasSize(1);
    assertThat(list().more()).isTrue();
  }

  @Test
  void oneHitInThisIssueOpensAtOnceAndStepsNoFurther() {
    SearchRequest asked = searchAll();
    reader.search().found(asked.serial(), List.of(result(Fixtures.DAY, 2, 0, "a3")), false);
    assertThat(reader.mode()).isEqualTo(Mode.RESULTS);
    press(Keys.ENTER);
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.wantedIssue()).isNull();
    assertThat(reader.open()).contains(new ArticlePosition(2, 0));
    assertThat(reader.note()).contains(Note.of(Kind.HIT_ALL, 1, 1, "老街"));
    press("n");
    assertThat(reader.note()).contains(Note.of(Kind.LAST_HIT, 1, "老街"));
    press("N");
    assertThat(reader.note()).contains(Note.of(Kind.FIRST_HIT, 1, "老街"));
    assertThat(reader.open()).contains(new ArticlePosition(2, 0));
  }

  @Test
  void aHitInAnotherIssueLoadsThatIssueAndOpensWhenItArrives() {
    SearchRequest asked = searchAll();
    reader.search().found(asked.serial(), List.of(result(JULY_18, 0, 1, "a2"),
        result(Fixtures.DAY, 2, 0, "a3"), result(JULY_13, 3, 0, "a4")), false);
    press(Keys.ENTER);
    assertThat(reader.wantedIssue()).isEqualTo(JULY_18);
    assertThat(reader.note()).contains(Note.of(Kind.LOADING, JULY_18));
    assertThat(reader.edition().date()).isEqualTo(Fixtures.DAY);
    reader.issueLoaded(Fixtures.edition(JULY_18));
    assertThat(reader.open()).contains(new ArticlePosition(0, 1));
    assertThat(reader.note()).contains(Note.of(Kind.HIT_ALL, 1, 3, "老街"));
    press("n");
    assertThat(reader.wantedIssue()).isEqualTo(Fixtures.DAY);
    reader.issueLoaded(Fixtures.edition());
    assertThat(reader.open()).contains(new ArticlePosition(2, 0));
    assertThat(reader.hits().orElseThrow().index()).isEqualTo(1);
    press("n");
    reader.issueLoaded(Fixtures.edition(JULY_13));
    assertThat(reader.open()).contains(new ArticlePosition(3, 0));
    press("n");
    assertThat(reader.note()).contains(Note.of(Kind.LAST_HIT, 3, "老街"));
  }

  @Test
  void aHitWhoseIssueFailsToLoadLeavesTheReaderWhereTheyWere() {
    press("n", "n");
    SearchRequest asked = searchAll();
    reader.search().found(asked.serial(), List.of(result(JULY_18, 0, 1, "a2")), false);
    press(Keys.ENTER);
    reader.issueFailed(JULY_18, "connection refused");
    assertThat(reader.note()).contains(Note.of(Kind.LOAD_FAILED, JULY_18, "connection refused"));
    assertThat(reader.open()).contains(new ArticlePosition(0, 1));
    assertThat(reader.hits()).isEmpty();
    reader.issueLoaded(Fixtures.edition(JULY_18));
    assertThat(reader.edition().date()).isEqualTo(Fixtures.DAY);
  }

  @Test
  void movingToAnotherIssueWhileAHitLoadsForgetsTheHit() {
    SearchRequest asked = searchAll();
    reader.search().found(asked.serial(), List.of(result(JULY_18, 0, 1, "a2")), false);
    press(Keys.ENTER, "<");
    assertThat(reader.wantedIssue()).isEqualTo(JULY_13);
    reader.issueLoaded(Fixtures.edition(JULY_13));
    assertThat(reader.open()).isEmpty();
    assertThat(reader.hits()).isEmpty();
  }

  @Test
  void aHitIsFoundByItsIdWhereTheIssueHasChangedAndElseSaysItIsGone() {
    SearchRequest asked = searchAll();
    reader.search().found(asked.serial(), List.of(result(Fixtures.DAY, 0, 0, "a4"),
        result(Fixtures.DAY, 9, 0, "gone")), false);
    press(Keys.ENTER);
    assertThat(reader.open()).contains(new ArticlePosition(3, 0));
    press("n");
    assertThat(reader.note()).contains(Note.of(Kind.HIT_GONE, Fixtures.DAY));
    assertThat(reader.open()).contains(new ArticlePosition(3, 0));
  }

  @Test
  void theListMovesWithArrowsJkNAndThePageKeysWithinItsEnds() {
    SearchRequest asked = searchAll();
    reader.search().found(asked.serial(), List.of(result(JULY_18, 0, 1, "a2"),
        result(Fixtures.DAY, 2, 0, "a3"), result(Fixtures.DAY, 3, 0, "a4"),
        result(JULY_13, 0, 0, "a1"), result(JULY_13, 3, 0, "a4")), false);
    list().viewport(2);
    press(Keys.UP, "k");
    assertThat(list().selected()).isZero();
    press(Keys.DOWN, "j", "n");
    assertThat(list().selected()).isEqualTo(3);
    press("N", "p");
    assertThat(list().selected()).isEqualTo(1);
    press(Keys.PAGE_DOWN);
    assertThat(list().selected()).isEqualTo(3);
    press(Keys.END, Keys.SPACE);
    assertThat(list().selected()).isEqualTo(4);
    press("b", Keys.HOME);
    assertThat(list().selected()).isZero();
    press("x");
    assertThat(reader.mode()).isEqualTo(Mode.RESULTS);
  }

  @Test
  void qInAnArticleOpenedFromTheListGoesBackToItAndQThereClosesTheSearch() {
    SearchRequest asked = searchAll();
    reader.search().found(asked.serial(), List.of(result(Fixtures.DAY, 0, 1, "a2"),
        result(Fixtures.DAY, 2, 0, "a3")), false);
    press("j", Keys.ENTER, "q");
    assertThat(reader.mode()).isEqualTo(Mode.RESULTS);
    assertThat(list().selected()).isEqualTo(1);
    press("q");
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.note()).contains(Note.of(Kind.SEARCH_CLOSED));
    assertThat(reader.hits()).isEmpty();
    press("n");
    assertThat(reader.open()).contains(new ArticlePosition(3, 0));
  }

  @Test
  void tabInTheListSearchesThisIssueInstead() {
    SearchRequest asked = searchAll();
    reader.search().found(asked.serial(), List.of(result(JULY_18, 0, 1, "a2")), false);
    press(Keys.TAB);
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.search().scope()).isEqualTo(Scope.ISSUE);
    assertThat(reader.open()).contains(new ArticlePosition(2, 0));
    assertThat(reader.note()).contains(Note.of(Kind.HIT, 1, 1, "老街"));
    assertThat(reader.wantedIssue()).isNull();
  }

  @Test
  void slashInTheListOpensThePromptStillOnAllIssues() {
    searchAll();
    press("/");
    assertThat(reader.mode()).isEqualTo(Mode.SEARCH_PROMPT);
    assertThat(reader.search().scope()).isEqualTo(Scope.ALL);
    assertThat(reader.overlays().prompt().text()).isEmpty();
  }

  @Test
  void theWordsToMarkAreThoseOfTheSearchThatOpenedTheArticle() {
    press("/", "老", "街", Keys.ENTER);
    assertThat(reader.search().terms()).containsExactly("老街");
    press("]");
    assertThat(reader.search().terms()).isEmpty();
    press("/", Keys.TAB, "老", "街", Keys.SPACE, "故", "事", Keys.ENTER);
    assertThat(reader.search().scope()).isEqualTo(Scope.ALL);
    SearchRequest asked = reader.search().take();
    reader.search().found(asked.serial(), List.of(result(Fixtures.DAY, 2, 0, "a3")), false);
    press(Keys.ENTER);
    assertThat(reader.search().terms()).containsExactly("老街", "故事");
  }

  @Test
  void anArticleASearchOpensScrollsToItsFirstMatchOnce() {
    press("/", "老", "街", Keys.ENTER);
    reader.viewport(10, 10, 60);
    reader.firstMatch(30);
    assertThat(reader.scroll()).isEqualTo(27);
    reader.viewport(10, 10, 60);
    press(Keys.HOME);
    reader.firstMatch(30);
    assertThat(reader.scroll()).isZero();
  }

  @Test
  void aMatchOnTheFirstScreenOrNoneLeavesTheTitleInView() {
    press("/", "老", "街", Keys.ENTER);
    reader.viewport(10, 10, 60);
    reader.firstMatch(9);
    assertThat(reader.scroll()).isZero();
    press("N");
    reader.viewport(10, 10, 60);
    reader.firstMatch(-1);
    assertThat(reader.scroll()).isZero();
    press(Keys.ESC, "n");
    reader.viewport(10, 10, 60);
    reader.firstMatch(30);
    assertThat(reader.scroll()).isZero();
  }
}
