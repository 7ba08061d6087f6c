package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;
import org.termpaper.model.TermpaperException;
import org.termpaper.net.Fetcher;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import org.termpaper.text.EditionCleaner;

/** Links in a site's pages never lead the crawler to local files or to other hosts. */
class HostileSiteTest {
  private static final String DAY = "html/2022-07/14/";

  @TempDir
  Path dir;
  private Path site;
  private Path outside;
  private final Fetcher fetcher = Sites.fetcher();

  @BeforeEach
  void copySite() throws IOException {
    site = dir.resolve("site");
    Path classic = SiteServer.resource("/founder/classic");
    try (Stream<Path> files = Files.walk(classic)) {
      for (Path from : files.toList()) {
        Path to = site.resolve(classic.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    outside = dir.resolve("outside");
    Files.createDirectories(outside.resolve(DAY));
    Files.writeString(outside.resolve(DAY + "content_7.htm"),
        "<div id=ozoom><p>secret</p></div>");
    Files.writeString(outside.resolve(DAY + "node_9.htm"), "<a href=content_7.htm>secret</a>");
  }

  @AfterEach
  void close() {
    fetcher.close();
  }

  /** Adds {@code html} to the front page, before its page list. */
  private void inject(String html) throws IOException {
    Path front = site.resolve(DAY + "node_2.htm");
    String page = Files.readString(front, StandardCharsets.UTF_8);
    String list = "<div class=\"bmname\">";
    Files.writeString(front, page.replace(list, html + list), StandardCharsets.UTF_8);
  }

  private static List<String> ids(Edition edition) {
    return edition.pages().stream().flatMap(p -> p.articles().stream()).map(Article::id).toList();
  }

  @Test
  void aWebPageLeadsNeitherToFilesNorToOtherHosts() throws IOException {
    String file = outside.resolve(DAY).toUri().toString();
    inject("<a href=\"" + file + "content_7.htm\">本地文件</a>"
        + "<a href=\"http://10.0.0.1/" + DAY + "content_8.htm\">内网</a>"
        + "<a id=pageLink href=\"http://10.0.0.1/" + DAY + "node_9.htm\">第09版：内网</a>"
        + "<a id=pageLink href=\"" + file + "node_9.htm\">第10版：本地</a>");
    Edition edition;
    try (SiteServer server = SiteServer.serve(site);
        EditionSource source = Sites.open(server.url("/paperindex.htm").toString(), fetcher,
            Sites.JULY_2022)) {
      edition = source.newest(Progress.NONE);
    }
    assertThat(ids(edition)).doesNotContain("content_7", "content_8")
        .contains("content_101", "content_102");
    assertThat(edition.pages()).extracting(Page::number).containsExactly("01", "02", "03", "04");
    assertThat(edition.warnings()).anySatisfy(w -> assertThat(w)
        .contains("node_2.htm: left out 4 link(s) leading off the site"));
  }

  @Test
  void aMirrorPageStaysInsideTheMirror() throws IOException {
    inject("<a href=\"../../../../outside/" + DAY + "content_7.htm\">上溯</a>"
        + "<a href=\"../../../%2e%2e/outside/" + DAY + "content_6.htm\">编码上溯</a>"
        + "<a href=\"http://10.0.0.1/" + DAY + "content_8.htm\">网上</a>");
    Edition edition;
    try (EditionSource source = Sites.open(site.resolve(DAY + "node_2.htm").toString(), fetcher,
        Sites.JULY_2022)) {
      edition = source.newest(Progress.NONE);
    }
    assertThat(ids(edition)).doesNotContain("content_6", "content_7", "content_8")
        .contains("content_101");
    assertThat(edition.warnings()).anySatisfy(w -> assertThat(w).contains("left out 3 link(s)"));
  }

  @Test
  void aPictureOnAWebPageIsNeverAFile() throws IOException {
    Path article = site.resolve(DAY + "content_101.htm");
    String page = Files.readString(article, StandardCharsets.UTF_8);
    Files.writeString(article, page.replace("<div id=\"ozoom\" style=\"font-size:14px\">",
        "<div id=\"ozoom\" style=\"font-size:14px\"><p><img src=\"file:///etc/hosts\"></p>"),
        StandardCharsets.UTF_8);
    Edition edition;
    try (SiteServer server = SiteServer.serve(site);
        EditionSource source = Sites.open(server.url("/paperindex.htm").toString(), fetcher,
            Sites.JULY_2022)) {
      edition = source.newest(Progress.NONE);
    }
    Article read = edition.article(edition.find("content_101").orElseThrow());
    assertThat(read.figures()).extracting(Figure::src).singleElement().asString()
        .startsWith("http://").endsWith("/p101.jpg");
  }

  @Test
  void aCalendarFileCannotNameAFrontPageOffTheSite() throws IOException {
    Path period = site.resolve("html/2022-07/period.xml");
    Files.writeString(period, Files.readString(period).replace(
        "<period_date>2022-07-14</period_date><front_page>node_2.htm</front_page>",
        "<period_date>2022-07-14</period_date><front_page>" + outside.resolve(DAY)
            .toUri() + "node_9.htm</front_page>"));
    try (SiteServer server = SiteServer.serve(site);
        EditionSource source = Sites.open(server.url("/paperindex.htm").toString(), fetcher,
            Sites.JULY_2022)) {
      Edition edition = source.newest(Progress.NONE);
      assertThat(edition.url()).endsWith("/" + DAY + "node_2.htm");
      assertThat(ids(edition)).doesNotContain("content_7");
    }
  }

  @Test
  void aWebIndexPageCannotRedirectToAFile() throws IOException {
    Files.writeString(site.resolve("paperindex.htm"), "<meta http-equiv=refresh content=\"0; url="
        + site.resolve(DAY + "node_2.htm").toUri() + "\">");
    try (SiteServer server = SiteServer.serve(site);
        EditionSource source = Sites.open(server.url("/paperindex.htm").toString(), fetcher,
            Sites.JULY_2022)) {
      assertThatThrownBy(() -> source.newest(Progress.NONE))
          .isInstanceOf(TermpaperException.class)
          .hasMessageContaining("redirects to file:").hasMessageContaining("not followed");
    }
  }

  @Test
  void escapeSequencesWrittenAsHtmlReferencesNeverReachTheModel() throws IOException {
    Path page = site.resolve(DAY + "content_101.htm");
    String html = Files.readString(page, StandardCharsets.UTF_8)
        .replace("暑期消费升温", "暑期&#27;[2J消费&#x9b;31m升温")
        .replace("入夜，", "入夜&#27;]52;c;ZXZpbA==&#7;，&#8;&#x202e;");
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Edition edition;
    try (EditionSource source = Sites.open(site.resolve(DAY + "node_2.htm").toString(), fetcher,
        Sites.JULY_2022)) {
      // What every source's editions pass through on their way out of the resolver.
      edition = EditionCleaner.clean(source.newest(Progress.NONE));
    }
    Article article = edition.pages().get(0).articles().stream()
        .filter(a -> a.id().equals("content_101")).findFirst().orElseThrow();
    String all = String.join("\n", article.preTitle(), article.title(),
        String.join("\n", article.paragraphs()));
    assertThat(all).doesNotContain("\u001b", "\u009b", "\u0007", "\u0008", "\u202e", "[2J",
        "ZXZpbA==");
    // HTML reads &#x9b; as › (the Windows-1252 character there, as browsers do): no C1 control.
    assertThat(article.preTitle()).isEqualTo("暑期消费›31m升温");
    assertThat(article.paragraphs().get(0)).startsWith("入夜，东港老码头");
  }
}
