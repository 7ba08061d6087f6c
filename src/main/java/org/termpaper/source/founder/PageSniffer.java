package org.termpaper.source.founder;

import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.SourceUrls;

/**
 * Recognises a Founder page by what it holds, for an address the profiles' URL patterns do not
 * know (a saved page, an odd file name, a path without the date): a page view has a page list
 * ({@code 第03版：…} links) and links to articles or an image map; an article view has a
 * {@code <founder-content>} body, an enpproperty comment, or a title element of a profile next
 * to a body container. The issue date comes from the page: its enpproperty date, else its links
 * that a profile recognises, else a date printed outside the body ({@code 2023年02月10日}), else
 * the date in the path of its relative links ({@code ../../2023-02/10/content_1.htm}). The root
 * and profile come from the recognised links where there are any. Stateless.
 */
final class PageSniffer {
  private static final Pattern PRINTED = Pattern.compile(
      "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern ENP_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern PATH_DATE = Pattern.compile(
      "(?<!\\d)(\\d{4})-?(\\d{2})/(\\d{2})/");
  private static final Pattern ARTICLE_NAME = Pattern.compile("(?i)(^|/)content_\\d+");
  private static final String ARTICLE_MARKS =
      "founder-content, #ozoom, #content, .article";
  private static final String TITLE_MARKS = "#Title, #main-title, td.font01, founder-title";

  private PageSniffer() {}

  /**
   * The site {@code text} is a page or article of, or empty when it is neither.
   *
   * @throws TermpaperException when it is one but carries no issue date
   */
  static Optional<Site> sniff(Documents.Text text, SiteProfiles profiles, SiteProfile fixed) {
    Document doc = text.html();
    URI url = Links.canonical(text.url()).normalize();
    Optional<UrlLayout.Role> role = role(doc);
    if (role.isEmpty()) {
      return Optional.empty();
    }
    List<SiteProfile> candidates = fixed != null ? List.of(fixed) : profiles.all();
    List<UrlLayout.Match> matches = new ArrayList<>();
    Map<UrlLayout.Match, SiteProfile> owners = new HashMap<>();
    for (String href : links(doc)) {
      Optional<URI> target = Links.resolve(doc.location(), href);
      for (SiteProfile profile : candidates) {
        Optional<UrlLayout.Match> m = target.flatMap(t -> profile.urls().match(t));
        if (m.isPresent()) {
          matches.add(m.get());
          owners.putIfAbsent(m.get(), profile);
        }
      }
    }
    LocalDate date = date(doc, matches).orElseThrow(() -> new TermpaperException(
        url + " looks like " + (role.get() == UrlLayout.Role.PAGE ? "a page" : "an article")
            + " of a Founder-style e-paper, but gives no issue date (no enpproperty date,"
            + " dated link or printed date such as 2023年02月10日)"));
    UrlLayout.Match best = mostCommon(matches.stream().filter(m -> m.date().equals(date))
        .toList());
    SiteProfile profile = best != null ? owners.get(best)
        : profiles.forHost(url).filter(p -> fixed == null)
            .orElseGet(() -> byStructure(doc, candidates, role.get()));
    URI root = root(url, best == null ? null : best.root(), date);
    return Optional.of(new Site(saved(profile, doc, url, date), root, url, date, role.get()));
  }

  /**
   * The profile whose own selectors (the first of each list, the layout-specific one) find the
   * most in {@code doc}; on a tie the first without hosts of its own, a generic layout.
   */
  private static SiteProfile byStructure(Document doc, List<SiteProfile> candidates,
      UrlLayout.Role role) {
    SiteProfile best = null;
    int bestScore = -1;
    for (SiteProfile p : candidates) {
      List<List<String>> lists = role == UrlLayout.Role.PAGE
          ? List.of(p.page().pageLinks(), p.page().headlines(), p.page().label())
          : List.of(p.article().title(), p.article().preTitle(), p.article().body());
      int score = 0;
      for (List<String> selectors : lists) {
        score += !selectors.isEmpty() && doc.selectFirst(selectors.get(0)) != null ? 2 : 0;
      }
      score += p.hosts().isEmpty() ? 1 : 0;
      if (score > bestScore) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * {@code profile} with the URL layout of this page: its pages and articles are the files
   * beside it or under a folder of the date ({@code 2023-02/10/}, {@code 202302/10/});
   * an article is a file named like the page's image-map targets or {@code content_N}, a page
   * any other file the page list names (saved pages have any name, so none is an index page).
   */
  private static SiteProfile saved(SiteProfile profile, Document doc, URI url, LocalDate date) {
    Set<String> shapes = new LinkedHashSet<>();
    shapes.add("content_\\d+(?:_\\d+)?\\.\\w+");
    for (Element area : doc.select("map area[href]")) {
      Links.target(area).map(PageSniffer::shape).ifPresent(shapes::add);
    }
    String articles = "(?:" + String.join("|", shapes) + ")";
    String folder = url.getRawPath() == null ? "/"
        : url.getRawPath().substring(0, url.getRawPath().lastIndexOf('/') + 1);
    String where = String.format(Locale.ROOT, "(?:%s|(?:.*/)?%04d-?%02d/%02d/(?:[^/]+/)*?)",
        Pattern.quote(folder), date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    UrlLayout own = profile.urls();
    UrlLayout layout = new UrlLayout(
        UrlLayout.compile(where + "(?!" + articles + "$)[^/]+", "urls.page"),
        UrlLayout.compile(where + articles, "urls.article"),
        own.frontPage(), own.period(), List.of(), date);
    return new SiteProfile(profile.name(), profile.description(), profile.hosts(),
        profile.connections(), profile.calendarMonths(), profile.calendarLinkSteps(), layout,
        profile.paperName(), profile.paperNameFrom(), profile.page(), profile.article());
  }

  /** A file name as a pattern with its digits free: {@code content_12.htm} → content_\d+.htm. */
  private static String shape(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    StringBuilder out = new StringBuilder();
    for (String part : name.split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)")) {
      out.append(part.chars().allMatch(Character::isDigit) && !part.isEmpty() ? "\\d+"
          : Pattern.quote(part));
    }
    return out.toString();
  }

  /** Page or article by the document's structure, or empty when it is neither. */
  static Optional<UrlLayout.Role> role(Document doc) {
    boolean titled = !EnpProperties.of(doc).getOrDefault("title", "").isBlank()
        || doc.select(TITLE_MARKS).stream().anyMatch(e -> !e.text().isBlank());
    boolean body = titled && doc.selectFirst(ARTICLE_MARKS) != null;
    if (body && doc.select("#pageLink, a[id=pageLink]").isEmpty()) {
      return Optional.of(UrlLayout.Role.ARTICLE);
    }
    int pageLinks = 0;
    int articleLinks = doc.select("map area[href]").size();
    for (Element a : doc.select("a[href]")) {
      if (PageParser.label(HtmlText.line(a), URI.create("x:/")).isPresent()) {
        pageLinks++;
      } else if (ARTICLE_NAME.matcher(a.attr("href")).find()) {
        articleLinks++;
      }
    }
    return pageLinks > 0 && articleLinks > 0 ? Optional.of(UrlLayout.Role.PAGE)
        : body ? Optional.of(UrlLayout.Role.ARTICLE) : Optional.empty();
  }

  private static List<String> links(Document doc) {
    List<String> hrefs = new ArrayList<>();
    doc.select("a[href], area[href]").forEach(e -> hrefs.add(e.attr("href")));
    return hrefs;
  }

  private static Optional<LocalDate> date(Document doc, List<UrlLayout.Match> matches) {
    Map<String, String> enp = EnpProperties.of(doc);
    Optional<LocalDate> found = enp.containsKey("date") ? parse(ENP_DATE, enp.get("date"))
        : Optional.empty();
    if (found.isEmpty() && !matches.isEmpty()) {
      found = Optional.of(mostCommon(matches).date());
    }
    if (found.isEmpty()) {
      Document outside = doc.clone();
      outside.select("founder-content, #ozoom, script, style").remove();
      found = parse(PRINTED, outside.select("meta[content]").eachAttr("content") + " "
          + outside.text());
    }
    if (found.isEmpty()) {
      List<LocalDate> dated = new ArrayList<>();
      for (Element e : doc.select("a[href], area[href]")) {
        String href = e.attr("href");
        if (!href.contains(":") && !href.startsWith("/")) {
          parse(PATH_DATE, href).ifPresent(dated::add);
        }
      }
      found = dated.stream().reduce((a, b) -> a);
    }
    return found;
  }

  private static Optional<LocalDate> parse(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text == null ? "" : text);
    while (m.find()) {
      try {
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      } catch (DateTimeException | NumberFormatException e) {
        // not a date after all; look further
      }
    }
    return Optional.empty();
  }

  private static UrlLayout.Match mostCommon(List<UrlLayout.Match> matches) {
    Map<UrlLayout.Match, Integer> counts = new HashMap<>();
    UrlLayout.Match best = null;
    for (UrlLayout.Match m : matches) {
      int count = counts.merge(m, 1, Integer::sum);
      if (best == null || count > counts.get(best)) {
        best = m;
      }
    }
    return best;
  }

  /**
   * The site root: the one the links give, for a web page; for a file, only when the file lies
   * in the dated folder under that root (a mirror), since a mirror may never be left; else the
   * page's own folder.
   */
  private static URI root(URI url, URI linked, LocalDate date) {
    URI folder = url.resolve("./");
    if (linked == null) {
      return folder;
    }
    if (!"file".equalsIgnoreCase(url.getScheme())) {
      return linked;
    }
    Path file = SourceUrls.path(url).normalize();
    Path base = SourceUrls.path(linked).normalize();
    String within = file.startsWith(base) ? base.relativize(file).toString() : "";
    String day = String.format("%02d/%02d", date.getMonthValue(), date.getDayOfMonth());
    boolean dated = within.contains(date.getYear() + "-" + day)
        || within.contains(date.getYear() + day);
    return dated ? linked : folder;
  }
}
