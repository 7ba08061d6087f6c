package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.model.TermpaperException;
import org.termpaper.net.Fetcher;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;

/** The classic fixture site served over HTTP by MockWebServer. */
class HttpSiteTest {
  private static final String DAY = "/html/2022-07/14/";
  private static final LocalDate JULY_14 = LocalDate.of(2022, 7, 14);

  private SiteServer server;
  private Fetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = SiteServer.serve(SiteServer.resource("/founder/classic"));
    fetcher = Sites.fetcher();
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  private EditionSource site() {
    return Sites.open(server.url("/paperindex.htm").toString(), fetcher, Sites.JULY_2022);
  }

  private Edition read() {
    try (EditionSource source = site()) {
      return source.newest(Progress.NONE);
    }
  }

  @Test
  void fetchesEachUrlOnce() {
    Edition edition = read();
    assertThat(edition.articleCount()).isEqualTo(9);
    assertThat(server.counts()).allSatisfy((path, count) ->
        assertThat(count).as(path).isEqualTo(1));
    assertThat(server.counts()).containsKeys(DAY + "node_2.htm", DAY + "node_5.htm",
        DAY + "content_101.htm", DAY + "content_202.htm", "/html/2022-07/period.xml");
  }

  @Test
  void fetchesConcurrentlyButNoMoreThanFourAtATime() {
    CountDownLatch four = new CountDownLatch(4);
    server.hold(path -> path.matches(".*/(content_\\d+|node_[345])\\.htm"), four, four);
    Edition edition = read();
    assertThat(four.getCount()).isZero();
    assertThat(server.maxInFlight()).isEqualTo(4);
    assertThat(edition.articleCount()).isEqualTo(9);
  }

  @Test
  void reportsProgressForEveryDocument() {
    List<String> steps = new CopyOnWriteArrayList<>();
    try (EditionSource source = site()) {
      source.edition(JULY_14, (what, done, total) -> steps.add(done + "/" + total + " " + what));
    }
    assertThat(steps).hasSize(13).anySatisfy(s -> assertThat(s).endsWith("content_301.htm"));
  }

  @Test
  void theHttpHeaderDecidesTheCharsetAndAWrongOneIsOverruled() {
    server.contentType(DAY + "node_3.htm", "text/html; charset=GBK");
    server.contentType(DAY + "content_401.htm", "text/html; charset=utf-8");
    Edition edition = read();
    assertThat(edition.pages().get(1).articles()).extracting(Article::title)
        .containsExactly("社区食堂开到家门口", "这篇稿件的页面不见了");
    Article cicada = edition.article(edition.find("content_401").orElseThrow());
    assertThat(cicada.paragraphs()).containsExactly("蝉声一阵紧似一阵，像是要把整个夏天都唱完。");
    assertThat(edition.warnings()).anySatisfy(w -> assertThat(w)
        .contains("content_401.htm", "declared utf-8 in the HTTP header", "GB18030"));
  }

  @Test
  void aFailingPageKeepsItsPlaceAndName() {
    server.fail(DAY + "node_4.htm", 503);
    Edition edition = read();
    Page third = edition.pages().get(2);
    assertThat(third.number()).isEqualTo("03");
    assertThat(third.name()).isEqualTo("东港");
    assertThat(third.articles()).isEmpty();
    assertThat(third.unavailable()).isEqualTo("HTTP 503");
    assertThat(edition.warnings()).anySatisfy(w -> assertThat(w)
        .contains("第03版 东港", "HTTP 503", "node_4.htm"));
    assertThat(edition.pages()).hasSize(4);
  }

  @Test
  void failingArticlesKeepTheirHeadlines() {
    server.fail(DAY + "content_102.htm", 500);
    Edition edition = read();
    Article failed = edition.pages().get(0).articles().get(1);
    assertThat(failed.title()).isEqualTo("三张照片里的渔村四季");
    assertThat(failed.unavailable()).isEqualTo("HTTP 500");
    Article missing = edition.article(edition.find("content_202").orElseThrow());
    assertThat(missing.unavailable()).isEqualTo("HTTP 404");
    assertThat(edition.warnings()).filteredOn(w -> w.contains("could not be read")).hasSize(2);
  }

  @Test
  void theFrontPageFailingIsAFailureNamingTheDate() {
    server.fail(DAY + "node_2.htm", 500);
    try (EditionSource source = site()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.edition(JULY_14))
          .isInstanceOf(TermpaperException.class)
          .hasMessageContaining("2022-07-14").hasMessageContaining("HTTP 500");
    }
  }

  @Test
  void anInterruptCancelsTheFetchesUnderWay() throws InterruptedException {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    server.hold(path -> path.contains("content_"), arrived, never);
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> interrupted = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      try (EditionSource source = site()) {
        source.edition(JULY_14);
      } catch (RuntimeException e) {
        thrown.set(e);
      }
      interrupted.set(Thread.currentThread().isInterrupted());
    });
    reader.start();
    assertThat(arrived.await(20, TimeUnit.SECONDS)).isTrue();
    reader.interrupt();
    reader.join(TimeUnit.SECONDS.toMillis(20));
    assertThat(reader.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(TermpaperException.class)
        .hasMessageContaining("cancelled");
    assertThat(interrupted.get()).isTrue();
    never.countDown();
  }
}
