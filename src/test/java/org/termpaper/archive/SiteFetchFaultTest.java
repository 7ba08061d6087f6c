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
 *
 * <p>The healthy documents are always fetched with timeouts no loaded machine comes near. A
 * fault that only a timer ends (a server that never answers, or drips its body) is met by a
 * fetch with tight timeouts in which the healthy articles are not asked for at all: they were
 * archived by a fetch before it, and the test checks that none of them was asked again.
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
    fetcher = generous();
    archive = Archive.open(dir.resolve("archive.db"));
  }

  private Fetcher generous() {
    return fetcher(Duration.ofSeconds(10), Duration.ofSeconds(30), 3);
  }

  private Fetcher fetcher(Duration read, Duration deadline, int retries) {
    return new Fetcher(HttpSettings.defaults("test")
        .withTimeouts(Duration.ofSeconds(10), read, deadline)
        .withRetries(retries, Duration.ofMillis(5))
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
    assertDamage(fetch(), reason);
    recover();
  }

  /**
   * As {@link #faultThenRecovery}, for a fault that only a timer ends: the healthy articles are
   * archived first (the victim missing), then the fetch with {@code read} and {@code deadline}
   * meets the fault on the victim alone.
   */
  private void timedFaultThenRecovery(Fault fault, Duration read, Duration deadline,
      String reason) {
    server.fail(victimPath, Fault.NOT_FOUND);
    assertDamage(fetch(), "HTTP 404");
    server.heal();
    server.fail(victimPath, fault);
    server.resetCounts();
    fetcher.close();
    // One try: what is tested is the timer, and the healthy page views of this fetch get all
    // of its seconds (a retry would only multiply them).
    fetcher = fetcher(read, deadline, 0);

    assertDamage(fetch(), reason);

    assertThat(articles(original)).filteredOn(a -> !a.id().equals(victim.id()))
        .allSatisfy(a -> assertThat(server.requests(FounderSite.articlePath(DAY, a)))
            .as("requests for the healthy article %s", a.id()).isZero());
    assertThat(server.requests(victimPath)).isEqualTo(1);
    recover();
  }

  private void assertDamage(FetchReport report, String reason) {
    assertThat(report.editions()).singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo(EditionResult.Outcome.PARTIAL));
    assertThat(report.failures()).singleElement().satisfies(f -> {
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
  }

  /** Heals the server and fetches again: the issue is whole, the victim asked for once. */
  private void recover() {
    server.heal();
    server.resetCounts();
    fetcher.close();
    fetcher = generous();
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
    // Each byte comes well within the read timeout; only the deadline ends it.
    timedFaultThenRecovery(Fault.DRIP, Duration.ofSeconds(10), Duration.ofSeconds(3),
        "took longer than 3 s");
  }

  @Test
  void aServerThatNeverAnswers() {
    timedFaultThenRecovery(Fault.NEVER_ANSWERS, Duration.ofSeconds(2), Duration.ofSeconds(30),
        "timed out");
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
