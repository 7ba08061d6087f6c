package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.termpaper.layout.ArticleLayout;
import org.termpaper.model.ArticlePosition;
import org.termpaper.text.ColumnWidth;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.Hit;
import org.termpaper.ui.nav.KeyMap;
import org.termpaper.ui.nav.Reader;
import org.termpaper.ui.nav.Result;
import org.termpaper.ui.nav.SearchRequest;
import org.termpaper.ui.term.Grid;
import org.termpaper.ui.term.Palette;
import org.termpaper.ui.term.Style.Color;
import org.termpaper.ui.term.Style;

/** The all-issues search on the screen grid: the prompt, the results list, the marked match. */
class ResultsViewTest {
  private static final ColumnWidth WIDTH = new ColumnWidth(false);
  private static final Style MATCH = Style.REVERSE.withColor(Color.YELLOW);

  private final Reader reader = new Reader(KeyMap.defaults());

  ResultsViewTest() {
    reader.calendarLoaded(Fixtures.CALENDAR);
    reader.issueLoaded(null, Fixtures.edition());
  }

  private void press(String... keys) {
    for (String key : keys) {
      reader.key(key);
    }
  }

  /** Draws as the UI loop does: again when the drawing moved the article's scroll. */
  private Grid draw(int columns, int rows, String language) {
    Grid grid = new Grid(WIDTH, columns, rows);
    ReaderView view = new ReaderView(Texts.of(language), Theme.of(Palette.COLOR),
        KeyMap.defaults(), new ArticleLayout(WIDTH));
    int scroll = reader.scroll();
    view.draw(grid, reader, Activity.idle(Link.ONLINE));
    if (reader.scroll() != scroll) {
      view.draw(grid, reader, Activity.idle(Link.ONLINE));
    }
    return grid;
  }

  private static List<String> text(Grid grid) {
    return ReaderView.rows(grid).stream().map(String::stripTrailing).toList();
  }

  private static void assertFits(Grid grid) {
    for (String row : ReaderView.rows(grid)) {
      assertThat(WIDTH.of(row)).isEqualTo(grid.columns());
    }
  }

  /** Searches all issues for 老街; the archive answers with {@code count} results. */
  private void searchAll(int count) {
    press("/", Keys.TAB, "老", "街", Keys.ENTER);
    SearchRequest asked = reader.search().take();
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate date = LocalDate.of(2022, 7, 18).minusDays(i);
      results.add(new Result(new Hit(date, new ArticlePosition(2, 0), "a3"), "第03版 淄博",
          "落实比倡议更重要 " + (i + 1), "…顾客在老街排队，青石板路上人流如织。", 4, 2));
    }
    reader.search().found(asked.serial(), results, false);
  }

  @Test
  void thePromptNamesItsScope() {
    press("/", "老");
    assertThat(text(draw(80, 24, "en")).get(23))
        .isEqualTo("Search this issue (Tab: all issues): 老");
    press(Keys.TAB, "街");
    assertThat(text(draw(80, 24, "en")).get(23))
        .isEqualTo("Search all issues (Tab: this issue): 老街");
    assertThat(text(draw(80, 24, "zh")).get(23)).isEqualTo("在所有已存期中搜索（Tab：本期）：老街");
  }

  @Test
  void whileTheArchiveIsSearchedTheListSaysSo() {
    press("/", Keys.TAB, "老", "街", Keys.ENTER);
    List<String> rows = text(draw(80, 24, "en"));
    assertThat(rows.get(1)).isEqualTo(" Searching every archived issue of 示例晨报 for \"老街\"…");
    assertThat(rows.get(2)).isEmpty();
  }

  @Test
  void theResultsAt80x24ShowDatePageTitleAndTheSnippetWithTheMatchMarked() {
    searchAll(3);
    Grid grid = draw(80, 24, "en");
    List<String> rows = text(grid);
    assertThat(rows.get(1)).isEqualTo(" All archived issues, \"老街\": 3 result(s), newest first");
    assertThat(rows.subList(2, 8)).containsExactly(
        "> 2022-07-18  第03版 淄博  落实比倡议更重要 1",
        "    …顾客在老街排队，青石板路上人流如织。",
        "  2022-07-17  第03版 淄博  落实比倡议更重要 2",
        "    …顾客在老街排队，青石板路上人流如织。",
        "  2022-07-16  第03版 淄博  落实比倡议更重要 3",
        "    …顾客在老街排队，青石板路上人流如织。");
    assertThat(rows.get(20)).isEmpty();
    assertThat(rows.get(21))
        .isEqualTo(" arrows/j k/n N move  Enter open  Tab this issue  / again  ? help  q close");
    assertThat(grid.style(0, 2)).isEqualTo(Style.REVERSE);
    assertThat(grid.style(79, 2)).isEqualTo(Style.REVERSE);
    assertThat(grid.style(0, 4)).isEqualTo(Style.PLAIN);
    assertThat(grid.style(10, 3)).isEqualTo(Style.PLAIN);
    assertThat(grid.style(11, 3)).isEqualTo(MATCH);
    assertThat(grid.style(14, 3)).isEqualTo(MATCH);
    assertThat(grid.style(15, 3)).isEqualTo(Style.PLAIN);
    assertThat(grid.style(1, 1).reverse()).isTrue();
    assertFits(grid);
  }

  @Test
  void thePickedResultStaysInViewAt80x24() {
    searchAll(30);
    press(Keys.END);
    List<String> rows = text(draw(80, 24, "en"));
    assertThat(rows.get(2)).startsWith("  2022-06-27");
    assertThat(rows.get(18)).isEqualTo("> 2022-06-19  第03版 淄博  落实比倡议更重要 30");
    press(Keys.HOME, "j");
    rows = text(draw(80, 24, "en"));
    assertThat(rows.get(2)).startsWith("  2022-07-18");
    assertThat(rows.get(4)).startsWith("> 2022-07-17");
  }

  @Test
  void theResultsAt160x48InChinese() {
    searchAll(30);
    List<String> rows = text(draw(160, 48, "zh"));
    assertThat(rows.get(2)).isEqualTo("> 2022-07-18  第03版 淄博  落实比倡议更重要 1");
    assertThat(rows.get(2 + 2 * 20)).isEqualTo("  2022-06-28  第03版 淄博  落实比倡议更重要 21");
    assertThat(rows.get(44)).isEmpty();
    press(Keys.PAGE_DOWN);
    Grid grid = draw(160, 48, "zh");
    rows = text(grid);
    assertThat(rows.get(1)).isEqualTo(" 所有已存期中“老街”：共 30 条，最新的在前");
    assertThat(rows.get(2)).isEqualTo("  2022-07-17  第03版 淄博  落实比倡议更重要 2");
    assertThat(rows.get(2 + 2 * 20)).isEqualTo("> 2022-06-27  第03版 淄博  落实比倡议更重要 22");
    assertThat(rows.get(45)).startsWith(" 方向键/j k/n N 移动  回车 打开  Tab 只搜本期");
    assertThat(rows.get(46)).startsWith(" 示例晨报  2022-07-14  第01版 要闻").endsWith("在线");
    assertFits(grid);
  }

  @Test
  void aResultOpensItsArticleWithTheMatchMarkedInBothPanesLayouts() {
    searchAll(1);
    press(Keys.ENTER);
    reader.issueLoaded(LocalDate.of(2022, 7, 18), Fixtures.edition(LocalDate.of(2022, 7, 18)));
    Grid grid = draw(160, 48, "en");
    List<String> rows = text(grid);
    int row = 9;
    assertThat(rows.get(row)).endsWith("     7月12日，𠮷野家在老街开店，顾客排队 😀 不断。");
    int at = rows.get(row).indexOf("老街");
    int col = WIDTH.of(rows.get(row).substring(0, at));
    assertThat(grid.style(col, row)).isEqualTo(MATCH);
    assertThat(grid.style(col - 1, row)).isEqualTo(Style.PLAIN);
    assertThat(rows.get(47))
        .isEqualTo("Result 1 of 1 in all issues for \"老街\" (n next, N previous, q the list)");
    assertFits(grid);
  }

  @Test
  void aHitDeepInAnArticleScrollsTheMatchIntoViewAt80x24() {
    press("/", "第", "2", "0", "段", Keys.ENTER);
    Grid grid = draw(80, 24, "en");
    List<String> rows = text(grid);
    assertThat(reader.scroll()).isPositive();
    assertThat(rows.subList(1, 22)).noneMatch(r -> r.contains("落实比倡议更重要"));
    int row = rows.indexOf(rows.stream().filter(r -> r.contains("第20段")).findFirst().get());
    assertThat(row).isBetween(6, 9);
    assertThat(grid.style(WIDTH.of(rows.get(row).substring(0, rows.get(row).indexOf("第20段"))),
        row)).isEqualTo(MATCH);
    press(Keys.ESC, Keys.DOWN);
    assertThat(text(draw(80, 24, "en")).get(row - 1)).contains("第20段");
  }
}
