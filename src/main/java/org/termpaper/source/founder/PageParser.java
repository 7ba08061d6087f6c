package org.termpaper.source.founder;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.termpaper.source.founder.PageView.Headline;
import org.termpaper.source.founder.PageView.PageLink;

/**
 * Reads a page view (版) with a profile's selectors: the page list, this page's headlines (the
 * list first, then image-map areas the list lacks, each article once whatever its query
 * string), the PDF, the 上一期/下一期 links and the paper's name. Lenient: a part it cannot find
 * is left empty. Stateless.
 */
final class PageParser {
  /** {@code 第03版：淄 博}, {@code 01版：要闻}, {@code 第A2版}. */
  static final Pattern LABEL = Pattern.compile(
      "^\\s*第?\\s*([A-Za-z]?\\d{1,3}[A-Za-z]?)\\s*版\\s*[:：]?\\s*(.*?)\\s*$");
  private static final Pattern SCRIPT_TITLE =
      Pattern.compile("view\\(\\s*[\"'](.+?)[\"']\\s*\\)");
  private static final Pattern SITE_WORDS =
      Pattern.compile("多媒体数字报刊|数字报刊|数字报|电子报|电子版|数字版|电子刊");
  private static final Pattern TRAILING_DIGITS = Pattern.compile("(\\d+)$");

  private PageParser() {}

  static PageView parse(Document doc, URI url, LocalDate date, SiteProfile profile) {
    SiteProfile.PageSelectors sel = profile.page();
    List<PageLink> pages = pageLinks(doc, sel, profile.urls());
    URI self = Links.canonical(url);
    PageLink own = pages.stream().filter(p -> p.url().equals(self)).findFirst()
        .orElseGet(() -> ownLabel(doc, sel, self));
    return new PageView(self, date, own, pages, pdf(doc, sel), headlines(doc, sel,
        profile.urls()), issueLink(doc, sel.previousIssue(), profile.urls()),
        issueLink(doc, sel.nextIssue(), profile.urls()), paperName(doc, profile));
  }

  /** A label such as {@code 第03版：淄 博} as a page link, or empty when it is not one. */
  static Optional<PageLink> label(String text, URI url) {
    String cleaned = Noise.strip(HtmlText.fold(text));
    Matcher m = cleaned == null ? null : LABEL.matcher(cleaned);
    if (m == null || !m.matches()) {
      return Optional.empty();
    }
    String name = HtmlText.foldHan(m.group(2));
    return Optional.of(new PageLink(m.group(1), name == null || name.isEmpty() ? null : name,
        url));
  }

  private static List<PageLink> pageLinks(Document doc, SiteProfile.PageSelectors sel,
      UrlLayout urls) {
    for (String selector : sel.pageLinks()) {
      Map<URI, PageLink> found = new LinkedHashMap<>();
      for (Element a : doc.select(selector)) {
        Optional<URI> target = Links.target(a).map(Links::canonical).filter(urls::isPage);
        if (target.isPresent() && !found.containsKey(target.get())) {
          label(HtmlText.line(a), target.get()).ifPresent(p -> found.put(p.url(), p));
        }
      }
      if (!found.isEmpty()) {
        return new ArrayList<>(found.values());
      }
    }
    return List.of();
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

  private static List<Headline> headlines(Document doc, SiteProfile.PageSelectors sel,
      UrlLayout urls) {
    Map<URI, Headline> found = new LinkedHashMap<>();
    for (String selector : sel.headlines()) {
      collect(doc.select(selector), urls, found);
      if (!found.isEmpty()) {
        break;
      }
    }
    for (String selector : sel.imageMap()) {
      collect(doc.select(selector), urls, found);
    }
    return new ArrayList<>(found.values());
  }

  private static void collect(List<Element> links, UrlLayout urls, Map<URI, Headline> found) {
    for (Element a : links) {
      Optional<URI> target = Links.target(a);
      if (target.isEmpty() || !urls.isArticle(Links.canonical(target.get()))) {
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
        title = Noise.field(a.hasAttr("title") ? a.attr("title") : a.attr("alt"));
      }
      URI url = Links.canonical(target.get());
      Headline known = found.get(url);
      if (known == null) {
        found.put(url, new Headline(Links.id(url), url, title, Links.mirrorFile(target.get())));
      } else if (known.title() == null && title != null) {
        found.put(url, known.withTitle(title));
      }
    }
  }

  /** The title a script writes into the link: {@code document.write(view("标题"))}. */
  private static String scriptTitle(Element a) {
    for (Element script : a.select("script")) {
      Matcher m = SCRIPT_TITLE.matcher(script.data());
      if (m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  private static String pdf(Document doc, SiteProfile.PageSelectors sel) {
    for (String selector : sel.pdf()) {
      for (Element a : doc.select(selector)) {
        Optional<URI> target = Links.target(a);
        if (target.isPresent()) {
          return target.get().toString();
        }
      }
    }
    return null;
  }

  private static URI issueLink(Document doc, List<String> words, UrlLayout urls) {
    for (Element a : doc.select("a[href]")) {
      String text = HtmlText.line(a);
      if (words.contains(text)) {
        Optional<URI> target = Links.target(a).map(Links::canonical).filter(urls::isPage);
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
        String name = SITE_WORDS.matcher(part).replaceAll("").strip();
        if (!name.isEmpty() && !LABEL.matcher(name).matches()) {
          return name;
        }
      }
    }
    return null;
  }
}
