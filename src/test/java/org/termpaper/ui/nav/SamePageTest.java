package org.termpaper.ui.nav;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.ui.Fixtures;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.Note.Kind;

/**
 * The keys <code>{</code> and <code>}</code>: the other issue by the calendar (11, 13, 14 and 18
 * July: a gap after the 14th), opened on the page of the same name, else number, else its list.
 */
class SamePageTest {
  private static final LocalDate JULY_11 = LocalDate.of(2022, 7, 11);
  private static final LocalDate JULY_13 = LocalDate.of(2022, 7, 13);
  private static final LocalDate JULY_18 = LocalDate.of(2022, 7, 18);

  private Reader reader;

  @BeforeEach
  void readTheFourteenth() {
    reader = new Reader(KeyMap.defaults());
    reader.calendarLoaded(Fixtures.CALENDAR);
    reader.issueLoaded(null, issue(Fixtures.DAY, "01 要闻", "02 综 合", "03 经济", "04 副刊"));
  }

  /** An issue of {@code date} with pages given as {@code "NN name"}, two articles each. */
  private static Edition issue(LocalDate date, String... pages) {
    List<Page> list = new ArrayList<>();
    for (String page : pages) {
      String[] parts = page.split(" ", 2);
      list.add(new Page(parts[0], parts.length > 1 ? parts[1] : null, null, null, List.of(
          Fixtures.article(parts[0] + "a", "标题一", "正文。"),
          Fixtures.article(parts[0] + "b", "标题二", "正文。"))));
    }
    return new Edition(Fixtures.PAPER, date, null, null, null, list, List.of());
  }

  private void press(String... keys) {
    for (String key : keys) {
      reader.key(key);
    }
  }

  /** Arrives as the issue the reader wanted. */
  private void arrive(Edition edition) {
    assertThat(reader.issues().wanted()).isEqualTo(edition.date());
    assertThat(reader.issueLoaded(edition.date(), edition)).isTrue();
  }

  private Kind note() {
    return reader.note().map(Note::kind).orElse(null);
  }

  @Test
  void acrossAGapInTheCalendarTheNextIssueOpensOnThePageOfTheSameName() {
    press(Keys.DOWN, Keys.DOWN);
    press("}");
    assertThat(reader.issues().wanted()).isEqualTo(JULY_18);
    arrive(issue(JULY_18, "01 要闻", "02 综合", "03 经济"));
    assertThat(reader.page()).isEqualTo(2);
    assertThat(reader.focus()).isEqualTo(Focus.PAGES);
    assertThat(reader.open()).isEmpty();
    assertThat(note()).isNull();
  }

  @Test
  void thePageOfTheSameNameWinsOverTheSameNumberAndSpacesInNamesAreFolded() {
    press(Keys.DOWN, Keys.ENTER);
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLES);
    press("{");
    arrive(issue(JULY_13, "01 要闻", "02 广告", "03 文体", "04 综合"));
    assertThat(reader.page()).isEqualTo(3);
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLES);
    assertThat(note()).isNull();
  }

  @Test
  void anIssueWithoutThatPageNameOpensOnTheSameNumberAndSaysSo() {
    press(Keys.DOWN, Keys.DOWN);
    press("{");
    arrive(issue(JULY_13, "01 要闻", "02 城事", "03 文体", "04 人物"));
    assertThat(reader.page()).isEqualTo(2);
    assertThat(reader.note()).contains(Note.of(Kind.PAGE_BY_NUMBER, JULY_13, "经济",
        "第03版 文体"));
  }

  @Test
  void aReaderWhoLandedOnAStandInKeepsFollowingTheirPage() {
    press(Keys.DOWN, Keys.DOWN);
    press("{");
    arrive(issue(JULY_13, "01 要闻", "02 城事", "03 文体", "04 人物"));
    press("{");
    arrive(issue(JULY_11, "01 要闻", "02 经济", "03 文体"));
    assertThat(reader.page()).isEqualTo(1);
    assertThat(note()).isNull();
  }

  @Test
  void onThePageOfTheNameItselfTheNextPressFallsBackToItsOwnNumber() {
    press(Keys.DOWN, Keys.DOWN);
    press("{");
    arrive(issue(JULY_13, "01 要闻", "02 城事", "03 文体", "04 经济"));
    assertThat(reader.page()).isEqualTo(3);
    press("{");
    arrive(issue(JULY_11, "01 要闻", "02 城事", "03 文体", "04 副刊"));
    assertThat(reader.page()).isEqualTo(3);
    assertThat(reader.note()).contains(Note.of(Kind.PAGE_BY_NUMBER, JULY_11, "经济",
        "第04版 副刊"));
  }

  @Test
  void movingOffTheStandInFollowsThePageMovedTo() {
    press(Keys.DOWN, Keys.DOWN);
    press("{");
    arrive(issue(JULY_13, "01 要闻", "02 城事", "03 文体", "04 人物"));
    press(Keys.DOWN);
    press("{");
    arrive(issue(JULY_11, "01 要闻", "02 经济", "03 文体", "04 人物"));
    assertThat(reader.page()).isEqualTo(3);
  }

  @Test
  void anIssueLackingThePageByNameAndNumberOpensOnItsPageListAndSaysWhichPage() {
    press(Keys.DOWN, Keys.DOWN, Keys.DOWN);
    press("{");
    arrive(issue(JULY_13, "01 要闻", "02 城事"));
    assertThat(reader.page()).isZero();
    assertThat(reader.focus()).isEqualTo(Focus.PAGES);
    assertThat(reader.note()).contains(Note.of(Kind.PAGE_MISSING, JULY_13, "副刊"));
  }

  @Test
  void withAnArticleOpenTheOtherIssueOpensOnThatPagesArticleList() {
    press(Keys.DOWN, Keys.DOWN, Keys.ENTER, Keys.DOWN, Keys.ENTER);
    assertThat(reader.open()).contains(new ArticlePosition(2, 1));
    press("}");
    arrive(issue(JULY_18, "01 经济", "02 要闻"));
    assertThat(reader.page()).isZero();
    assertThat(reader.focus()).isEqualTo(Focus.ARTICLES);
    assertThat(reader.cursor()).isZero();
    assertThat(reader.open()).isEmpty();
  }

  @Test
  void atTheFirstAndTheLastIssueTheKeysSaySoAndAskForNothing() {
    press("{");
    arrive(issue(JULY_13, "01 要闻"));
    press("{");
    arrive(issue(JULY_11, "01 要闻"));
    press("{");
    assertThat(note()).isEqualTo(Kind.OLDEST_ISSUE);
    assertThat(reader.issues().wanted()).isNull();
    press("}");
    arrive(issue(JULY_13, "01 要闻"));
    press("}");
    arrive(issue(Fixtures.DAY, "01 要闻"));
    press("}");
    arrive(issue(JULY_18, "01 要闻"));
    press("}");
    assertThat(note()).isEqualTo(Kind.NEWEST_ISSUE);
    assertThat(reader.issues().wanted()).isNull();
  }

  @Test
  void anotherMoveBeforeTheIssueArrivesDropsThePageWaitedFor() {
    press(Keys.DOWN, Keys.DOWN);
    press("{", "<");
    assertThat(reader.issues().wanted()).isEqualTo(JULY_13);
    arrive(issue(JULY_13, "01 要闻", "02 城事", "03 经济"));
    assertThat(reader.page()).isZero();
    assertThat(note()).isNull();
  }

  @Test
  void lessThanAndGreaterThanStillOpenThePageList() {
    press(Keys.DOWN, Keys.DOWN, "<");
    arrive(issue(JULY_13, "01 要闻", "02 城事", "03 经济"));
    assertThat(reader.page()).isZero();
    assertThat(reader.focus()).isEqualTo(Focus.PAGES);
  }

  @Test
  void ofTwoPagesOfOneNameTheOneInTheSamePlaceAmongThemIsChosen() {
    Reader twice = new Reader(KeyMap.defaults());
    twice.calendarLoaded(Fixtures.CALENDAR);
    twice.issueLoaded(null, issue(Fixtures.DAY, "A1 要闻", "A2 要闻", "A3 经济"));
    twice.key(Keys.DOWN);
    twice.key("{");
    twice.issueLoaded(JULY_13, issue(JULY_13, "01 要闻", "02 要闻", "03 要闻"));
    assertThat(twice.page()).isEqualTo(1);
  }
}
