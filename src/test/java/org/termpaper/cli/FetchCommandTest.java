package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.archive.EditionResult;
import org.termpaper.model.Edition;
import org.termpaper.testing.Editions;
import org.termpaper.testing.FounderSite;
import org.termpaper.testing.PaperServer;
import org.termpaper.testing.PaperServer.Fault;

class FetchCommandTest {
  private static final LocalDate D13 = LocalDate.of(2022, 7, 13);
  private static final LocalDate D14 = LocalDate.of(2022, 7, 14);

  @TempDir
  Path data;

  private final List<Edition> editions =
      List.of(Editions.generate(D13, 4, 4), Editions.generate(D14, 4, 4));
  private FounderSite site;
  private PaperServer server;
  private String url;

  @BeforeEach
  void start() throws Exception {
    site = FounderSite.of(editions);
    server = PaperServer.serve(site);
    url = server.url("/paperindex.htm").toString();
    Files.writeString(data.resolve("config.toml"), """
        [http]
        connect-timeout = 1
        read-timeout = 2
        deadline = 3
        """);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private CliRun run(String... args) {
    return CliRun.of(data, args);
  }

  @Test
  void fetchesTheNewestIssueAndSummarises() {
    CliRun run = run("fetch", "--source", url);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("2022-07-14: 16 articles, fetched");
    assertThat(run.out()).contains("1 issue: 1 fetched").contains("16 articles;")
        .contains("transferred");
  }

  @Test
  void theSummaryCountsTheCalendarProbeOfAFeedFolderToo() throws Exception {
    Path town = Path.of(FetchCommandTest.class.getResource("/feeds/town/calendar.json").toURI())
        .getParent();
    try (MockWebServer feeds = new MockWebServer()) {
      feeds.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          Path file = town.resolve(request.getUrl().pathSegments().get(1));
          try {
            return new MockResponse.Builder().body(new Buffer().write(Files.readAllBytes(file)))
                .build();
          } catch (IOException e) {
            return new MockResponse.Builder().code(404).build();
          }
        }
      });
      feeds.start();

      CliRun run = run("fetch", "--source", feeds.url("/feeds/").toString(), "--date",
          "2022-07-14");

      Matcher summary = Pattern.compile("in (\\d+) requests? \\((\\d+) answered by the cache "
          + "alone, \\d+ not modified\\)").matcher(run.out());
      assertThat(summary.find()).as(run.out() + run.err()).isTrue();
      assertThat(Integer.parseInt(summary.group(1)) - Integer.parseInt(summary.group(2)))
          .isEqualTo(feeds.getRequestCount()).isEqualTo(2);
    }
  }

  @Test
  void aRangeFetchesEveryIssueInIt() {
    CliRun run = run("fetch", "--source", url, "--from", "2022-07-01", "--to", "2022-07-31");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("2 issues: 2 fetched").contains("32 articles;");
  }

  @Test
  void aSecondFetchOfAnUnchangedIssueCostsUnderFivePercentOfTheFirst() {
    run("fetch", "--source", url);
    long first = server.bodyBytesSent();
    server.resetCounts();

    CliRun again = run("fetch", "--source", url);
    long second = server.bodyBytesSent();
    server.resetCounts();
    CliRun refresh = run("fetch", "--source", url, "--refresh");

    assertThat(again.out()).contains("1 already archived");
    assertThat(second).isLessThanOrEqualTo(first / 20);
    assertThat(refresh.exitCode()).isZero();
    assertThat(server.bodyBytesSent()).isLessThanOrEqualTo(first / 20);
  }

  @Test
  void withGzipTheFirstFetchCostsUnderFortyPercentOfTheHtml() {
    run("fetch", "--source", url, "--date", "2022-07-14");

    long html = site.documents().entrySet().stream()
        .filter(e -> e.getKey().contains("/14/")).mapToLong(e -> e.getValue().body().length)
        .sum();
    assertThat(server.bodyBytesSent()).isLessThanOrEqualTo(html * 40 / 100);
  }

  @Test
  void aPartialFetchExitsOneNamingTheArticleAndALaterFetchCompletesIt() {
    String victim = FounderSite.articlePath(D14, editions.get(1).pages().get(2).articles().get(0));
    server.fail(victim, Fault.NOT_FOUND);

    CliRun first = run("fetch", "--source", url);

    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(first.out()).contains("1 incomplete").contains("missing (fetch again")
        .contains("2022-07-14 page 03").contains("HTTP 404");
    assertThat(first.err().lines().filter(l -> l.startsWith("termpaper: "))).hasSize(1);

    server.heal();
    CliRun second = run("fetch", "--source", url);

    assertThat(second.exitCode()).isZero();
    assertThat(second.err()).contains("(1 completed)");
  }

  @Test
  void aRangeWithoutIssuesIsAFailureSayingSo() {
    CliRun run = run("fetch", "--source", url, "--from", "2022-08-01", "--to", "2022-08-31");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("has no issues from 2022-08-01 to 2022-08-31");
    assertThat(run("sources").out()).doesNotContain("archive:");
  }

  @Test
  void theReadersDKeyDownloadsTheIssueBeingReadIntoTheArchive() {
    try (AppContext app = new AppContext(data, Map.of("HOME", data.toString()), false)) {
      EditionResult result = ReadCommand.downloads(app, url).download(D13, (done, total) -> { });
      assertThat(result.outcome()).isEqualTo(EditionResult.Outcome.FETCHED);
      assertThat(result.articles()).isEqualTo(16);
    }
    try (AppContext offline = new AppContext(data, Map.of("HOME", data.toString()), true)) {
      assertThatThrownBy(() -> ReadCommand.downloads(offline, url).download(D14, (d, t) -> { }))
          .hasMessageContaining("offline");
    }
    assertThat(run("sources").out()).contains("1 issue: 2022-07-13");
  }

  @Test
  void theDateAndARangeCannotBeGivenTogether() {
    CliRun run = run("fetch", "--source", url, "--date", "2022-07-14", "--from", "2022-07-01");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.failedWithOneLine()).isTrue();
  }

  @Test
  void fetchingWhileOfflineFailsWithoutARequest() {
    CliRun run = run("--offline", "fetch", "--source", url);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("cannot fetch while offline");
    assertThat(server.requestCount()).isZero();
  }

  @Test
  void searchFindsArchivedArticlesWithDatePageTitleAndSnippet() {
    run("fetch", "--source", url, "--from", "2022-07-13", "--to", "2022-07-14");
    String title = editions.get(0).pages().get(1).articles().get(3).title();

    CliRun run = run("search", title);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .startsWith("2022-07-13  第02版 综合  ").contains(title);
    assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).startsWith("    ")
        .contains(title);
  }

  @Test
  void progressIsRedrawnInPlaceOnlyWhenStandardErrorIsATerminal() {
    CliRun toTerminal = CliRun.on(new TerminalInfo(false, 0, true), Map.of(), data, "fetch",
        "--source", url, "--date", "2022-07-13");
    CliRun toPipe = CliRun.on(new TerminalInfo(true, 80, false), Map.of(), data, "fetch",
        "--source", url, "--date", "2022-07-14");

    assertThat(toTerminal.err()).contains("\r");
    assertThat(toPipe.err()).doesNotContain("\r").contains("2022-07-14: 16 articles, fetched");
  }

  @Test
  void searchSetsTheMatchInBoldOnlyOnATerminalThatTakesIt() {
    run("fetch", "--source", url, "--date", "2022-07-13");
    String title = editions.get(0).pages().get(1).articles().get(3).title();
    TerminalInfo terminal = new TerminalInfo(true, 80);

    assertThat(CliRun.on(terminal, Map.of(), data, "search", title).out())
        .contains("\u001b[1m" + title + "\u001b[0m");
    assertThat(CliRun.on(terminal, Map.of("NO_COLOR", "1"), data, "search", title).out())
        .contains(title).doesNotContain("\u001b");
    assertThat(CliRun.on(terminal, Map.of("TERM", "dumb"), data, "search", title).out())
        .contains(title).doesNotContain("\u001b");
    assertThat(CliRun.on(TerminalInfo.PIPE, Map.of(), data, "search", title).out())
        .contains(title).doesNotContain("\u001b");
  }

  @Test
  void sourcesListsTheConfiguredSourcesAndTheirArchivedDates() throws Exception {
    Files.writeString(data.resolve("config.toml"), "source = \"harbour\"\n"
        + "[sources.harbour]\nurl = \"" + url + "\"\n");
    run("fetch", "--from", "2022-07-13", "--to", "2022-07-14");

    CliRun run = run("sources");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("harbour (default)  " + url)
        .contains("2 issues: 2022-07-13 – 2022-07-14");
  }
}
