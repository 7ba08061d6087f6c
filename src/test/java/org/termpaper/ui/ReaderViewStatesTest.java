package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.termpaper.layout.ArticleLayout;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.text.ColumnWidth;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.KeyMap;
import org.termpaper.ui.nav.Mode;
import org.termpaper.ui.nav.Reader;
import org.termpaper.ui.term.Grid;
import org.termpaper.ui.term.Palette;

/** Screens of the states a new reader meets: a first issue that failed, a window too small. */
class ReaderViewStatesTest {
  private static final ColumnWidth WIDTH = new ColumnWidth(false);
  private static final LocalDate GAP = LocalDate.of(2022, 7, 12);

  private final Reader reader = new Reader(KeyMap.defaults());

  private List<String> draw(int columns, int rows, Activity activity) {
    Grid grid = new Grid(WIDTH, columns, rows);
    new ReaderView(Texts.of("en"), Theme.of(Palette.COLOR), KeyMap.defaults(),
        new ArticleLayout(WIDTH)).draw(grid, reader, activity);
    return ReaderView.rows(grid).stream().map(String::stripTrailing).toList();
  }

  private List<String> draw(int columns, int rows) {
    return draw(columns, rows, Activity.idle(Link.ONLINE));
  }

  private void loaded() {
    reader.calendarLoaded(Fixtures.CALENDAR);
    reader.issueLoaded(null, Fixtures.edition());
  }

  @Test
  void aFirstIssueThatFailedIsSaidInTheBodyWithItsReasonAndWhatToDo() {
    reader.start(GAP);
    reader.calendarLoaded(Fixtures.CALENDAR);
    reader.issueFailed(GAP, "no issue of 2022-07-12 at bundled:sample");
    List<String> rows = draw(80, 24);
    assertThat(rows.get(2)).isEqualTo(" Could not load the issue of 2022-07-12.");
    assertThat(String.join("\n", rows)).contains("no issue of 2022-07-12 at bundled:sample")
        .contains("Press c for the calendar").doesNotContain("Loading…");
    assertThat(rows.get(23)).startsWith("Could not load 2022-07-12: ");
  }

  @Test
  void anUnreadablePageIsMarkedInTheListAndItsReasonShownWhenOpened() {
    reader.calendarLoaded(Fixtures.CALENDAR);
    Edition edition = Fixtures.edition();
    List<Page> pages = new ArrayList<>(edition.pages());
    pages.set(1, new Page("02", "综合", null, null, List.of(), "HTTP 404 for node_2.htm"));
    reader.issueLoaded(null, edition.withPages(pages));
    assertThat(draw(80, 24).get(2)).startsWith("  第02版 综合").endsWith("(unavailable)");
    reader.key("]");
    reader.key(Keys.ENTER);
    assertThat(String.join("\n", draw(80, 24)))
        .contains("This page could not be read: HTTP 404 for node_2.htm")
        .doesNotContain("(no articles on this page)");
    assertThat(String.join("\n", draw(160, 48)))
        .contains("This page could not be read: HTTP 404 for node_2.htm");
  }

  @Test
  void anUnreadableArticleSaysWhyInTheLanguageOfTheUi() {
    reader.calendarLoaded(Fixtures.CALENDAR);
    Edition edition = Fixtures.edition();
    List<Page> pages = new ArrayList<>(edition.pages());
    pages.set(0, new Page("01", "要闻", null, null, List.of(new Article("a1", null, null,
        "标题", null, null, List.of(), List.of(), "HTTP 500"))));
    reader.issueLoaded(null, edition.withPages(pages));
    reader.key("n");
    String screen = String.join("\n", draw(80, 24));
    assertThat(screen).contains("The text of this article could not be read: HTTP 500")
        .doesNotContain("unavailable:");
  }

  @Test
  void theHelpAt80x24SaysThereIsMoreAndScrollsToItsLastLine() {
    loaded();
    reader.key("?");
    List<String> first = draw(80, 24);
    assertThat(first.get(21)).startsWith(" — more below");
    assertThat(String.join("\n", first)).doesNotContain("goes back to them");
    reader.key(Keys.SPACE);
    reader.key(Keys.SPACE);
    List<String> end = draw(80, 24);
    assertThat(end.get(18)).contains("In an article opened from the results, q goes back");
    assertThat(end.get(19)).contains("Among the pictures of an article: n p or arrows step");
    assertThat(end.get(20)).isEqualTo(
        "  On the page image: n p or arrows move the outline, Enter opens, q or Esc back");
    assertThat(String.join("\n", end)).doesNotContain("more below");
    reader.key("x");
    assertThat(reader.mode()).isEqualTo(Mode.HELP);
    reader.key(Keys.ESC);
    assertThat(reader.mode()).isEqualTo(Mode.READING);
  }

  @Test
  void aWindowTooSmallSaysSoWholeDownTo20x5AndIgnoresKeysButQ() {
    loaded();
    List<String> rows = draw(30, 10);
    assertThat(String.join(" ", rows.stream().map(String::strip).filter(r -> !r.isEmpty())
        .toList())).isEqualTo("Window too small: 30x10; needs 40x12. q quits.");
    String tiny = String.join(" ", draw(20, 5).stream().map(String::strip)
        .filter(r -> !r.isEmpty()).toList());
    assertThat(tiny).isEqualTo("Window too small: 20x5; needs 40x12. q quits.");
    reader.key("n");
    reader.key(Keys.TAB);
    reader.key("?");
    assertThat(reader.open()).isEmpty();
    assertThat(reader.mode()).isEqualTo(Mode.READING);
    assertThat(reader.quit()).isFalse();
    draw(80, 24);
    reader.key("n");
    assertThat(reader.open()).isPresent();
    draw(20, 5);
    reader.key("q");
    assertThat(reader.quit()).isTrue();
  }

  @Test
  void inOnePaneTheBreadcrumbAndFooterFollowThePaneShown() {
    loaded();
    reader.key("n");
    List<String> article = draw(80, 24);
    assertThat(article.get(0)).contains("第01版 要闻 › 前三季度我市经济稳中有进");
    reader.key("q");
    List<String> list = draw(80, 24);
    assertThat(list.get(0)).endsWith("第01版 要闻").doesNotContain("前三季度");
    assertThat(list.get(23)).isEqualTo("? help  q back");
    reader.key("q");
    List<String> top = draw(80, 24);
    assertThat(top.get(0)).isEqualTo(" 示例晨报 2022-07-14");
    assertThat(top.get(23)).isEqualTo("? help  q quit");
  }

  @Test
  void theDatePromptsExamplesAreOfTheIssueBeingRead() {
    LocalDate day = LocalDate.of(2026, 10, 27);
    reader.start(day);
    reader.issueLoaded(day, Fixtures.edition(day));
    reader.key("g");
    assertThat(draw(80, 24).get(23)).isEqualTo("Go to date (2026-10-27 or 1027):");
  }
}
