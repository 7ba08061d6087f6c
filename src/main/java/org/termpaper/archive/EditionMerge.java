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
 * read. The fresh read's warnings about a part so recovered are dropped; a source's warning
 * names the part's URL, which is how they are found. Stateless.
 */
final class EditionMerge {
  private EditionMerge() {}

  static Edition merge(Edition fresh, Edition archived) {
    Map<String, Page> before = new HashMap<>();
    archived.pages().forEach(p -> before.putIfAbsent(p.number(), p));
    List<String> recovered = new ArrayList<>();
    List<Page> pages = new ArrayList<>();
    for (Page page : fresh.pages()) {
      Page old = before.get(page.number());
      pages.add(old == null ? page : merge(page, old, recovered));
    }
    List<String> warnings = fresh.warnings().stream()
        .filter(w -> recovered.stream().noneMatch(url -> names(w, url)))
        .toList();
    return new Edition(fresh.paper(), fresh.date(), fresh.url(), fresh.previousIssue(),
        fresh.nextIssue(), pages, warnings);
  }

  /** The page, with what failed now taken from {@code old}; adds the URLs so taken. */
  private static Page merge(Page fresh, Page old, List<String> recovered) {
    if (fresh.isUnavailable() && !old.isUnavailable()) {
      addUrl(recovered, fresh.url());
      return old;
    }
    Map<String, Article> before = new HashMap<>();
    old.articles().stream().filter(a -> !a.isUnavailable())
        .forEach(a -> before.putIfAbsent(a.id(), a));
    List<Article> articles = new ArrayList<>();
    for (Article article : fresh.articles()) {
      Article kept = article.isUnavailable() ? before.get(article.id()) : null;
      if (kept != null) {
        addUrl(recovered, article.url());
      }
      articles.add(kept != null ? kept : article);
    }
    return new Page(fresh.number(), fresh.name(), fresh.url(), fresh.pdf(), articles,
        fresh.unavailable(), fresh.image() != null ? fresh.image() : old.image());
  }

  private static void addUrl(List<String> urls, String url) {
    if (url != null && !url.isEmpty()) {
      urls.add(url);
    }
  }

  /** True when {@code warning} names {@code url} whole, not as the start of a longer URL. */
  static boolean names(String warning, String url) {
    for (int at = warning.indexOf(url); at >= 0; at = warning.indexOf(url, at + 1)) {
      int end = at + url.length();
      if (end == warning.length() || " :),;".indexOf(warning.charAt(end)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
