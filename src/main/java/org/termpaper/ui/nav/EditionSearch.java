package org.termpaper.ui.nav;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.termpaper.model.Article;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;

/**
 * Finds the articles of an edition whose titles, byline, text or captions contain a query,
 * ignoring case. Stateless.
 */
public final class EditionSearch {
  private EditionSearch() {}

  /** The articles that contain {@code query}, in reading order; empty for a blank query. */
  public static List<ArticlePosition> find(Edition edition, String query) {
    String wanted = query.strip().toLowerCase(Locale.ROOT);
    List<ArticlePosition> hits = new ArrayList<>();
    if (wanted.isEmpty()) {
      return hits;
    }
    for (int p = 0; p < edition.pages().size(); p++) {
      List<Article> articles = edition.pages().get(p).articles();
      for (int a = 0; a < articles.size(); a++) {
        if (text(articles.get(a)).contains(wanted)) {
          hits.add(new ArticlePosition(p, a));
        }
      }
    }
    return hits;
  }

  private static String text(Article article) {
    StringBuilder all = new StringBuilder();
    for (String part : new String[] {article.preTitle(), article.title(), article.subtitle(),
        article.author()}) {
      if (part != null) {
        all.append(part).append('\n');
      }
    }
    article.paragraphs().forEach(p -> all.append(p).append('\n'));
    for (Figure figure : article.figures()) {
      if (figure.caption() != null) {
        all.append(figure.caption()).append('\n');
      }
    }
    return all.toString().toLowerCase(Locale.ROOT);
  }
}
