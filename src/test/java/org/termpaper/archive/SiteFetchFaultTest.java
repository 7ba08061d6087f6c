package org.termpaper.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.config.Config;
import org.termpaper.config.DataDirs;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.net.Fetcher;
import org.termpaper.net.HttpSettings;
import org.termpaper.source.EditionSource;
import org.termpaper.source.SourceContext;
import org.termpaper.source.founder.FounderKind;
import org.termpaper.testing.Editions;
import org.termpaper.testing.FounderSite;
import org.termpaper.testing.PaperServer;
import org.termpaper.testing.PaperServer.Fault;

/**
 * Each fault of a server, on one article of a four-page, sixteen-article Founder site: the rest
 * of the issue is archived, the article is reported, and a later fetch completes the issue.
 */
class SiteFetchFaultTest {
  static final LocalDate DAY = LocalDate.of(2022, 7, 14);
  static final Clock TODAY = Clock.fixed(Instant.parse("2022-07-20T08:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  private final Edition original = Editions.generate(DAY, 4, 4);
  private final Article victim = original.pages().get(1).articles().get(2);
  private final String victimPath = FounderSite.articlePath(DAY, victim);
  private FounderSite site;
  private PaperServer server;
  private Fetcher fetcher;
  private Archive archive;
  private String paperId;

  @BeforeEach
  void start() throws Exception {
    site = FounderSite.of(List.of(original));
    server = PaperServer.serve(site);
    fetcher = fetcher(Duration.ofMillis(800), Duration.ofSeconds(4));
    archive = Archive.open(dir.resolve("archive.db"));
  }

  private Fetcher fetcher(Duration read, Duration deadline) {
    return new Fetcher(HttpSettings.defaults("test")
        .withTimeouts(Duration.ofMillis(500), read, deadline)
        .withRetries(3, Duration.ofMillis(5))
        .withCache(dir.resolve("cache"), 10_000_000));
  }

  @AfterEach
  void stop() {
    archive.close();
    fetcher.close();
    server.close();
  }

  private FetchReport fetch() {
    String location = server.url("/paperindex.htm").toString();
    SourceContext context = new SourceContext(fetcher, Config.empty(),
        DataDirs.under(dir.resolve("data")));
    FetchReport report;
    try (EditionSource source = new FounderKind(TODAY).open(location, null, context)
        .orElseThrow()) {
      report = new Downloader(archive, fetcher).fetch(source, location, FetchRequest.of(DAY),
          FetchListener.NONE);
    }
    paperId = report.paper().id();
    return report;
  }

  /** Fetches with the fault on the victim, checks the damage, heals, and fetches again. */
  private void faultThenRecovery(Fault fault, String reason) {
    server.fail(victimPath, fault);

    FetchReport first = fetch();

    assertThat(first.editions()).singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo(EditionResult.Outcome.PARTIAL));
    assertThat(first.failures()).singleElement().satisfies(f -> {
      assertThat(f.page()).isEqualTo("02");
      assertThat(f.part()).contains(victim.title());
      assertThat(f.reason()).contains(reason);
    });
    Edition stored = archive.edition(paperId, DAY).orElseThrow();
    assertThat(stored.articleCount()).isEqualTo(16);
    assertThat(articles(stored)).filteredOn(Article::isUnavailable).singleElement()
        .satisfies(a -> {
          assertThat(a.id()).isEqualTo(victim.id());
          assertThat(a.paragraphs()).isEmpty();
        });
    assertThat(articles(stored)).filteredOn(a -> !a.isUnavailable())
        .allSatisfy(a -> assertThat(a.paragraphs()).isEqualTo(paragraphsOf(a.id())));

    server.heal();
    server.resetCounts();
    // Nothing fails now: generous timeouts, so that a loaded machine does not make it fail.
    fetcher.close();
    fetcher = fetcher(Duration.ofSeconds(10), Duration.ofSeconds(30));
    FetchReport second = fetch();

    assertThat(second.failures()).isEmpty();
    assertThat(second.editions().get(0).recovered()).isEqualTo(1);
    Edition healed = archive.edition(paperId, DAY).orElseThrow();
    assertThat(articles(healed)).noneMatch(Article::isUnavailable);
    assertThat(articles(healed)).filteredOn(a -> a.id().equals(victim.id())).singleElement()
        .satisfies(a -> assertThat(a.paragraphs()).isEqualTo(victim.paragraphs()));
    assertThat(server.requests(victimPath)).isEqualTo(1);
  }

  @Test
  void aServerErrorOnceIsRetriedAndTheIssueIsWhole() {
    server.fail(victimPath, Fault.SERVER_ERROR, 1);

    FetchReport report = fetch();

    assertThat(report.isComplete()).isTrue();
    assertThat(server.requests(victimPath)).isEqualTo(2);
  }

  @Test
  void aServerErrorThatLasts() {
    faultThenRecovery(Fault.SERVER_ERROR, "HTTP 500");
    assertThat(archive.status(paperId, DAY).orElseThrow().isComplete()).isTrue();
  }

  @Test
  void aConnectionResetMidBody() {
    faultThenRecovery(Fault.RESET_MID_BODY, "end of stream");
  }

  @Test
  void aServerThatDripsItsBody() {
    // Each byte comes well within the read timeout; only the deadline ends it. The deadline
    // leaves every healthy document seconds of room, even on a loaded machine.
    fetcher.close();
    fetcher = fetcher(Duration.ofSeconds(5), Duration.ofSeconds(3));
    faultThenRecovery(Fault.DRIP, "took longer than 3 s");
  }

  @Test
  void aServerThatNeverAnswers() {
    faultThenRecovery(Fault.NEVER_ANSWERS, "timed out");
  }

  @Test
  void notFound() {
    faultThenRecovery(Fault.NOT_FOUND, "HTTP 404");
  }

  @Test
  void aTruncatedGzipBody() {
    faultThenRecovery(Fault.TRUNCATED_GZIP, "EOF");
  }

  @Test
  void aRedirectLoop() {
    faultThenRecovery(Fault.REDIRECT_LOOP, "too many redirects");
  }

  @Test
  void aWrongCharsetIsOverruledAndTheTextReadsRight() {
    site.recodeAsGbk(victimPath);

    FetchReport report = fetch();

    assertThat(report.isComplete()).isTrue();
    Edition stored = archive.edition(paperId, DAY).orElseThrow();
    assertThat(articles(stored)).filteredOn(a -> a.id().equals(victim.id())).singleElement()
        .satisfies(a -> assertThat(a.paragraphs()).isEqualTo(victim.paragraphs()));
    assertThat(stored.warnings()).anySatisfy(w -> assertThat(w).contains(victim.id()));
  }

  private List<String> paragraphsOf(String id) {
    return articles(original).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow()
        .paragraphs();
  }

  static List<Article> articles(Edition edition) {
    return edition.pages().stream().flatMap(p -> p.articles().stream()).toList();
  }
}
