package org.termpaper.source.founder;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.termpaper.model.Article;
import org.termpaper.model.Page;
import org.termpaper.model.PageArea;
import org.termpaper.model.PageImage;
import org.termpaper.net.FetchException;
import org.termpaper.source.Progress;
import org.termpaper.source.founder.PageView.Headline;
import org.termpaper.source.founder.PageView.PageLink;

/**
 * Reads every page and article of one issue through an {@link EditionCrawl}: the first page
 * that loads gives the page list, every page is then fetched at once, and each page's articles
 * as soon as that page is parsed. A page or article that fails keeps its place with the reason
 * and a warning; only when no start page loads does the whole read fail. Not thread-safe: one
 * reader per edition.
 */
final class IssueReader {
  private final SiteProfile profile;
  private final LinkScope scope;
  private final EditionCrawl crawl;
  private final Map<URI, CompletableFuture<Parsed<PageView>>> pages = new ConcurrentHashMap<>();
  private final Map<URI, CompletableFuture<Parsed<Article>>> articles =
      new ConcurrentHashMap<>();

  private IssueReader(SiteProfile profile, LinkScope scope, EditionCrawl crawl) {
    this.profile = profile;
    this.scope = scope;
    this.crawl = crawl;
  }

  /**
   * What was read of an issue.
   *
   * @param first the page view that gave the page list
   * @param pages the pages in order
   * @param warnings what went wrong, in page order
   */
  record Result(PageView first, List<Page> pages, List<String> warnings) {}

  private record Parsed<T>(T value, List<String> warnings) {}

  /**
   * Reads the issue of {@code date}, starting from the first of {@code starts} that loads.
   *
   * @throws FetchException the failure of the first start page when none loads
   */
  static Result read(Documents documents, SiteProfile profile, LinkScope scope,
      List<URI> starts, LocalDate date, Progress progress) {
    try (EditionCrawl crawl = new EditionCrawl(documents, profile.connections(), progress)) {
      return new IssueReader(profile, scope, crawl).read(starts, date);
    }
  }

  private Result read(List<URI> starts, LocalDate date) {
    PageView first = null;
    RuntimeException failure = null;
    for (URI start : starts) {
      try {
        first = crawl.await(page(start, date), start.toString()).value();
        break;
      } catch (FetchException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (first == null) {
      throw failure;
    }
    URI firstUrl = first.url();
    List<PageLink> list = new ArrayList<>(first.pages());
    if (list.stream().noneMatch(p -> p.url().equals(firstUrl))) {
      // A page saved under another name stands in the list under its own: the entry of its label.
      int same = indexOf(list, first.self().number());
      if (same >= 0) {
        list.set(same, new PageLink(list.get(same).number(), list.get(same).name(), firstUrl));
      } else {
        list.add(0, first.self());
      }
    }
    List<String> warnings = new ArrayList<>();
    if (first.morePages() || list.size() > PageParser.MAX_PAGES) {
      list = list.subList(0, Math.min(list.size(), PageParser.MAX_PAGES));
      warnings.add("the page list names more than " + PageParser.MAX_PAGES
          + " pages; read the first " + list.size());
    }
    // The other pages go into the queue before the first page's articles: on a slow link their
    // articles can then start early instead of after every article of the first page.
    list.forEach(link -> page(link.url(), date));
    first.headlines().forEach(this::article);
    List<PageView> views = new ArrayList<>();
    List<Page> read = new ArrayList<>();
    for (PageLink link : list) {
      PageRead page = view(link, date, warnings);
      views.add(page.view());
      read.add(page.failed());
    }
    Map<URI, Integer> owners = owners(views);
    for (int i = 0; i < list.size(); i++) {
      if (read.get(i) == null) {
        read.set(i, assemble(list.get(i), views.get(i), i, owners, warnings));
      }
    }
    return new Result(first, read, warnings);
  }

  private static int indexOf(List<PageLink> list, String number) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).number().equals(number)) {
        return i;
      }
    }
    return -1;
  }

  /** A page view as read, or (view null) the page that could not be read, in its place. */
  private record PageRead(PageView view, Page failed) {}

  private PageRead view(PageLink link, LocalDate date, List<String> warnings) {
    String label = new Page(link.number(), link.name(), null, null, List.of()).label();
    Parsed<PageView> parsed;
    try {
      parsed = crawl.await(page(link.url(), date), link.url().toString());
    } catch (EditionCrawl.Cancelled e) {
      throw e;
    } catch (RuntimeException e) {
      String reason = EditionCrawl.reason(e);
      warnings.add(label + " could not be read (" + reason + "): " + link.url());
      return new PageRead(null, new Page(link.number(), link.name(), link.url().toString(),
          null, List.of(), reason));
    }
    warnings.addAll(parsed.warnings());
    return new PageRead(parsed.value(), null);
  }

  /**
   * The page each article belongs to, by index, when several pages link it: the page whose
   * image map holds it, else (a box on one page pointing at an article printed on another) the
   * later page, since such boxes lead forward from the front page.
   */
  static Map<URI, Integer> owners(List<PageView> views) {
    Map<URI, Integer> owners = new HashMap<>();
    Map<URI, Boolean> mapped = new HashMap<>();
    for (int i = 0; i < views.size(); i++) {
      if (views.get(i) == null) {
        continue;
      }
      for (Headline h : views.get(i).headlines()) {
        if (h.mapped() || !mapped.getOrDefault(h.url(), false)) {
          owners.put(h.url(), i);
          mapped.put(h.url(), h.mapped() || mapped.getOrDefault(h.url(), false));
        }
      }
    }
    return owners;
  }

  private Page assemble(PageLink link, PageView view, int index, Map<URI, Integer> owners,
      List<String> warnings) {
    String label = new Page(link.number(), link.name(), null, null, List.of()).label();
    List<Article> kept = new ArrayList<>();
    List<PageArea> areas = new ArrayList<>();
    PageImageMap map = view.image();
    for (Headline headline : view.headlines()) {
      if (owners.getOrDefault(headline.url(), index) == index) {
        Article article = article(headline, label, warnings);
        kept.add(article);
        List<Integer> points = map == null ? null : map.areas().get(headline.url());
        if (points != null && areas.stream().noneMatch(a -> a.article().equals(article.id()))) {
          areas.add(new PageArea(article.id(), points));
        }
      }
    }
    PageImage image = map == null ? null
        : new PageImage(map.url(), map.width(), map.height(), areas);
    return new Page(link.number(), link.name() != null ? link.name() : view.self().name(),
        view.url().toString(), view.pdf(), kept, null, image);
  }

  private Article article(Headline headline, String label, List<String> warnings) {
    String title = headline.title() != null ? headline.title() : headline.id();
    try {
      Parsed<Article> parsed = crawl.await(article(headline), headline.url().toString());
      warnings.addAll(parsed.warnings());
      Article article = parsed.value();
      if (article.isUnavailable()) {
        warnings.add("article “" + article.title() + "” on " + label + ": "
            + article.unavailable() + ": " + headline.url());
      }
      return article;
    } catch (EditionCrawl.Cancelled e) {
      throw e;
    } catch (RuntimeException e) {
      String reason = EditionCrawl.reason(e);
      warnings.add("article “" + title + "” on " + label + " could not be read (" + reason
          + "): " + headline.url());
      return new Article(headline.id(), headline.url().toString(), null, title, null, null,
          List.of(), List.of(), reason);
    }
  }

  private CompletableFuture<Parsed<PageView>> page(URI url, LocalDate date) {
    boolean start = pages.isEmpty();
    return pages.computeIfAbsent(url, key -> crawl.fetch(key, null).thenApply(text -> {
      PageView view = PageParser.parse(inScope(text, key), key, date, profile, scope);
      if (!start) {
        view.headlines().forEach(this::article);
      }
      List<String> warnings = new ArrayList<>(text.warnings());
      warnings.addAll(view.warnings());
      return new Parsed<>(view, warnings);
    }));
  }

  private CompletableFuture<Parsed<Article>> article(Headline headline) {
    if (!scope.allows(headline.url())) {
      // Named by a page saved on its own, outside its folder: listed, never read.
      return CompletableFuture.completedFuture(new Parsed<>(new Article(headline.id(),
          headline.url().toString(), null, headline.title() != null ? headline.title()
              : headline.id(), null, null, List.of(), List.of(),
          "outside the folder of the saved page; not read"), List.of()));
    }
    return articles.computeIfAbsent(headline.url(), key ->
        crawl.fetch(key, headline.mirrorFile()).thenApply(text -> new Parsed<>(
            ArticleParser.parse(inScope(text, key), key, headline.title(), profile, scope),
            text.warnings())));
  }

  /** The document, unless the server redirected the request off the site. */
  private Document inScope(Documents.Text text, URI asked) {
    if (!scope.allows(Links.canonical(text.url()))) {
      throw new FetchException(asked, 0, "redirected off the site, to " + text.url());
    }
    return text.html();
  }
}
