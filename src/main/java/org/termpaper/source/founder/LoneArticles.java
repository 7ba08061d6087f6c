package org.termpaper.source.founder;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.termpaper.model.Article;
import org.termpaper.model.Page;

/**
 * The pages an article view holds when the rest of its issue cannot be read: the article on the
 * page it names ({@code 05版} printed beside it). A document of several article parts one after
 * another (a saved set of articles) gives each part as an article, grouped by the page each
 * names, in the order the pages first appear. A part is the largest block around one title
 * element that holds no other. Stateless.
 */
final class LoneArticles {
  /** The most article parts read from one document. */
  static final int MAX_PARTS = 200;
  private static final Pattern PRINTED_LABEL =
      Pattern.compile("(?<![\\dA-Za-z])([A-Za-z]?\\d{1,3})\\s*版");
  private static final Pattern BARE_LABEL = Pattern.compile("^\\s*([A-Za-z]?\\d{1,3})\\s*$");
  private static final String BODIES = "founder-content, #ozoom, #content, script, style";
  private static final String UNKNOWN = "?";

  private LoneArticles() {}

  /** The pages of the article view {@code doc} at {@code url}, in order. */
  static List<Page> pages(Document doc, URI url, SiteProfile profile, LinkScope scope) {
    List<Element> parts = parts(doc, profile.article().title());
    Map<String, List<Article>> pages = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    if (parts.size() <= 1) {
      pages.put(label(doc), new ArrayList<>(List.of(
          ArticleParser.parse(doc, url, null, profile, scope))));
    } else {
      for (Element part : parts.subList(0, Math.min(parts.size(), MAX_PARTS))) {
        Document alone = Jsoup.parseBodyFragment(part.outerHtml(), doc.location());
        String id = partId(alone, ids.size());
        id = ids.add(id) ? id : id + "_" + ids.size();
        ids.add(id);
        Article a = ArticleParser.parse(alone, url, null, profile, scope);
        pages.computeIfAbsent(label(alone), k -> new ArrayList<>()).add(new Article(id,
            url + "#" + id, a.preTitle(), a.title(), a.subtitle(), a.author(), a.body(),
            a.unavailable()));
      }
    }
    List<Page> out = new ArrayList<>();
    List<String> numbers = new ArrayList<>(pages.keySet());
    numbers.sort(Comparator.comparing(LoneArticles::order));
    numbers.forEach(number -> out.add(new Page(number, null, null, null, pages.get(number))));
    return out;
  }

  /** Pages in print order: {@code 02} before {@code 10}, {@code A2} after them, unknown last. */
  private static String order(String number) {
    return number.equals(UNKNOWN) ? "~" : String.format(Locale.ROOT, "%5s", number);
  }

  /** The article parts of {@code doc}: one per title element, or none when there is one. */
  static List<Element> parts(Document doc, List<String> titles) {
    for (String selector : titles) {
      List<Element> found = doc.select(selector);
      if (found.size() > 1) {
        Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(found);
        List<Element> parts = new ArrayList<>();
        for (Element title : found) {
          Element part = title;
          while (part.parent() != null && part.parent().parent() != null
              && count(part.parent(), all) == 1) {
            part = part.parent();
          }
          parts.add(part);
        }
        return parts;
      }
      if (found.size() == 1) {
        return List.of(found.get(0));
      }
    }
    return List.of();
  }

  private static int count(Element scope, Set<Element> titles) {
    int n = 0;
    for (Element e : scope.getAllElements()) {
      n += titles.contains(e) ? 1 : 0;
    }
    return n;
  }

  /**
   * The page a part names outside its text: a label such as {@code 05版}, else an element that
   * Founder templates name after the page view ({@code layout}) holding only a page number.
   */
  private static String label(Document doc) {
    Document outside = doc.clone();
    outside.select(BODIES).remove();
    for (Element e : outside.getAllElements()) {
      String named = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
      Matcher bare = BARE_LABEL.matcher(e.ownText());
      if (named.contains("layout") && bare.matches()) {
        return bare.group(1).toUpperCase(Locale.ROOT);
      }
    }
    Matcher m = PRINTED_LABEL.matcher(outside.text());
    return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : UNKNOWN;
  }

  /** A part's id: the name it was published under (its enpproperty), else its number. */
  private static String partId(Document part, int index) {
    String published = EnpProperties.of(part).get("urlpad");
    if (published != null && published.matches("[\\w-]{1,80}(\\.\\w{1,8})?")) {
      return Links.id(URI.create(published));
    }
    return "part_" + (index + 1);
  }
}
