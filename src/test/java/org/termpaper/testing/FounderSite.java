package org.termpaper.testing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;

/**
 * A classic-layout Founder e-paper site made from editions, as a map of path to document: the
 * index page, one {@code period.xml} a month, a {@code node_N.htm} a page and a
 * {@code content_N.htm} an article, with the navigation, scripts, image map and page list such
 * pages carry. The template is ours, written after the structure of real sites (see
 * shared/corpus); its size per page is of the same order as theirs. Immutable once built.
 */
public final class FounderSite {
  /**
   * One document of the site.
   *
   * @param body the bytes as served
   * @param contentType the {@code Content-Type} header
   */
  public record Document(byte[] body, String contentType) {}

  private final Map<String, Document> documents = new TreeMap<>();

  private FounderSite() {}

  /** A UTF-8 site of these editions; the last is the newest. */
  public static FounderSite of(List<Edition> editions) {
    FounderSite site = new FounderSite();
    Map<YearMonth, List<LocalDate>> months = new TreeMap<>();
    for (Edition edition : editions) {
      months.computeIfAbsent(YearMonth.from(edition.date()), m -> new ArrayList<>())
          .add(edition.date());
      site.addEdition(edition);
    }
    months.forEach((month, dates) -> site.put("html/" + month + "/period.xml",
        period(dates).getBytes(StandardCharsets.UTF_8), "text/xml"));
    LocalDate newest = editions.get(editions.size() - 1).date();
    site.put("paperindex.htm", ("<html><head><meta http-equiv=\"refresh\" content=\"0; URL="
        + dir(newest) + "node_2.htm\"><title>" + editions.get(0).paper().name()
        + "</title></head><body>正在打开今天的报纸……</body></html>")
        .getBytes(StandardCharsets.UTF_8), "text/html");
    return site;
  }

  /** The site's path of an article, such as {@code html/2022-07/14/content_1411.htm}. */
  public static String articlePath(LocalDate date, Article article) {
    return dir(date) + article.id() + ".htm";
  }

  public static String pagePath(LocalDate date, int pageIndex) {
    return dir(date) + "node_" + (pageIndex + 2) + ".htm";
  }

  public Map<String, Document> documents() {
    return documents;
  }

  /** The bytes of every HTML page and article of the site (the index and calendars not). */
  public long htmlBytes() {
    return documents.entrySet().stream()
        .filter(e -> e.getKey().contains("/node_") || e.getKey().contains("/content_"))
        .mapToLong(e -> e.getValue().body().length).sum();
  }

  /** Serves {@code path} in GBK bytes while its header and meta tag still say UTF-8. */
  public void recodeAsGbk(String path) {
    Document doc = documents.get(path);
    String html = new String(doc.body(), StandardCharsets.UTF_8);
    documents.put(path, new Document(html.getBytes(Charset.forName("GB18030")),
        "text/html; charset=utf-8"));
  }

  private void put(String path, byte[] body, String type) {
    documents.put(path, new Document(body, type));
  }

  private void addEdition(Edition edition) {
    List<Page> pages = edition.pages();
    for (int p = 0; p < pages.size(); p++) {
      put(pagePath(edition.date(), p), utf8(PageTemplate.page(edition, p)), "text/html");
      for (Article article : pages.get(p).articles()) {
        put(articlePath(edition.date(), article), utf8(PageTemplate.article(edition, p,
            article)), "text/html");
      }
    }
  }

  private static byte[] utf8(String html) {
    return html.getBytes(StandardCharsets.UTF_8);
  }

  static String dir(LocalDate date) {
    return "html/" + YearMonth.from(date) + "/" + String.format("%02d", date.getDayOfMonth())
        + "/";
  }

  private static String period(List<LocalDate> dates) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<periodlist>\n");
    for (LocalDate date : dates) {
      xml.append("<period id=\"").append(date.getDayOfMonth()).append("\"><period_name>第")
          .append(date.getDayOfMonth()).append("期</period_name><period_date>").append(date)
          .append("</period_date><front_page>node_2.htm</front_page></period>\n");
    }
    return xml.append("</periodlist>\n").toString();
  }
}
