package org.termpaper.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made editions for tests: a page is given by how many articles it has. */
public final class Editions {
  public static final Paper PAPER = new Paper("t", "测试报", null);

  private Editions() {}

  public static Edition withPages(int... articlesPerPage) {
    List<Page> pages = new ArrayList<>();
    int id = 0;
    for (int p = 0; p < articlesPerPage.length; p++) {
      List<Article> articles = new ArrayList<>();
      for (int a = 0; a < articlesPerPage[p]; a++) {
        id++;
        articles.add(new Article("a" + id, null, null, "标题" + id, null, null,
            List.of("正文" + id), List.of()));
      }
      pages.add(new Page(String.format("%02d", p + 1), "版" + (p + 1), null, null, articles));
    }
    return new Edition(PAPER, LocalDate.of(2022, 7, 14), null, null, null, pages, List.of());
  }
}
