package org.termpaper.source.founder;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.termpaper.source.founder.PageView.Headline;
import org.termpaper.source.founder.PageView.PageLink;
import org.termpaper.text.EditionCleaner;

/**
 * Reads a page view (版) with a profile's selectors: the page list, this page's headlines (the
 * list first, then image-map areas the list lacks, each article once whatever its query
 * string), the PDF, the 上一期/下一期 links and the paper's name. Lenient: a part it cannot find
 * is left empty. A link that leaves the site's {@link LinkScope} is dropped, and the page list
 * and the headlines are bounded ({@link #MAX_PAGES}, {@link #MAX_HEADLINES}), since one hostile
 * page could otherwise ask for thousands of fetches; the view's warnings say what was left out.
 * Stateless.
 */
final class PageParser {
  /** The most pages of an issue read from a page list. */
  static final int MAX_PAGES = 64;
  /** The most headlines read from one page. */
  static final int MAX_HEADLINES = 200;
  /** {@code 第03版：淄 博}, {@code 01版：要闻}, {@code 第A2版}. */
  static final Pattern LABEL = Pattern.compile(
      "^\\s*第?\\s*([A-Za-z]?\\d{1,3}[A-Za-z]?)\\s*版\\s*[:：]?\\s*(.*?)\\s*$");
  private static final Pattern SITE_WORDS =
      Pattern.compile("多媒体数字报刊|数字报刊|数字报|电子报|电子版|数字版|电子刊");
  /** A date or a page label inside a page title: {@code 2026年09月16日}, {@code 06版}. */
  private static final Pattern DATE_OR_LABEL = Pattern.compile(
      "\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}"
          + "|第?\\s*[A-Za-z]?\\d{1,3}[A-Za-z]?\\s*版");
  private static final Pattern TRAILING_DIGITS = Pattern.compile("(\\d+)$");

  private PageParser() {}

  static PageView parse(Document doc, URI url, LocalDate date, SiteProfile profile,
      LinkScope scope) {
    SiteProfile.PageSelectors sel = profile.page();
    Targets targets = new Targets(profile.urls(), scope);
    List<PageLink> pages = pageLinks(doc, sel, targets);
    boolean morePages = pages.size() > MAX_PAGES;
    pages = pages.subList(0, Math.min(pages.size(), MAX_PAGES));
    URI self = Links.canonical(url);
    List<PageLink> listed = pages;
    PageLink own = pages.stream().filter(p -> p.url().equals(self)).findFirst()
        .or(() -> neighbour(doc, listed, self)).orElseGet(() -> ownLabel(doc, sel, self));
    List<Headline> headlines = headlines(doc, sel, targets);
    URI previous = issueLink(doc, sel.previousIssue(), targets);
    URI next = issueLink(doc, sel.nextIssue(), targets);
    List<String> warnings = new ArrayList<>();
    if (targets.moreHeadlines) {
      warnings.add(self + ": more than " + MAX_HEADLINES + " headlines; read the first "
          + MAX_HEADLINES);
    }
    if (!targets.offSite.isEmpty()) {
      warnings.add(self + ": left out " + targets.offSite.size() + " link(s) leading off the"
          + " site, such as " + targets.offSite.iterator().next());
    }
    PageImageMap image = PageImageMap.read(doc, sel.imageMap(), a -> targets.of(a, false),
        scope).orElse(null);
    return new PageView(self, date, own, pages, pdf(doc, sel, scope), headlines, previous, next,
        paperName(doc, profile), morePages, warnings, image);
  }

  /** A label such as {@code 第03版：淄 博} as a page link, or empty when it is not one. */
  static Optional<PageLink> label(String text, URI url) {
    String cleaned = Noise.strip(HtmlText.fold(text));
    Matcher m = cleaned == null ? null : LABEL.matcher(cleaned);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    String name = EditionCleaner.pageName(m.group(2));
    return Optional.of(new PageLink(m.group(1), name == null || name.isEmpty() ? null : name,
        url));
  }

  /** The page and article links of one page that the crawl may follow. Not thread-safe. */
  private static final class Targets {
    final UrlLayout urls;
    final LinkScope scope;
    final Set<URI> offSite = new LinkedHashSet<>();
    boolean moreHeadlines;

    Targets(UrlLayout urls, LinkScope scope) {
      this.urls = urls;
      this.scope = scope;
    }

    /** The canonical target of {@code a} when it is a page ({@code page}) or an article. */
    Optional<URI> of(Element a, boolean page) {
      Optional<URI> target = Links.target(a).map(Links::canonical)
          .filter(page ? urls::isPage : urls::isArticle);
      if (target.isPresent() && !scope.allows(target.get())
          && (page || !scope.outsideFolder(target.get()))) {
        offSite.add(target.get());
        return Optional.empty();
      }
      return target;
    }
  }

  /** The page list, one more than {@link #MAX_PAGES} at most so that a longer one shows. */
  private static List<PageLink> pageLinks(Document doc, SiteProfile.PageSelectors sel,
      Targets targets) {
    for (String selector : sel.pageLinks()) {
      Map<URI, PageLink> found = new LinkedHashMap<>();
      for (Element a : doc.select(selector)) {
        Optional<URI> target = targets.of(a, true);
        if (target.isPresent() && !found.containsKey(target.get())) {
          label(HtmlText.line(a), target.get()).ifPresent(p -> found.put(p.url(), p));
        }
        if (found.size() > MAX_PAGES) {
          break;
        }
      }
      if (!found.isEmpty()) {
        return new ArrayList<>(found.values());
      }
    }
    for (String selector : sel.pageLinks()) {
      List<PageLink> numbered = NumberedPageList.read(doc.select(selector),
          a -> targets.of(a, true), MAX_PAGES + 1);
      if (!numbered.isEmpty()) {
        return numbered;
      }
    }
    return List.of();
  }

  /**
   * For a page whose address the page list does not hold (saved under another name), the list's
   * entry between its 上一版 and 下一版 links, at this address; else empty.
   */
  private static Optional<PageLink> neighbour(Document doc, List<PageLink> pages, URI self) {
    for (Element a : doc.select("a[href]")) {
      String text = HtmlText.line(a);
      int step = text.contains("下一版") ? -1 : text.contains("上一版") ? 1 : 0;
      Optional<URI> target = step == 0 ? Optional.empty() : Links.target(a).map(Links::canonical);
      for (int i = 0; target.isPresent() && i < pages.size(); i++) {
        if (pages.get(i).url().equals(target.get()) && i + step >= 0
            && i + step < pages.size()) {
          PageLink own = pages.get(i + step);
          return Optional.of(new PageLink(own.number(), own.name(), self));
        }
      }
    }
    return Optional.empty();
  }

  private static PageLink ownLabel(Document doc, SiteProfile.PageSelectors sel, URI self) {
    for (String selector : sel.label()) {
      for (Element e : doc.select(selector)) {
        Optional<PageLink> link = label(HtmlText.line(e), self);
        if (link.isPresent()) {
          return link.get();
        }
      }
    }
    Matcher m = TRAILING_DIGITS.matcher(Links.id(self));
    return new PageLink(m.find() ? m.group(1) : "?", null, self);
  }

  /**
   * This page's headlines: the first headline selector that finds any, then the image map's
   * areas. Where the page has an image map, a link outside it counts only when it stands in
   * the same list as a link the map holds: a side box (今日关注, 要闻导读 …) whose links the map
   * does not hold points at other pages' articles.
   */
  private static List<Headline> headlines(Document doc, SiteProfile.PageSelectors sel,
      Targets targets) {
    Set<URI> mapped = new HashSet<>();
    for (String selector : sel.imageMap()) {
      for (Element area : doc.select(selector)) {
        Links.target(area).map(Links::canonical).ifPresent(mapped::add);
      }
    }
    Map<URI, Headline> found = new LinkedHashMap<>();
    for (String selector : sel.headlines()) {
      List<Element> links = new ArrayList<>();
      for (Element a : doc.select(selector)) {
        if (Links.target(a).map(Links::canonical).filter(targets.urls::isArticle).isPresent()) {
          links.add(a);
        }
      }
      collect(ownList(links, mapped), targets, found, false);
      if (!found.isEmpty()) {
        break;
      }
    }
    for (String selector : sel.imageMap()) {
      collect(doc.select(selector), targets, found, true);
    }
    return new ArrayList<>(found.values());
  }

  /**
   * The links of {@code links} that belong to the page's own list: every link the image map
   * holds, and each other one whose nearest group (the smallest element holding it and another
   * of the links) holds a mapped link too. Without a map, or when the map holds none of them,
   * every link.
   */
  private static List<Element> ownList(List<Element> links, Set<URI> mapped) {
    Set<Element> held = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element a : links) {
      if (Links.target(a).map(Links::canonical).filter(mapped::contains).isPresent()) {
        held.add(a);
      }
    }
    if (held.isEmpty()) {
      return links;
    }
    Map<Element, int[]> counts = new IdentityHashMap<>();
    for (Element a : links) {
      for (Element group : a.parents()) {
        int[] count = counts.computeIfAbsent(group, g -> new int[2]);
        count[0]++;
        count[1] += held.contains(a) ? 1 : 0;
      }
    }
    List<Element> own = new ArrayList<>();
    for (Element a : links) {
      if (held.contains(a)) {
        own.add(a);
        continue;
      }
      for (Element group : a.parents()) {
        int[] count = counts.get(group);
        if (count[0] >= 2) {
          if (count[1] > 0) {
            own.add(a);
          }
          break;
        }
      }
    }
    return own;
  }

  private static void collect(List<Element> links, Targets targets, Map<URI, Headline> found,
      boolean map) {
    for (Element a : links) {
      Optional<URI> url = targets.of(a, false);
      if (url.isEmpty()) {
        continue;
      }
      String raw = a.normalName().equals("area") ? null : HtmlText.line(a);
      if (raw != null && !raw.isEmpty() && Noise.isNavigation(raw)) {
        continue;
      }
      String title = Noise.field(raw);
      if (title == null) {
        title = Noise.field(scriptTitle(a));
      }
      if (title == null) {
        String attribute = a.hasAttr("title") ? a.attr("title") : a.attr("alt");
        title = Noise.field(HtmlText.markup(attribute));
      }
      Headline known = found.get(url.get());
      if (known == null && found.size() >= MAX_HEADLINES) {
        targets.moreHeadlines = true;
      } else if (known == null) {
        URI mirrorFile = Links.target(a).map(Links::mirrorFile).orElse(null);
        found.put(url.get(), new Headline(Links.id(url.get()), url.get(), title, mirrorFile,
            map));
      } else {
        Headline seen = known.title() == null && title != null ? known.withTitle(title) : known;
        found.put(url.get(), map ? seen.asMapped() : seen);
      }
    }
  }

  /** The title a script writes into the link: {@code document.write(view("标题"))}. */
  private static String scriptTitle(Element a) {
    for (Element script : a.select("script")) {
      String text = ScriptStrings.written(script.data());
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  private static String pdf(Document doc, SiteProfile.PageSelectors sel, LinkScope scope) {
    for (String selector : sel.pdf()) {
      for (Element a : doc.select(selector)) {
        Optional<URI> target = Links.target(a).filter(scope::allowsResource);
        if (target.isPresent()) {
          return target.get().toString();
        }
      }
    }
    return null;
  }

  private static URI issueLink(Document doc, List<String> words, Targets targets) {
    for (Element a : doc.select("a[href]")) {
      String text = HtmlText.line(a);
      if (words.contains(text)) {
        Optional<URI> target = targets.of(a, true);
        if (target.isPresent()) {
          return target.get();
        }
      }
    }
    return null;
  }

  /** The paper's name: the profile's, else the page title without the site's words. */
  static String paperName(Document doc, SiteProfile profile) {
    if (profile.paperName() != null) {
      return profile.paperName();
    }
    for (String selector : profile.paperNameFrom()) {
      Element e = doc.selectFirst(selector);
      String text = e == null ? null : Noise.strip(HtmlText.line(e));
      if (text == null) {
        continue;
      }
      for (String part : text.split("\\s*(?:--|—|-|_|\\||｜|·|：|:)\\s*")) {
        String name = SITE_WORDS.matcher(DATE_OR_LABEL.matcher(part).replaceAll(" "))
            .replaceAll("").strip();
        if (!name.isEmpty() && !LABEL.matcher(name).matches()) {
          return name;
        }
      }
    }
    return null;
  }
}
