package org.termpaper.source.founder;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.termpaper.model.TermpaperException;
import org.termpaper.net.FetchException;
import org.termpaper.source.SourceUrls;

/**
 * Finds the site behind a location: a page or article URL is recognised by its profile's
 * patterns at once; a site root, an index page ({@code paperindex.htm}) or a mirror folder is
 * fetched and its redirect followed ({@code <meta http-equiv=refresh>}, a script that sets
 * {@code location}, or a link to a page) until a page is reached. A document at an address no
 * pattern knows (a saved page, any file name) that is itself a page or article view is taken
 * as such by its content (see {@link PageSniffer}). A page with none of these may
 * link to an index page instead (a root that lists {@code paperindex.htm}): one such link, on
 * the same host, is followed once (see {@link #indexLink}). A redirect may lead to another
 * web host, as an HTTP redirect may, but never from the web to a file, nor out of a mirror's
 * folder (see {@link LinkScope#around}). Stateless.
 */
final class SiteLocator {
  private static final int MAX_HOPS = 5;
  private static final Pattern REFRESH_URL =
      Pattern.compile("(?i)url\\s*=\\s*['\"]?([^'\";]+)");
  private static final Pattern SCRIPT_LOCATION = Pattern.compile(
      "location(?:\\.href)?\\s*(?:=|\\.replace\\(|\\.assign\\()\\s*['\"]([^'\"]+)['\"]");

  private SiteLocator() {}

  static Site locate(URI start, SiteProfiles profiles, SiteProfile fixed, Documents documents) {
    URI url = start;
    LinkScope scope = LinkScope.around(start);
    List<URI> seen = new ArrayList<>();
    boolean indexFollowed = false;
    for (int hop = 0; hop <= MAX_HOPS; hop++) {
      Optional<Site> site = recognise(url, profiles, fixed);
      if (site.isPresent()) {
        return site.get();
      }
      seen.add(url);
      Optional<URI> periodFront = periodFront(url, profiles, fixed, documents);
      if (periodFront.isPresent()) {
        url = periodFront.get();
        continue;
      }
      URI document = folderIndex(url, profiles, fixed).orElse(url);
      Documents.Text text;
      try {
        text = documents.get(document);
      } catch (FetchException e) {
        String why = e.url().equals(start) ? e.reason() : e.getMessage();
        throw new TermpaperException("cannot open the site at " + start + ": " + why, e);
      }
      Optional<Site> landed = recognise(text.url(), profiles, fixed);
      if (landed.isPresent()) {
        return landed.get();
      }
      Document doc = text.html();
      Optional<URI> next = redirect(doc, scope);
      if (next.isEmpty()) {
        Optional<Site> sniffed = PageSniffer.sniff(text, profiles, fixed);
        if (sniffed.isPresent()) {
          return sniffed.get();
        }
        next = pageLink(doc, profiles, fixed, scope);
      }
      if (next.isEmpty() && !indexFollowed) {
        next = indexLink(text.html(), profiles, fixed, scope);
        indexFollowed = next.isPresent();
      }
      if (next.isEmpty() || seen.contains(next.get())) {
        break;
      }
      url = next.get();
    }
    throw new TermpaperException(start + " does not lead to a page of a Founder-style e-paper"
        + " (it is no page or article view, has no redirect, and no link to a page such as"
        + " html/YYYY-MM/DD/node_N.htm or to an index page such as paperindex.htm)");
  }

  /** The site a page or article URL belongs to, without fetching anything. */
  static Optional<Site> recognise(URI url, SiteProfiles profiles, SiteProfile fixed) {
    URI canonical = Links.canonical(url);
    if (fixed != null) {
      return fixed.urls().match(canonical).map(m -> Site.of(fixed, canonical, m));
    }
    Optional<SiteProfile> byHost = profiles.forHost(canonical)
        .filter(p -> p.urls().match(canonical).isPresent());
    return byHost.or(() -> profiles.matching(canonical))
        .map(p -> Site.of(p, canonical, p.urls().match(canonical).orElseThrow()));
  }

  /** For a calendar file's URL, the front page of its newest issue; else empty. */
  private static Optional<URI> periodFront(URI url, SiteProfiles profiles, SiteProfile fixed,
      Documents documents) {
    List<SiteProfile> candidates = fixed != null ? List.of(fixed) : profiles.all();
    for (SiteProfile profile : candidates) {
      Optional<UrlLayout.PeriodMatch> period = profile.urls().matchPeriod(url);
      if (period.isPresent()) {
        Optional<PeriodFile> file;
        try {
          file = PeriodFile.parse(documents.get(url).text());
        } catch (FetchException e) {
          throw new TermpaperException("cannot read the calendar " + url + ": "
              + e.reason(), e);
        }
        LocalDate newest = file.orElseThrow(() -> new TermpaperException(
            url + ": not a calendar file (no <period_date> in it)")).dates().stream()
            .reduce((a, b) -> b).orElseThrow();
        String front = file.get().frontPages().get(newest);
        URI template = profile.urls().frontPage(period.get().root(), newest);
        return Optional.of(front == null || front.isBlank() ? template
            : Links.resolve(template.toString(), front)
                .filter(LinkScope.of(period.get().root(), profile)::allows).orElse(template));
      }
    }
    return Optional.empty();
  }

  /** For a folder on disk, its index file; empty when it is not a folder or has none. */
  private static Optional<URI> folderIndex(URI url, SiteProfiles profiles, SiteProfile fixed) {
    if (!"file".equalsIgnoreCase(url.getScheme())) {
      return Optional.empty();
    }
    Path path = SourceUrls.path(url);
    if (!Files.isDirectory(path)) {
      return Optional.empty();
    }
    List<SiteProfile> candidates = fixed != null ? List.of(fixed) : profiles.all();
    for (SiteProfile profile : candidates) {
      for (String name : profile.urls().index()) {
        if (!name.isEmpty() && Files.isRegularFile(path.resolve(name))) {
          return Optional.of(path.resolve(name).toUri());
        }
      }
    }
    throw new TermpaperException(path + ": no index page here (looked for "
        + String.join(", ", candidates.get(candidates.size() - 1).urls().index()) + ")");
  }

  /** Where a page sends the browser: a refresh or a script that sets the location. */
  private static Optional<URI> redirect(Document doc, LinkScope scope) {
    for (Element meta : doc.select("meta[http-equiv]")) {
      if (meta.attr("http-equiv").equalsIgnoreCase("refresh")) {
        Matcher m = REFRESH_URL.matcher(meta.attr("content"));
        if (m.find()) {
          return redirect(doc, m.group(1).strip(), scope);
        }
      }
    }
    for (Element script : doc.select("script")) {
      Matcher m = SCRIPT_LOCATION.matcher(script.data());
      if (m.find()) {
        return redirect(doc, m.group(1).strip(), scope);
      }
    }
    return Optional.empty();
  }

  /** The first link to a page or article that a profile recognises. */
  private static Optional<URI> pageLink(Document doc, SiteProfiles profiles, SiteProfile fixed,
      LinkScope scope) {
    for (Element a : doc.select("a[href], frame[src], iframe[src]")) {
      String href = a.hasAttr("href") ? a.attr("href") : a.attr("src");
      Optional<URI> target = Links.resolve(doc.location(), href).filter(scope::allows);
      if (target.isPresent() && recognise(target.get(), profiles, fixed).isPresent()) {
        return target;
      }
    }
    return Optional.empty();
  }

  /**
   * A link to one of the profiles' index pages ({@code paperindex.htm}) on the same host as
   * {@code doc}, for a site root that lists its paper instead of redirecting to it; else empty.
   * Only the file name counts, so {@code dgcb/paperindex.htm} leads to that paper.
   */
  private static Optional<URI> indexLink(Document doc, SiteProfiles profiles, SiteProfile fixed,
      LinkScope scope) {
    URI here = Links.resolve(doc.location(), doc.location()).orElse(null);
    if (here == null) {
      return Optional.empty();
    }
    Set<String> names = new HashSet<>();
    for (SiteProfile profile : fixed != null ? List.of(fixed) : profiles.all()) {
      profile.urls().index().stream().filter(n -> !n.isEmpty())
          .forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
    }
    for (Element a : doc.select("a[href], frame[src], iframe[src]")) {
      String href = a.hasAttr("href") ? a.attr("href") : a.attr("src");
      Optional<URI> target = Links.resolve(doc.location(), href).filter(scope::allows)
          .filter(t -> Objects.equals(lower(t.getHost()), lower(here.getHost())))
          .filter(t -> names.contains(fileName(t)))
          .filter(t -> !Links.canonical(t).equals(Links.canonical(here)));
      if (target.isPresent()) {
        return target;
      }
    }
    return Optional.empty();
  }

  private static String fileName(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    return lower(path.substring(path.lastIndexOf('/') + 1));
  }

  private static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }

  /** Where a page redirects to; a redirect out of {@code scope} is an error, not followed. */
  private static Optional<URI> redirect(Document doc, String href, LinkScope scope) {
    Optional<URI> target = Links.resolve(doc.location(), href);
    if (target.isPresent() && !scope.allows(target.get())) {
      throw new TermpaperException(doc.location() + " redirects to " + target.get()
          + ", which a page there may not open; not followed");
    }
    return target;
  }
}
