package org.termpaper.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Page;
import org.termpaper.model.Paper;

/**
 * Small hand-made editions for the UI tests: four pages of which the second has no articles,
 * and a calendar with a gap between 14 and 18 July 2022.
 */
public final class Fixtures {
  public static final Paper PAPER = new Paper("sample", "示例晨报", null);
  public static final LocalDate DAY = LocalDate.of(2022, 7, 14);
  public static final IssueCalendar CALENDAR = new IssueCalendar(PAPER, List.of(
      LocalDate.of(2022, 7, 11), LocalDate.of(2022, 7, 13), DAY, LocalDate.of(2022, 7, 18)));

  private Fixtures() {}

  /** The issue of {@link #DAY}. */
  public static Edition edition() {
    return edition(DAY);
  }

  /** An issue of {@code date} with the same pages. */
  public static Edition edition(LocalDate date) {
    List<Page> pages = List.of(
        new Page("01", "要闻", null, null, List.of(
            article("a1", "前三季度我市经济稳中有进", "本报讯 7月13日，市统计局发布数据，COVID-19 以来首次回升。"),
            article("a2", "地铁3号线东延段通过评估", "地铁东延段今日通过安全评估。"))),
        new Page("02", "广告", null, null, List.of()),
        new Page("03", "淄博", null, null, List.of(new Article("a3", null, "引题：城市更新",
            "落实比倡议更重要", "副题：老街改造", "徐晓会",
            paragraphs(),
            List.of(new Figure(null, "资料照片"))))),
        new Page("04", "副刊", null, null, List.of(
            article("a4", "晨雾汐水", "一篇散文，写港口的早晨和地平线。"))));
    return new Edition(PAPER, date, null, null, null, pages, List.of());
  }

  /** The text of the long article on page 03: more lines than any screen has rows. */
  private static List<String> paragraphs() {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("7月12日，𠮷野家在老街开店，顾客排队 😀 不断。");
    for (int i = 2; i <= 40; i++) {
      paragraphs.add("第" + i + "段，说老街的故事：青石板路、骑楼和修鞋铺，一段写给读者的记忆。");
    }
    return paragraphs;
  }

  /** An article with one paragraph. */
  public static Article article(String id, String title, String text) {
    return new Article(id, null, null, title, null, null, List.of(text), List.of());
  }
}
