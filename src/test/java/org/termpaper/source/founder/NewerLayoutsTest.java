package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.config.Config;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.net.Fetcher;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;

/**
 * The newer Founder layout kept under another folder ({@code founder-layout}: 光明日报's
 * {@code gmrb/html/layout/…}, 深圳特区报's {@code PC/layout/…}) and with its pages straight in
 * the date folders ({@code founder-flat}: 南方日报, 中国旅游报), and with its articles in
 * {@code pc/con/} ({@code founder-pc-con}: 生活报). The sites are the pc fixture moved into
 * those shapes, so each must read as the pc fixture does.
 */
class NewerLayoutsTest {
  private static final Path PC = Path.of(Sites.folder("pc/pc"));
  private final Fetcher fetcher = Sites.fetcher();
  private final SiteProfiles profiles = SiteProfiles.builtIn();

  @TempDir Path dir;

  @AfterEach
  void close() {
    fetcher.close();
  }

  @Test
  void eachLayoutIsPickedByItsUrlsWithItsRoot() {
    assertMatch("https://epaper.gmw.cn/gmrb/html/layout/202609/28/node_01.html",
        "founder-layout", "https://epaper.gmw.cn/gmrb/html/");
    assertMatch("https://epaper.gmw.cn/gmrb/html/content/202609/28/content_12345.html",
        "founder-layout", "https://epaper.gmw.cn/gmrb/html/");
    assertMatch("https://sztqb.sznews.com/PC/layout/202409/01/node_A01.html",
        "founder-layout", "https://sztqb.sznews.com/PC/");
    assertMatch("http://epaper.southcn.com/nfdaily/html/202609/28/node_A01.html",
        "founder-flat", "http://epaper.southcn.com/nfdaily/html/");
    assertMatch("http://epaper.southcn.com/nfdaily/html/202609/28/content_10.html",
        "founder-flat", "http://epaper.southcn.com/nfdaily/html/");
    assertMatch("https://www.ctnews.com.cn/paper/202604/09/node_01.html",
        "founder-flat", "https://www.ctnews.com.cn/paper/");
    // An article in a content/ folder alone could be either newer layout; both give one root.
    URI article = URI.create(
        "https://www.ctnews.com.cn/paper/content/202604/09/content_112136.html");
    for (String layout : List.of("founder-flat", "founder-layout")) {
      assertThat(profiles.get(layout).urls().match(article).orElseThrow().root())
          .hasToString("https://www.ctnews.com.cn/paper/");
    }
    assertMatch("https://epaper.cqcb.com/html/202302/20/node_001.html",
        "founder-flat", "https://epaper.cqcb.com/html/");
    assertMatch("https://paper.people.com.cn/rmrb/pc/layout/202610/02/node_01.html",
        "founder-pc", "https://paper.people.com.cn/rmrb/");
    assertMatch("https://e.example/pc/content/202302/11/content_211250.html",
        "founder-pc", "https://e.example/");
    assertMatch("http://e.example/lzcb/html/2022-07/14/node_2.htm",
        "founder-classic", "http://e.example/lzcb/");
    assertThat(profiles.matching(URI.create("http://e.example/news/2022/07/node.html")))
        .isEmpty();
  }

  @Test
  void theLayoutFolderSiteReadsAsThePcSiteDoes() throws IOException {
    Path root = dir.resolve("gmrb/html");
    copy(PC, root, name -> name, text -> text);
    Files.writeString(root.resolve("layout/index.html"),
        "<html><body><a href=\"202302/11/node_01.html\">第01版：要闻</a></body></html>");

    Edition moved = read(root.resolve("layout/index.html"), "founder-layout");

    assertSameIssue(moved, pcEdition());
  }

  @Test
  void theFlatSiteReadsAsThePcSiteDoes() throws IOException {
    Path root = dir.resolve("nfdaily/html");
    copy(PC, root, name -> name.replace("layout/", "").replace("content/", ""),
        text -> text.replace("../../../content/202302/11/", "").replace("../../../", "../../"));
    Files.writeString(root.resolve("index.html"),
        "<html><head><meta http-equiv=\"refresh\" content=\"0; url=202302/11/node_01.html\">"
            + "</head></html>");

    Edition moved = read(root.resolve("index.html"), "founder-flat");

    assertSameIssue(moved, pcEdition());
    assertThat(moved.pages().get(0).pdf()).endsWith("/nfdaily/html/attachement/202302/11/p01.pdf");
  }

  @Test
  void theConFolderSiteReadsAsThePcSiteDoesWithItsProfileNamed() throws IOException {
    Path root = dir.resolve("shb");
    copy(PC, root.resolve("pc"), name -> name.replace("content/", "con/"),
        text -> text.replace("../../../content/", "../../../con/"));
    Path front = root.resolve("pc/layout/202302/11/node_01.html");

    assertThat(profiles.matching(front.toUri())).map(SiteProfile::name).hasValue("founder-pc");
    assertSameIssue(read(front, "founder-pc-con"), pcEdition());
  }

  private void assertMatch(String url, String profile, String root) {
    SiteProfile found = profiles.matching(URI.create(url)).orElseThrow();
    assertThat(found.name()).as(url).isEqualTo(profile);
    assertThat(found.urls().match(URI.create(url)).orElseThrow().root()).as(url)
        .hasToString(root);
  }

  private Edition read(Path index, String profile) {
    try (EditionSource source = new FounderKind(Sites.FEBRUARY_2023)
        .open(index.toString(), profile, Sites.context(fetcher, Config.empty())).orElseThrow()) {
      return source.newest(Progress.NONE);
    }
  }

  private Edition pcEdition() {
    try (EditionSource source = Sites.open(Sites.folder("pc"), fetcher, Sites.FEBRUARY_2023)) {
      return source.newest(Progress.NONE);
    }
  }

  private static void assertSameIssue(Edition moved, Edition pc) {
    assertThat(moved.date()).isEqualTo(pc.date());
    assertThat(moved.warnings()).isEmpty();
    assertThat(moved.previousIssue()).isEqualTo(pc.previousIssue());
    assertThat(moved.pages()).extracting(Page::label)
        .containsExactlyElementsOf(pc.pages().stream().map(Page::label).toList());
    List<Article> pcArticles = pc.pages().stream().flatMap(p -> p.articles().stream()).toList();
    List<Article> articles = moved.pages().stream().flatMap(p -> p.articles().stream()).toList();
    assertThat(articles).hasSize(pcArticles.size()).isNotEmpty();
    for (int i = 0; i < articles.size(); i++) {
      assertThat(articles.get(i).title()).isEqualTo(pcArticles.get(i).title());
      assertThat(articles.get(i).paragraphs()).isEqualTo(pcArticles.get(i).paragraphs());
      assertThat(articles.get(i).figures()).hasSameSizeAs(pcArticles.get(i).figures());
    }
  }

  /** Copies the tree under {@code from} to {@code to}, renaming paths and rewriting pages. */
  private static void copy(Path from, Path to, java.util.function.UnaryOperator<String> rename,
      java.util.function.UnaryOperator<String> rewrite) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String relative = from.relativize(file).toString().replace('\\', '/');
        Path target = to.resolve(rename.apply(relative));
        Files.createDirectories(target.getParent());
        Files.writeString(target, rewrite.apply(Files.readString(file)));
      }
    }
  }
}
