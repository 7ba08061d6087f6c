package org.termpaper.source.founder;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.termpaper.net.FetchException;

/**
 * An issue's entry page: on sites where a date's front page is reached through a page that
 * only redirects ({@code content/20220714/IssueIndex.htm} of the PaperIndex system, by
 * {@code <meta http-equiv=refresh>}), the page it leads to. A URL whose file name is one of the
 * profile's index names ({@code IssueIndex.htm}) is such an entry; any other URL is a page
 * already and is returned as it is, without a fetch. Stateless.
 */
final class IssueEntry {
  private static final int MAX_HOPS = 3;
  private static final Pattern REFRESH_URL =
      Pattern.compile("(?i)url\\s*=\\s*['\"]?([^'\";\\s]+)");

  private IssueEntry() {}

  /** True when {@code url} names one of the profile's redirecting index pages. */
  static boolean isEntry(URI url, SiteProfile profile) {
    String path = url.getPath() == null ? "" : url.getPath();
    String file = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return !file.isEmpty() && profile.urls().index().stream()
        .map(name -> name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT))
        .anyMatch(file::equals);
  }

  /**
   * The page {@code url} leads to: itself when it is no entry, else the page its redirects end
   * at, on the site and of the profile's page pattern.
   *
   * @throws FetchException when the entry cannot be read, or leads nowhere (status 404 then,
   *     as for a missing page, since an issue without a first page is no issue)
   */
  static URI page(URI url, Site site, Documents documents) {
    URI at = url;
    for (int hop = 0; hop < MAX_HOPS && isEntry(at, site.profile()); hop++) {
      Documents.Text text = documents.get(at);
      Optional<URI> next = refresh(text.html()).filter(site.scope()::allows)
          .map(Links::canonical);
      if (next.isEmpty() || next.get().equals(Links.canonical(at))) {
        throw new FetchException(url, 404, "the issue's entry page leads to no page");
      }
      at = next.get();
    }
    if (isEntry(at, site.profile()) || !site.profile().urls().isPage(at)) {
      throw new FetchException(url, 404, "the issue's entry page leads to no page");
    }
    return at;
  }

  /**
   * Where to start reading the issue of {@code date}: the profile's front page for it, the
   * located page when it is of that date, and, where the front page is an entry that a site may
   * lack, the located page's file name in the date's folder (such sites name the pages alike in
   * every issue: {@code Page01a.htm}).
   */
  static List<URI> starts(Site site, URI frontPage, LocalDate date) {
    List<URI> starts = new ArrayList<>();
    starts.add(frontPage);
    if (site.role() != UrlLayout.Role.PAGE || isEntry(site.anchor(), site.profile())) {
      return starts;
    }
    if (site.date().equals(date)) {
      add(starts, site.anchor());
    } else if (isEntry(frontPage, site.profile())) {
      String anchor = site.anchor().getPath();
      String name = anchor.substring(anchor.lastIndexOf('/') + 1);
      Links.resolve(frontPage.toString(), name).filter(site.scope()::allows)
          .filter(site.profile().urls()::isPage)
          .filter(u -> site.profile().urls().match(u).map(UrlLayout.Match::date)
              .filter(date::equals).isPresent())
          .ifPresent(u -> add(starts, u));
    }
    return starts;
  }

  private static void add(List<URI> starts, URI url) {
    if (!starts.contains(url)) {
      starts.add(url);
    }
  }

  private static Optional<URI> refresh(Document doc) {
    for (Element meta : doc.select("meta[http-equiv]")) {
      if (meta.attr("http-equiv").equalsIgnoreCase("refresh")) {
        Matcher m = REFRESH_URL.matcher(meta.attr("content"));
        if (m.find()) {
          return Links.resolve(doc.location(), m.group(1).strip());
        }
      }
    }
    return Optional.empty();
  }
}
