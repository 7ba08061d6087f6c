package org.termpaper.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.config.Config;
import org.termpaper.config.DataDirs;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Page;
import org.termpaper.model.Paper;
import org.termpaper.net.FetchException;
import org.termpaper.net.Fetcher;
import org.termpaper.net.HttpSettings;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import org.termpaper.source.SourceContext;
import org.termpaper.source.SourceResolver;
import org.termpaper.source.feed.FeedWriter;
import org.termpaper.testing.Editions;

class DownloaderTest {
  private static final LocalDate D13 = LocalDate.of(2022, 7, 13);
  private static final LocalDate D14 = LocalDate.of(2022, 7, 14);

  @TempDir
  Path dir;

  private Archive archive;
  private Fetcher fetcher;
  private Downloader downloader;
  private final MemorySource source = new MemorySource();

  @BeforeEach
  void open() {
    archive = Archive.open(dir.resolve("archive.db"));
    fetcher = new Fetcher(HttpSettings.defaults("test"));
    downloader = new Downloader(archive, fetcher);
    source.put(Editions.generate(D13, 2, 2));
    source.put(Editions.generate(D14, 2, 2));
  }

  @AfterEach
  void close() {
    fetcher.close();
    archive.close();
  }

  private FetchReport fetch(FetchRequest request) {
    return downloader.fetch(source, "http://paper.example/", request, FetchListener.NONE);
  }

  /** A fetch from a feed on the disk, whose issues may name files. */
  private FetchReport fetchLocal(FetchRequest request) {
    return downloader.fetch(source, dir.resolve("feed").toString(), request, FetchListener.NONE);
  }

  @Test
  void withoutADateTheNewestIssueIsFetched() {
    FetchReport report = fetch(FetchRequest.newest());

    assertThat(report.editions()).extracting(EditionResult::date).containsExactly(D14);
    assertThat(report.articles()).isEqualTo(4);
    assertThat(archive.edition("tpdaily", D14)).contains(source.editions.get(D14));
    assertThat(archive.paperAt("http://paper.example/")).contains(Editions.PAPER);
  }

  @Test
  void aRangeFetchesTheIssuesTheCalendarHasInIt() {
    FetchReport report = fetch(new FetchRequest(D13.minusDays(5), D14, false, false, false));

    assertThat(report.editions()).extracting(EditionResult::outcome)
        .containsExactly(EditionResult.Outcome.FETCHED, EditionResult.Outcome.FETCHED);
    assertThat(report.isComplete()).isTrue();
  }

  @Test
  void anIssueArchivedWholeIsSkippedWithoutReadingTheSource() {
    fetch(FetchRequest.of(D14));
    source.reads.clear();

    FetchReport again = fetch(FetchRequest.of(D14));

    assertThat(again.editions()).extracting(EditionResult::outcome)
        .containsExactly(EditionResult.Outcome.SKIPPED);
    assertThat(source.reads).isEmpty();
  }

  @Test
  void aPartialIssueIsArchivedMarkedAndCompletedByALaterFetch() {
    Edition whole = source.editions.get(D14);
    source.put(ArchiveTest.markFirst(whole, "HTTP 500"));

    FetchReport first = fetch(FetchRequest.of(D14));

    assertThat(first.editions().get(0).outcome()).isEqualTo(EditionResult.Outcome.PARTIAL);
    assertThat(first.failures()).singleElement().satisfies(f -> {
      assertThat(f.page()).isEqualTo("01");
      assertThat(f.reason()).isEqualTo("HTTP 500");
      assertThat(f.part()).contains(whole.pages().get(0).articles().get(0).title());
    });
    assertThat(archive.status("tpdaily", D14).orElseThrow().unavailable()).isEqualTo(1);

    source.put(whole);
    FetchReport second = fetch(FetchRequest.of(D14));

    assertThat(second.editions().get(0).outcome()).isEqualTo(EditionResult.Outcome.UPDATED);
    assertThat(second.editions().get(0).recovered()).isEqualTo(1);
    assertThat(archive.edition("tpdaily", D14)).contains(whole);
  }

  @Test
  void anArticleThatFailsAgainKeepsTheTextReadBefore() {
    Edition whole = source.editions.get(D14);
    fetch(FetchRequest.of(D14));
    source.put(ArchiveTest.markFirst(whole, "connection reset"));

    FetchReport refresh = fetch(FetchRequest.of(D14).withRefresh(true));

    assertThat(refresh.isComplete()).isTrue();
    assertThat(archive.edition("tpdaily", D14)).contains(whole);
  }

  @Test
  void anIssueThatFailsWholeLeavesTheArchiveAsItWas() {
    source.failing = new FetchException(java.net.URI.create("http://paper.example/node_1.htm"),
        0, "timed out");

    FetchReport report = fetch(FetchRequest.of(D14));

    assertThat(report.editions().get(0).outcome()).isEqualTo(EditionResult.Outcome.FAILED);
    assertThat(report.failures().get(0).describe()).contains("2022-07-14", "timed out");
    assertThat(archive.editions("tpdaily")).isEmpty();
  }

  @Test
  void aDateTheSourceLacksIsAFailureNamingTheNearest() {
    FetchReport report = fetch(FetchRequest.of(D14.plusDays(1)));

    assertThat(report.failures()).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("nearest", "2022-07-14"));
  }

  @Test
  void picturesAreKeptAndOnlyMissingOnesFetchedLater() throws Exception {
    Path picture = Files.write(dir.resolve("p1.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8});
    Edition withPicture = withFigure(source.editions.get(D14), picture.toUri().toString());
    source.put(withPicture);
    fetchLocal(FetchRequest.of(D14));
    assertThat(archive.resourceUrls("tpdaily", D14)).isEmpty();

    FetchReport images = fetchLocal(FetchRequest.of(D14).withImages(true));

    assertThat(images.editions().get(0).outcome()).isEqualTo(EditionResult.Outcome.UPDATED);
    assertThat(archive.resource(picture.toUri().toString()).orElseThrow().data())
        .containsExactly(0xFF, 0xD8);
    assertThat(fetchLocal(FetchRequest.of(D14).withImages(true)).editions().get(0).outcome())
        .isEqualTo(EditionResult.Outcome.SKIPPED);
  }

  @Test
  void thePageImageIsKeptWithThePicturesAndOnlyWhenPicturesAreAsked() throws Exception {
    Path scan = Files.write(dir.resolve("page01.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Edition edition = source.editions.get(D14);
    Page first = edition.pages().get(0).withImage(new org.termpaper.model.PageImage(
        scan.toUri().toString(), List.of()));
    List<Page> pages = new ArrayList<>(edition.pages());
    pages.set(0, first);
    source.put(edition.withPages(pages));
    fetchLocal(FetchRequest.of(D14));
    assertThat(archive.resourceUrls("tpdaily", D14)).isEmpty();

    FetchReport images = fetchLocal(FetchRequest.of(D14).withImages(true));

    assertThat(images.editions().get(0).outcome()).isEqualTo(EditionResult.Outcome.UPDATED);
    assertThat(archive.resource(scan.toUri().toString()).orElseThrow().kind())
        .isEqualTo(Resource.Kind.IMAGE);
    assertThat(archive.edition("tpdaily", D14).orElseThrow().pages().get(0).image().url())
        .isEqualTo(scan.toUri().toString());
    assertThat(fetchLocal(FetchRequest.of(D14).withImages(true)).editions().get(0).outcome())
        .isEqualTo(EditionResult.Outcome.SKIPPED);
  }

  @Test
  void aPictureThatFailsIsReportedAndTheTextIsKept() {
    source.put(withFigure(source.editions.get(D14), dir.resolve("missing.jpg").toUri().toString()));

    FetchReport report = fetchLocal(FetchRequest.of(D14).withImages(true));

    assertThat(report.failures()).singleElement()
        .satisfies(f -> assertThat(f.part()).startsWith("picture of"));
    assertThat(archive.status("tpdaily", D14).orElseThrow().isComplete()).isTrue();
  }

  @Test
  void anIssueFromTheNetworkNeverHasFilesFetched() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "password");
    Edition issue = withFigure(source.editions.get(D14), secret.toUri().toString());
    Page first = issue.pages().get(0);
    List<Page> pages = new ArrayList<>(issue.pages());
    pages.set(0, new Page(first.number(), first.name(), first.url(), secret.toUri().toString(),
        first.articles()));
    source.put(issue.withPages(pages));

    FetchReport report = fetch(FetchRequest.of(D14).withImages(true).withPdfs(true));

    assertThat(report.isComplete()).isTrue();
    assertThat(archive.resourceUrls("tpdaily", D14)).isEmpty();
    assertThat(archive.resource(secret.toUri().toString())).isEmpty();
  }

  @Test
  void aLocalIssueHasOnlyRegularFilesFetched() {
    source.put(withFigure(source.editions.get(D14), "file:///dev/zero"));

    FetchReport report = fetchLocal(FetchRequest.of(D14).withImages(true));

    assertThat(report.failures()).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("not a regular file"));
    assertThat(archive.resourceUrls("tpdaily", D14)).isEmpty();
  }

  @Test
  void aFeedWhoseIssuesNameAnotherPaperIsArchivedUnderItsCalendarsPaper() throws Exception {
    Path feed = Files.createDirectories(dir.resolve("feed"));
    Edition issue = source.editions.get(D14);
    Files.writeString(feed.resolve("calendar.json"),
        FeedWriter.calendar(new IssueCalendar(Editions.PAPER, List.of(D14))));
    Files.writeString(feed.resolve(D14 + ".json"), FeedWriter.edition(new Edition(
        new Paper("other", "别的报", null), D14, null, null, null, issue.pages(), List.of())));
    SourceResolver resolver = new SourceResolver(
        new SourceContext(fetcher, Config.empty(), DataDirs.under(dir)));

    List<EditionResult.Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      try (EditionSource fromFeed = resolver.resolveOnline(feed.toString())) {
        outcomes.add(downloader.fetch(fromFeed, feed.toString(), FetchRequest.of(D14),
            FetchListener.NONE).editions().get(0).outcome());
      }
    }

    assertThat(outcomes).containsExactly(EditionResult.Outcome.FETCHED,
        EditionResult.Outcome.SKIPPED);
    assertThat(archive.papers()).containsExactly(Editions.PAPER);
    assertThat(archive.edition("tpdaily", D14).orElseThrow().articleCount()).isEqualTo(4);
  }

  @Test
  void aRelativePathIsRememberedAsTheAbsolutePathItNamesNow() {
    downloader.fetch(source, "feeds/../h/x.json", FetchRequest.of(D14), FetchListener.NONE);

    String absolute = Path.of("h/x.json").toAbsolutePath().toString();
    assertThat(archive.locations("tpdaily")).containsExactly(absolute);
    assertThat(archive.paperAt(absolute)).contains(Editions.PAPER);
    assertThat(archive.paperAt("h/x.json")).contains(Editions.PAPER);
  }

  private static Edition withFigure(Edition edition, String src) {
    Page first = edition.pages().get(0);
    List<Article> articles = new ArrayList<>(first.articles());
    Article a = articles.get(1);
    articles.set(1, new Article(a.id(), a.url(), a.preTitle(), a.title(), a.subtitle(),
        a.author(), a.paragraphs(), List.of(new Figure(src, "图片说明"))));
    List<Page> pages = new ArrayList<>(edition.pages());
    pages.set(0, new Page(first.number(), first.name(), first.url(), first.pdf(), articles));
    return edition.withPages(pages);
  }

  /** A source over editions in memory that records what it was asked for. */
  static final class MemorySource implements EditionSource {
    final Map<LocalDate, Edition> editions = new HashMap<>();
    final List<LocalDate> reads = new ArrayList<>();
    RuntimeException failing;

    void put(Edition edition) {
      editions.put(edition.date(), edition);
    }

    @Override
    public String location() {
      return "memory:";
    }

    @Override
    public IssueCalendar calendar() {
      return new IssueCalendar(Editions.PAPER, new ArrayList<>(editions.keySet()));
    }

    @Override
    public Edition edition(LocalDate date, Progress progress) {
      reads.add(date);
      if (failing != null) {
        throw failing;
      }
      return editions.get(date);
    }
  }
}
