package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.cli.Main;
import org.termpaper.cli.TerminalInfo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code dump} and {@code calendar} on a Founder site served over HTTP. */
class FounderDumpTest {
  /** Fields that hold URLs or warnings, not the paper's text. */
  private static final Set<String> NOT_TEXT = Set.of("url", "src", "pdf", "home", "format",
      "date", "previousIssue", "nextIssue", "warnings", "id", "unavailable");

  @TempDir
  Path dataDir;
  private SiteServer server;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    server = SiteServer.serve(SiteServer.resource("/founder/classic"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
    all.addAll(List.of(args));
    Main main = new Main(new PrintWriter(out), new PrintWriter(err),
        Map.of("HOME", dataDir.toString()), TerminalInfo.PIPE);
    return main.run(all.toArray(String[]::new));
  }

  @Test
  void dumpWritesTheEditionFeedWithNoNoise() {
    String index = server.url("/paperindex.htm").toString();
    int code = run("dump", "--source", index, "--date", "2022-07-14", "--format", "json");
    assertThat(code).as(err.toString()).isZero();
    JsonNode feed = JsonMapper.builder().build().readTree(out.toString());
    assertThat(feed.path("format").asString()).isEqualTo("termpaper.edition/1");
    assertThat(feed.path("paper").path("name").asString()).isEqualTo("东港晨报");
    assertThat(feed.path("previousIssue").asString()).isEqualTo("2022-07-13");
    assertThat(feed.path("pages")).hasSize(4);
    assertThat(feed.path("pages").path(0).path("articles").path(0).path("title").asString())
        .isEqualTo("老码头换新颜 夜市灯火到天明");
    List<String> texts = new ArrayList<>();
    collect(feed, null, texts);
    assertThat(texts).hasSizeGreaterThan(40).allSatisfy(FeedText::assertClean);
    assertThat(err.toString()).contains("termpaper: warning: article “这篇稿件的页面不见了”")
        .contains("HTTP 404");
  }

  @Test
  void calendarListsTheSitesDatesAcrossMonths() {
    String root = server.url("/").toString().replaceFirst("/$", "");
    assertThat(run("calendar", "--source", root)).as(err.toString()).isZero();
    assertThat(out.toString().lines()).contains("2022-06-29", "2022-06-30", "2022-07-01",
        "2022-07-14");
  }

  @Test
  void aDateTheSiteLacksFailsWithTheNearestDates() {
    String index = server.url("/paperindex.htm").toString();
    assertThat(run("dump", "--source", index, "--date", "2022-07-05")).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo(
        "termpaper: no issue of 东港晨报 on 2022-07-05; nearest: 2022-06-30, 2022-07-01, "
            + "2022-07-04");
  }

  @Test
  void aListedIssueWhoseFrontPageIsGoneSaysSoNotThatThereIsNoIssue() {
    String index = server.url("/paperindex.htm").toString();
    String front = server.url("/html/2022-07/04/node_2.htm").toString();
    String line = "the issue of 2022-07-04 is listed in the site's calendar, but its front page"
        + " could not be read (HTTP 404): " + front;

    assertThat(run("dump", "--source", index, "--date", "2022-07-04")).isEqualTo(1);
    assertThat(err.toString().strip()).isEqualTo("termpaper: " + line);

    err.getBuffer().setLength(0);
    assertThat(run("fetch", "--source", index, "--date", "2022-07-04")).isEqualTo(1);
    assertThat(err.toString() + out).contains(line).doesNotContain("nearest");
  }

  @Test
  void anArticleUrlAsSourcePrintsThatArticle() {
    String article = server.url("/html/2022-07/14/content_301.htm").toString();

    assertThat(run("dump", "--source", article)).as(err.toString()).isZero();
    assertThat(out.toString()).startsWith("李镕的老街故事").doesNotContain("老码头换新颜")
        .doesNotContain("== 第");

    out.getBuffer().setLength(0);
    assertThat(run("dump", "--source", article, "--format", "json")).isZero();
    JsonNode feed = JsonMapper.builder().build().readTree(out.toString());
    assertThat(feed.path("pages")).hasSize(1);
    assertThat(feed.path("pages").path(0).path("number").asString()).isEqualTo("03");
    assertThat(feed.path("pages").path(0).path("articles")).hasSize(1);
    assertThat(feed.path("pages").path(0).path("articles").path(0).path("id").asString())
        .isEqualTo("content_301");
  }

  @Test
  void anArticleUrlWithAPageOrAnotherDateAsksForThatInstead() {
    String article = server.url("/html/2022-07/14/content_301.htm").toString();

    assertThat(run("dump", "--source", article, "--page", "01")).isZero();
    assertThat(out.toString()).contains("== 第01版 要闻 ==", "老码头换新颜")
        .doesNotContain("李镕的老街故事");

    out.getBuffer().setLength(0);
    assertThat(run("dump", "--source", article, "--date", "2022-07-13")).isZero();
    assertThat(out.toString()).startsWith("东港晨报  2022-07-13");
  }

  @Test
  void aPageOrArticleGetsOnlyTheWarningsAboutIt() {
    String index = server.url("/paperindex.htm").toString();
    String missing = "content_202.htm";
    String misdeclared = "content_402.htm: declared gb2312";

    assertThat(run("dump", "--source", index, "--page", "03")).isZero();
    assertThat(err.toString()).doesNotContain("warning");

    assertThat(run("dump", "--source", index, "--page", "02")).isZero();
    assertThat(err.toString()).contains(missing).doesNotContain(misdeclared);

    err.getBuffer().setLength(0);
    assertThat(run("dump", "--source", index, "--article", "content_402")).isZero();
    assertThat(err.toString()).contains(misdeclared).doesNotContain(missing);

    err.getBuffer().setLength(0);
    assertThat(run("dump", "--source", index, "--article", "content_401")).isZero();
    assertThat(err.toString()).doesNotContain("warning");
  }

  @Test
  void aSourceNamedInTheConfigUsesItsProfile() throws IOException {
    Files.writeString(dataDir.resolve("config.toml"), """
        [sources.donggang]
        url = "%s"
        profile = "my-paper"

        [profiles.my-paper]
        base = "founder-classic"
        [profiles.my-paper.paper]
        name = "东港晨报（测试）"
        """.formatted(server.url("/paperindex.htm")));
    assertThat(run("dump", "--source", "donggang", "--page", "03")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("== 第03版 东港 ==", "李镕的老街故事", "𠮷田");
    assertThat(run("calendar", "--source", "donggang", "--format", "json")).isZero();
    assertThat(out.toString()).contains("东港晨报（测试）");
  }

  private static void collect(JsonNode node, String field, List<String> texts) {
    if (node.isString() && (field == null || !NOT_TEXT.contains(field))) {
      texts.add(node.asString());
    } else if (node.isArray()) {
      node.forEach(item -> collect(item, field, texts));
    } else if (node.isObject()) {
      node.propertyNames().forEach(name -> collect(node.path(name), name, texts));
    }
  }
}
