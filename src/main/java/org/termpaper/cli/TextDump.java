package org.termpaper.cli;

import java.io.PrintWriter;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;

/** Writes editions, pages and articles as plain text for {@code dump --format text}. */
final class TextDump {
  private final PrintWriter out;

  TextDump(PrintWriter out) {
    this.out = out;
  }

  void edition(Edition edition) {
    out.println(edition.paper().name() + "  " + edition.date());
    for (Page page : edition.pages()) {
      out.println();
      page(page);
    }
  }

  void page(Page page) {
    out.println("== " + page.label() + " ==");
    if (page.isUnavailable()) {
      out.println("（unavailable: " + page.unavailable() + "）");
    }
    for (Article article : page.articles()) {
      out.println();
      article(article);
    }
  }

  void article(Article article) {
    if (article.preTitle() != null) {
      out.println(article.preTitle());
    }
    out.println(article.title());
    if (article.subtitle() != null) {
      out.println(article.subtitle());
    }
    if (article.author() != null) {
      out.println(article.author());
    }
    if (article.isUnavailable()) {
      out.println("（unavailable: " + article.unavailable() + "）");
    }
    for (Figure figure : article.figures()) {
      if (figure.caption() != null) {
        out.println("    ［图］ " + figure.caption());
      }
    }
    for (String paragraph : article.paragraphs()) {
      out.println("    " + paragraph);
    }
  }
}
