package org.termpaper.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.testing.Editions;
import org.termpaper.testing.FounderSite;
import org.termpaper.testing.PaperServer;

/** Scheduled fetching against a loopback Founder site, on a clock moved by hand. */
class FetchSchedulerTest {
  private static final Instant NOW = Instant.parse("2022-07-20T08:00:00Z");

  @TempDir
  Path dir;
  private final ManualTimer timer = new ManualTimer(NOW);
  private final List<String> announced = new CopyOnWriteArrayList<>();
  private StationFixture fixture;
  private PaperServer server;

  @AfterEach
  void close() {
    if (server != null) {
      server.close();
    }
    fixture.close();
  }

  private static List<Edition> issues(int... days) {
    List<Edition> editions = new ArrayList<>();
    for (int day : days) {
      editions.add(Editions.generate(LocalDate.of(2022, 7, day), 2, 2));
    }
    return editions;
  }

  private FetchScheduler scheduler(Duration every, ServedSource... sources) {
    fixture = fixture == null ? new StationFixture(dir, timer) : fixture;
    StationContext station = fixture.context(List.of(sources), timer);
    station.onIssueArchived((source, date) -> announced.add(source.name() + " " + date));
    return new FetchScheduler(station, every, timer);
  }

  private ServedSource site(String name, List<Edition> editions) throws IOException {
    server = PaperServer.serve(FounderSite.of(editions));
    String url = server.url("/paperindex.htm").toString();
    return new ServedSource(name, url, url);
  }

  private List<LocalDate> archived() {
    return fixture.archive.calendar(paperId()).orElseThrow().issues();
  }

  private String paperId() {
    return fixture.archive.papers().get(0).id();
  }

  @Test
  void atStartTheIssuesOfTheLastSevenDaysAreFetchedAndNoneOlder() throws IOException {
    FetchScheduler scheduler = scheduler(null, site("tp", issues(10, 12, 14, 16, 18)));

    scheduler.start();
    timer.advance(Duration.ZERO);

    assertThat(archived()).containsExactly(LocalDate.of(2022, 7, 14), LocalDate.of(2022, 7, 16),
        LocalDate.of(2022, 7, 18));
    assertThat(announced).containsExactly("tp 2022-07-14", "tp 2022-07-16", "tp 2022-07-18");
    assertThat(fixture.log()).contains("fetch tp: 3 issues: 3 fetched, 0 already archived");
    assertThat(timer.pending()).as("no --fetch-every: one round").isZero();
  }

  @Test
  void aNewestIssueOlderThanAWeekIsFetchedAlone() throws IOException {
    FetchScheduler scheduler = scheduler(null, site("tp", issues(1, 3)));

    scheduler.start();
    timer.advance(Duration.ZERO);

    assertThat(archived()).containsExactly(LocalDate.of(2022, 7, 3));
  }

  @Test
  void everyIntervalMissingPartsAndNewIssuesAreFetchedAndWholeOnesCostNothing()
      throws IOException {
    List<Edition> first = issues(14, 18);
    ServedSource tp = site("tp", first);
    Article broken = first.get(1).pages().get(0).articles().get(1);
    server.fail(FounderSite.articlePath(LocalDate.of(2022, 7, 18), broken),
        PaperServer.Fault.SERVER_ERROR);
    FetchScheduler scheduler = scheduler(Duration.ofHours(1), tp);
    scheduler.start();
    timer.advance(Duration.ZERO);
    assertThat(fixture.archive.status(paperId(), LocalDate.of(2022, 7, 18)).orElseThrow()
        .isComplete()).isFalse();

    server.heal();
    // The site publishes the issue of the 19th; the station hears of it at the next round.
    server.site().documents().putAll(FounderSite.of(issues(14, 18, 19)).documents());
    int requests = server.requestCount();
    timer.advance(Duration.ofMinutes(59));
    assertThat(server.requestCount()).as("nothing before the hour").isEqualTo(requests);
    timer.advance(Duration.ofMinutes(1));

    assertThat(fixture.archive.status(paperId(), LocalDate.of(2022, 7, 18)).orElseThrow()
        .isComplete()).isTrue();
    assertThat(archived()).containsExactly(LocalDate.of(2022, 7, 14), LocalDate.of(2022, 7, 18),
        LocalDate.of(2022, 7, 19));
    assertThat(fixture.log()).contains("fetch tp: 3 issues: 2 fetched, 1 already archived");
    assertThat(announced).containsExactly("tp 2022-07-14", "tp 2022-07-18", "tp 2022-07-18",
        "tp 2022-07-19");
    assertThat(timer.pending()).isEqualTo(1);
  }

  @Test
  void aSourceThatFailsIsLoggedAndTheNextIsFetched() throws IOException {
    ServedSource good = site("tp", issues(18));
    ServedSource bad = new ServedSource("gone", "http://127.0.0.1:9/paperindex.htm",
        "http://127.0.0.1:9/paperindex.htm");
    FetchScheduler scheduler = scheduler(null, bad, good);

    scheduler.start();
    timer.advance(Duration.ZERO);

    assertThat(fixture.log()).containsPattern("fetch error: gone: .+")
        .contains("fetch tp: 1 issue: 1 fetched");
    assertThat(archived()).containsExactly(LocalDate.of(2022, 7, 18));
  }

  @Test
  void afterStopNothingMoreRuns() throws IOException {
    FetchScheduler scheduler = scheduler(Duration.ofHours(1), site("tp", issues(18)));
    scheduler.start();
    timer.advance(Duration.ZERO);
    int requests = server.requestCount();

    assertThat(scheduler.stop(Duration.ofSeconds(1))).isTrue();
    timer.advance(Duration.ofHours(5));

    assertThat(server.requestCount()).isEqualTo(requests);
  }

  @Test
  void stopEndsAFetchWaitingOnTheNetworkWithinTheDeadlineAndKeepsNothingHalfWritten()
      throws Exception {
    List<Edition> editions = issues(18);
    ServedSource tp = site("tp", editions);
    Article stalled = editions.get(0).pages().get(1).articles().get(0);
    String path = FounderSite.articlePath(LocalDate.of(2022, 7, 18), stalled);
    server.fail(path, PaperServer.Fault.NEVER_ANSWERS);
    fixture = new StationFixture(dir, timer);
    FetchScheduler scheduler = new FetchScheduler(fixture.context(List.of(tp), timer),
        Duration.ofHours(1), FetchTimer.thread());
    scheduler.start();
    long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (server.requests(path) == 0 && System.nanoTime() < giveUp) {
      Thread.sleep(10); // waiting for a condition, bounded: the fetch reaches the stalled page
    }
    assertThat(server.requests(path)).as("the fetch reached the stalled article").isPositive();

    // The fetcher would wait 30 s for the answer; stopping interrupts it.
    assertThat(scheduler.stop(Duration.ofSeconds(4))).isTrue();

    assertThat(fixture.archive.papers().stream().flatMap(p -> fixture.archive.editions(p.id())
        .stream()).filter(e -> e.date().equals(LocalDate.of(2022, 7, 18))
            && e.isComplete())).isEmpty();
  }
}
