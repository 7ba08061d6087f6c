package org.termpaper.text;

import java.util.List;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;
import org.termpaper.model.Paper;

/**
 * Passes every text of an edition through {@link TextCleaner}: the one place where text from a
 * source is made safe before the rest of termpaper sees it. Stateless and thread-safe.
 */
public final class EditionCleaner {
  private EditionCleaner() {}

  public static Edition clean(Edition edition) {
    Paper paper = paper(edition.paper());
    List<Page> pages = edition.pages().stream().map(EditionCleaner::page).toList();
    List<String> warnings = edition.warnings().stream().map(TextCleaner::line).toList();
    return new Edition(paper, edition.date(), edition.url(), edition.previousIssue(),
        edition.nextIssue(), pages, warnings);
  }

  public static Paper paper(Paper paper) {
    return new Paper(paper.id(), orDefault(TextCleaner.line(paper.name()), paper.id()),
        paper.home());
  }

  private static Page page(Page page) {
    List<Article> articles = page.articles().stream().map(EditionCleaner::article).toList();
    return new Page(TextCleaner.line(page.number()), TextCleaner.line(page.name()), page.url(),
        page.pdf(), articles, TextCleaner.line(page.unavailable()));
  }

  private static Article article(Article a) {
    List<Figure> figures = a.figures().stream()
        .map(f -> figure(f))
        .filter(f -> f != null)
        .toList();
    String title = orDefault(TextCleaner.line(a.title()), "(untitled)");
    return new Article(a.id(), a.url(), TextCleaner.line(a.preTitle()), title,
        TextCleaner.line(a.subtitle()), TextCleaner.line(a.author()),
        TextCleaner.paragraphs(a.paragraphs()), figures, TextCleaner.line(a.unavailable()));
  }

  private static Figure figure(Figure f) {
    String caption = TextCleaner.line(f.caption());
    boolean empty = f.src() == null && (caption == null || caption.isEmpty());
    return empty ? null : new Figure(f.src(), caption);
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }
}
