package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.termpaper.layout.ArticleLayout;
import org.termpaper.model.Article;
import org.termpaper.model.Block;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;
import org.termpaper.text.ColumnWidth;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.KeyMap;
import org.termpaper.ui.nav.Reader;
import org.termpaper.ui.term.Grid;
import org.termpaper.ui.term.Palette;
import org.termpaper.ui.term.Style;

class ReaderViewTest {
  private static final ColumnWidth WIDTH = new ColumnWidth(false);

  private final Reader reader = new Reader(KeyMap.defaults());

  private Grid draw(int columns, int rows, String language, String... keys) {
    reader.calendarLoaded(Fixtures.CALENDAR);
    if (reader.edition() == null) {
      reader.issueLoaded(null, Fixtures.edition());
    }
    for (String key : keys) {
      reader.key(key);
    }
    Grid grid = new Grid(WIDTH, columns, rows);
    ReaderView view = new ReaderView(Texts.of(language), Theme.of(Palette.COLOR),
        KeyMap.defaults(), new ArticleLayout(WIDTH));
    view.draw(grid, reader, Activity.idle(Link.ONLINE));
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

  @Test
  void thePageListAt80x24ShowsEveryPageWithItsArticleCount() {
    Grid grid = draw(80, 24, "en");
    List<String> rows = text(grid);
    assertThat(rows.get(0)).isEqualTo(" 示例晨报 2022-07-14");
    assertThat(rows.get(1)).startsWith("> 第01版 要闻").endsWith("(2)");
    assertThat(rows.get(2)).startsWith("  第02版 广告").endsWith("(0)");
    assertThat(rows.get(3)).startsWith("  第03版 淄博").endsWith("(1)");
    assertThat(rows.get(4)).startsWith("  第04版 副刊").endsWith("(1)");
    assertThat(rows.get(22)).startsWith(" 示例晨报  2022-07-14  第01版 要闻").endsWith("online");
    assertThat(rows.get(23)).isEqualTo("? help  q quit");
    assertThat(grid.style(0, 22)).isEqualTo(Style.REVERSE);
    assertFits(grid);
  }

  @Test
  void thePageListAt160x48StandsBesideTheArticleListAndTheArticle() {
    Grid grid = draw(160, 48, "en");
    List<String> rows = text(grid);
    assertThat(rows.get(1)).startsWith(" Pages").contains("│ Articles").contains("│ Article");
    assertThat(rows.get(2)).startsWith("> 第01版 要闻       (2) │> 前三季度我市经济稳中有进");
    assertThat(rows.get(3)).startsWith("  第02版 广告       (0) │  地铁3号线东延段通过评估");
    assertThat(rows.get(46)).endsWith("online");
    assertFits(grid);
  }

  @Test
  void anArticleAt80x24HasItsTitleBlockBylineCaptionAndText() {
    Grid grid = draw(80, 24, "en", "]", "]", "n");
    List<String> rows = text(grid);
    assertThat(rows.get(0)).isEqualTo(" 示例晨报 2022-07-14 › 第03版 淄博 › 落实比倡议更重要");
    assertThat(rows.subList(1, 9)).containsExactly(
        " 引题：城市更新",
        " 落实比倡议更重要",
        " 副题：老街改造",
        " 徐晓会",
        "",
        "     ［图］ 资料照片",
        "",
        "     7月12日，𠮷野家在老街开店，顾客排队 😀 不断。");
    assertThat(grid.style(7, 6)).isEqualTo(Style.DIM);
    assertThat(grid.style(1, 2).bold()).isTrue();
    assertThat(rows.get(22)).contains("第03版 淄博  article 3 of 4");
    assertFits(grid);
  }

  @Test
  void aSubheadIsDrawnBoldOnItsOwnLineAndAFigureWhereItStands() {
    Article article = Article.of("c1", null, null, "标题", null, null, List.of(
        new Block.Paragraph("第一段。"), new Figure(null, "文中图"), new Block.Subhead("小标题"),
        new Block.Paragraph("第二段。")));
    reader.calendarLoaded(Fixtures.CALENDAR);
    reader.issueLoaded(null, new Edition(Fixtures.edition().paper(),
        Fixtures.edition().date(), null, null, null,
        List.of(new Page("01", "要闻", null, null, List.of(article))), List.of()));
    Grid grid = draw(80, 24, "en", "n");
    List<String> rows = text(grid);
    int subhead = rows.indexOf("     小标题");

    assertThat(rows.subList(subhead - 4, subhead + 3)).containsExactly(
        "     第一段。", "", "     ［图］ 文中图", "", "     小标题", "", "     第二段。");
    assertThat(grid.style(5, subhead).bold()).isTrue();
    assertThat(grid.style(5, subhead + 2).bold()).isFalse();
  }

  @Test
  void anArticleAt160x48IsDrawnInTheRightPaneBesideTheLists() {
    Grid grid = draw(160, 48, "en", "]", "]", "n");
    List<String> rows = text(grid);
    assertThat(rows.get(2)).contains("│    引题：城市更新").endsWith("│ 引题：城市更新");
    assertThat(rows.get(3)).contains("│> 落实比倡议更重要 ").endsWith("│ 落实比倡议更重要");
    assertThat(rows.get(4)).startsWith("> 第03版 淄博");
    assertThat(rows.get(7)).endsWith("     ［图］ 资料照片");
    assertThat(rows.get(9)).endsWith("     7月12日，𠮷野家在老街开店，顾客排队 😀 不断。");
    assertFits(grid);
  }

  @Test
  void theCalendarShowsTheMonthAndMarksTheIssueDays() {
    Grid grid = draw(80, 24, "en", "c");
    List<String> rows = text(grid);
    assertThat(rows).anyMatch(r -> r.matches(".*│\\s+July 2022\\s+│"));
    assertThat(rows).anyMatch(r -> r.matches(".*│\\s+Mo  Tu  We  Th  Fr  Sa  Su\\s+│"));
    assertThat(rows).anyMatch(r -> r.matches(".*│\\s+11  12  13 \\[14\\] 15  16  17\\s+│"));
    assertThat(rows).anyMatch(r -> r.matches(".*│ Issues: 11 13 14 18\\s+│"));
    assertThat(rows).anyMatch(r -> r.matches(".*┌─+┐.*"));
    int row = rows.indexOf(rows.stream().filter(r -> r.contains("[14]")).findFirst().get());
    int eleven = rows.get(row).indexOf("11");
    int twelve = rows.get(row).indexOf("12");
    assertThat(grid.style(eleven, row).bold()).isTrue();
    assertThat(grid.style(twelve, row)).isEqualTo(Style.DIM);
    assertFits(grid);
  }

  @Test
  void theCalendarAt160x48InChinese() {
    Grid grid = draw(160, 48, "zh", "c", ">");
    List<String> rows = text(grid);
    assertThat(rows).anyMatch(r -> r.matches(".*│\\s+2022年8月\\s+│"));
    assertThat(rows).anyMatch(r -> r.matches(".*│\\s+一  二  三  四  五  六  日\\s+│"));
    assertThat(rows).anyMatch(r -> r.matches(".*│ 本月没有出版\\s+│"));
    assertFits(grid);
  }

  @Test
  void theHelpListsEveryKeyAsBound() {
    Grid grid = draw(80, 24, "en", "?");
    List<String> rows = text(grid);
    assertThat(rows.get(1)).isEqualTo(" Keys (j k Space scroll, q or Esc closes)");
    assertThat(rows.get(2))
        .isEqualTo("  n                  next article (next result after a search)");
    assertThat(rows).contains("  ]                  next page", "  >                  next issue",
        "  c                  issue calendar");
    assertFits(grid);
  }

  @Test
  void theHelpAt160x48InChineseShowsAllOfIt() {
    Grid grid = draw(160, 48, "zh", "?");
    List<String> rows = text(grid);
    assertThat(rows.get(1)).isEqualTo(" 按键（j k 空格 滚动，q 或 Esc 关闭）");
    assertThat(rows).contains("  c                  日历", "  q Esc              返回；在版面列表退出");
    assertThat(rows).anyMatch(r -> r.startsWith("  日历中：方向键"));
    assertFits(grid);
  }

  @Test
  void belowFortyByTwelveItSaysTheWindowIsTooSmall() {
    Grid grid = draw(39, 12, "en");
    assertThat(text(grid).get(5).strip()).isEqualTo("Window too small: 39x12; needs 40x12. q");
    assertThat(text(grid).get(6).strip()).isEqualTo("quits.");
    assertFits(grid);
  }

  @Test
  void aPromptAndAMessageShowOnTheLastLine() {
    assertThat(text(draw(80, 24, "en", "g", "0", "7")).get(23))
        .isEqualTo("Go to date (2022-07-14 or 0714): 07");
    assertThat(text(draw(80, 24, "en", Keys.ESC, "[")).get(23))
        .isEqualTo("This is the first page.");
  }

  @Test
  void anIssueWithNoPagesIsDrawnAtBothSizesAfterTabAndEnter() {
    reader.issueLoaded(null, Fixtures.edition().withPages(List.of()));
    List<String> narrow = text(draw(80, 24, "en", Keys.TAB, "j", Keys.ENTER));
    assertThat(narrow.get(1)).isEqualTo(" (issue has no pages)");
    assertThat(narrow.get(23)).isEqualTo("This issue has no pages.");
    Grid wide = draw(160, 48, "en", Keys.TAB, Keys.ENTER);
    assertThat(text(wide).get(2)).startsWith(" (issue has no pages)   │ (issue has no pages)");
    assertFits(wide);
  }
}
