package org.termpaper.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;

/**
 * Joins a fresh read of an issue with the copy archived before, so that a part that failed now
 * but was read then is not lost: the fresh edition's structure and text win wherever they were
 * read. Stateless.
 */
final class EditionMerge {
  private EditionMerge() {}

  static Edition merge(Edition fresh, Edition archived) {
    Map<String, Page> before = new HashMap<>();
    archived.pages().forEach(p -> before.putIfAbsent(p.number(), p));
    List<Page> pages = new ArrayList<>();
    for (Page page : fresh.pages()) {
      Page old = before.get(page.number());
      pages.add(old == null ? page : merge(page, old));
    }
    return fresh.withPages(pages);
  }

  private static Page merge(Page fresh, Page old) {
    if (fresh.isUnavailable() && !old.isUnavailable()) {
      return old;
    }
    Map<String, Article> before = new HashMap<>();
    old.articles().stream().filter(a -> !a.isUnavailable())
        .forEach(a -> before.putIfAbsent(a.id(), a));
    List<Article> articles = new ArrayList<>();
    for (Article article : fresh.articles()) {
      Article kept = article.isUnavailable() ? before.get(article.id()) : null;
      articles.add(kept != null ? kept : article);
    }
    return new Page(fresh.number(), fresh.name(), fresh.url(), fresh.pdf(), articles,
        fresh.unavailable());
  }
}
