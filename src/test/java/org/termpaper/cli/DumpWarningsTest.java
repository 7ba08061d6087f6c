package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.model.Paper;

/** Which of an edition's warnings {@code dump} prints for a page or an article. */
class DumpWarningsTest {
  private static final String H = "http://e.example/html/2022-07/14/";
  private static final String WIDE = "the page list names more than 60 pages; read the first 60";
  private static final String FALLEN_BACK =
      "the network failed (" + H + "node_1.htm: timed out); showing the archived copy";
  private static final String PAGE_2 = "第02版 综合 could not be read (HTTP 404): " + H
      + "node_2.htm";
  private static final String ARTICLE_3 = "article “甲” on 第03版 城事: HTTP 500: " + H
      + "content_31.htm";
  private static final String CHARSET_3 = H + "content_32.htm: declared gb2312 in a meta tag"
      + " but the bytes are UTF-8; read as UTF-8";
  private static final String LIST_10 = H + "node_10.htm: more than 200 headlines";

  private static Article article(String id) {
    return new Article(id, H + id + ".htm", null, id, null, null, List.of("正文"), List.of());
  }

  private static Page page(String number, Article... articles) {
    return new Page(number, null, H + "node_" + Integer.parseInt(number) + ".htm", null,
        List.of(articles));
  }

  private static final Edition EDITION = new Edition(new Paper("p", "报", null),
      LocalDate.of(2022, 7, 14), null, null, null,
      List.of(page("01", article("content_11")), page("02"),
          page("03", article("content_31"), article("content_32")), page("10")),
      List.of(WIDE, FALLEN_BACK, PAGE_2, ARTICLE_3, CHARSET_3, LIST_10));

  private static List<String> forPage(int index) {
    return DumpCommand.warningsFor(EDITION, EDITION.withPages(
        List.of(EDITION.pages().get(index))), false, List.of(FALLEN_BACK));
  }

  @Test
  void aPageGetsItsOwnWarningsAndTheEditionWideOnes() {
    assertThat(forPage(0)).containsExactly(WIDE, FALLEN_BACK);
    assertThat(forPage(1)).containsExactly(WIDE, FALLEN_BACK, PAGE_2);
    assertThat(forPage(2)).containsExactly(WIDE, FALLEN_BACK, ARTICLE_3, CHARSET_3);
    assertThat(forPage(3)).containsExactly(WIDE, FALLEN_BACK, LIST_10);
  }

  @Test
  void anArticleGetsOnlyTheWarningsThatNameIt() {
    Page third = EDITION.pages().get(2);
    Edition one = EDITION.withPages(List.of(new Page(third.number(), null, third.url(), null,
        List.of(third.articles().get(1)))));
    assertThat(DumpCommand.warningsFor(EDITION, one, true, List.of(FALLEN_BACK)))
        .containsExactly(WIDE, FALLEN_BACK, CHARSET_3);
  }

  @Test
  void aSourcesOwnWarningNamingAPageURLIsStillEditionWide() {
    assertThat(DumpCommand.warningsFor(EDITION, EDITION.withPages(
        List.of(EDITION.pages().get(2))), false, List.of())).doesNotContain(FALLEN_BACK);
    assertThat(forPage(2)).contains(FALLEN_BACK);
  }
}
