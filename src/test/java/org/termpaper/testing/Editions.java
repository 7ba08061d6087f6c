package org.termpaper.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;
import org.termpaper.model.Paper;

/** Generated editions of a made-up paper, for archive tests and benchmarks. */
public final class Editions {
  public static final Paper PAPER = new Paper("tpdaily", "测试日报", "http://paper.example/");
  private static final String[] PAGE_NAMES = {"要闻", "综合", "城事", "副刊", "体育", "经济"};

  private Editions() {}

  /** An edition of {@code pages} pages with {@code perPage} articles each, text from a seed. */
  public static Edition generate(LocalDate date, int pages, int perPage) {
    TextGenerator text = new TextGenerator(date.toEpochDay());
    List<Page> list = new ArrayList<>();
    for (int p = 1; p <= pages; p++) {
      List<Article> articles = new ArrayList<>();
      for (int a = 1; a <= perPage; a++) {
        String id = "content_" + (date.getDayOfYear() * 100 + p * 10 + a);
        List<Figure> figures = a == 1 ? List.of(new Figure(null, text.title())) : List.of();
        articles.add(new Article(id, "http://paper.example/" + id + ".htm",
            a == 1 ? text.title() : null, text.title(), null, "记者 " + text.name(),
            text.paragraphs(4, 10), figures));
      }
      String number = String.format("%02d", p);
      list.add(new Page(number, PAGE_NAMES[(p - 1) % PAGE_NAMES.length],
          "http://paper.example/node_" + p + ".htm", null, articles));
    }
    return new Edition(PAPER, date, "http://paper.example/node_1.htm", null, null, list,
        List.of());
  }
}
