package org.termpaper.source.founder;

import java.net.URI;
import java.time.LocalDate;
import java.util.TreeSet;
import java.util.function.Function;
import org.termpaper.net.FetchException;

/**
 * The issue dates of a site without calendar files, found by following the 上一期 and 下一期
 * links from the located issue's front page, as far as the profile allows each way. Not
 * thread-safe; one walk per calendar.
 */
final class LinkWalk {
  private final Site site;
  private final Documents documents;

  LinkWalk(Site site, Documents documents) {
    this.site = site;
    this.documents = documents;
  }

  TreeSet<LocalDate> dates() {
    TreeSet<LocalDate> dates = new TreeSet<>();
    dates.add(site.date());
    URI start = site.role() == UrlLayout.Role.PAGE ? site.anchor()
        : site.profile().urls().frontPage(site.root(), site.date());
    PageView first = view(start);
    if (first == null) {
      return dates;
    }
    walk(first, PageView::previousIssue, dates);
    walk(first, PageView::nextIssue, dates);
    return dates;
  }

  private void walk(PageView from, Function<PageView, URI> step, TreeSet<LocalDate> dates) {
    PageView at = from;
    for (int i = 0; i < site.profile().calendarLinkSteps() && at != null; i++) {
      URI next = step.apply(at);
      if (next == null) {
        return;
      }
      LocalDate date = site.profile().urls().match(next).map(UrlLayout.Match::date).orElse(null);
      if (date == null || dates.contains(date)) {
        return;
      }
      at = view(next);
      if (at != null) {
        dates.add(date);
      }
    }
  }

  private PageView view(URI url) {
    try {
      LocalDate date = site.profile().urls().match(url).map(UrlLayout.Match::date)
          .orElse(site.date());
      URI page = IssueEntry.page(url, site, documents);
      return PageParser.parse(documents.get(page).html(), page, date, site.profile(),
          site.scope());
    } catch (FetchException e) {
      return null;
    }
  }
}
