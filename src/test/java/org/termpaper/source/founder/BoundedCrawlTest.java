package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Page;
import org.termpaper.net.FetchException;
import org.termpaper.net.Response;
import org.termpaper.source.Progress;

/** One page of a site cannot make the crawler fetch without bound. */
class BoundedCrawlTest {
  private static final String DAY = "http://e.example/html/2022-07/14/";
  private static final LocalDate JULY_14 = LocalDate.of(2022, 7, 14);
  private final SiteProfile profile = SiteProfiles.builtIn().get("founder-classic");
  private final Set<URI> asked = ConcurrentHashMap.newKeySet();

  /** A front page listing 100 pages and 300 headlines; every other document is a stub. */
  private Response serve(URI url) {
    asked.add(url);
    String html;
    if (url.toString().equals(DAY + "node_1.htm")) {
      StringBuilder page = new StringBuilder("<html><body>");
      for (int i = 1; i <= 100; i++) {
        page.append("<a id=pageLink href=node_").append(i).append(".htm>第").append(i)
            .append("版：第").append(i).append("版</a>");
      }
      page.append("<div id=titleList>");
      for (int i = 1; i <= 300; i++) {
        page.append("<a href=content_").append(i).append(".htm>标题").append(i).append("</a>");
      }
      html = page.append("</div></body></html>").toString();
    } else if (url.toString().contains("/node_")) {
      html = "<html><body>无</body></html>";
    } else if (url.toString().contains("/content_")) {
      html = "<html><body><div id=ozoom><p>正文</p></div></body></html>";
    } else {
      throw new FetchException(url, 404, "HTTP 404");
    }
    return new Response(url, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void pagesAndHeadlinesAreBoundedWithWarnings() {
    IssueReader.Result result = IssueReader.read(new Documents(this::serve), profile,
        LinkScope.of(URI.create("http://e.example/"), profile),
        List.of(URI.create(DAY + "node_1.htm")), JULY_14, Progress.NONE);
    assertThat(result.pages()).hasSize(PageParser.MAX_PAGES);
    assertThat(result.pages()).extracting(Page::number).endsWith("64");
    assertThat(result.pages().get(0).articles()).hasSize(PageParser.MAX_HEADLINES);
    assertThat(asked).hasSize(PageParser.MAX_PAGES + PageParser.MAX_HEADLINES);
    assertThat(result.warnings()).contains(
        "the page list names more than 64 pages; read the first 64",
        DAY + "node_1.htm: more than 200 headlines; read the first 200");
  }
}
