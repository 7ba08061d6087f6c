package org.termpaper.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Article;
import org.termpaper.model.Block;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;
import org.termpaper.model.PageArea;
import org.termpaper.model.PageImage;
import org.termpaper.testing.Editions;

class ArchiveTest {
  private static final LocalDate DAY = LocalDate.of(2022, 7, 14);

  @TempDir
  Path dir;

  private Archive archive;

  @BeforeEach
  void open() {
    archive = Archive.open(dir.resolve("archive.db"));
  }

  @AfterEach
  void close() {
    archive.close();
  }

  @Test
  void anEditionReadsBackAsItWasStored() {
    Edition edition = Editions.generate(DAY, 4, 4).withNeighbours(DAY.minusDays(1), null)
        .withWarnings(List.of("page 05 has no articles"));

    archive.store(edition, List.of());

    assertThat(archive.edition("tpdaily", DAY)).contains(edition);
    assertThat(archive.calendar("tpdaily").orElseThrow().issues()).containsExactly(DAY);
    assertThat(archive.status("tpdaily", DAY).orElseThrow()).satisfies(s -> {
      assertThat(s.pages()).isEqualTo(4);
      assertThat(s.articles()).isEqualTo(16);
      assertThat(s.isComplete()).isTrue();
    });
  }

  @Test
  void aPageImageAndTheArticlesAreasReadBack() {
    Edition generated = Editions.generate(DAY, 2, 3);
    Page first = generated.pages().get(0);
    String id = first.articles().get(1).id();
    Page withImage = first.withImage(new PageImage("http://e.test/p1.jpg", 400, 575,
        List.of(PageArea.parse(id, "5,6,70,8,70,90,5,90"))));
    Page unsized = generated.pages().get(1).withImage(new PageImage("http://e.test/p2.jpg",
        List.of()));
    Edition edition = generated.withPages(List.of(withImage, unsized));

    archive.store(edition, List.of());

    Edition read = archive.edition("tpdaily", DAY).orElseThrow();
    assertThat(read).isEqualTo(edition);
    assertThat(read.pages().get(0).area(id).orElseThrow().points())
        .containsExactly(5, 6, 70, 8, 70, 90, 5, 90);
    assertThat(read.pages().get(0).image().width()).isEqualTo(400);
    assertThat(read.pages().get(1).image().hasSize()).isFalse();
  }

  @Test
  void subheadsAndFiguresInPlaceReadBackAndASubheadIsFound() {
    Edition generated = Editions.generate(DAY, 1, 1);
    Article first = generated.pages().get(0).articles().get(0);
    List<Block> body = List.of(new Block.Paragraph("第一段。"), new Figure(null, "文中图"),
        new Block.Subhead("渡口的灯塔"), new Block.Paragraph("第二段。"));
    Page page = generated.pages().get(0);
    Edition edition = new Edition(generated.paper(), DAY, null, null, null, List.of(
        new Page(page.number(), page.name(), null, null, List.of(first.withBody(body)))),
        List.of());

    archive.store(edition, List.of());

    assertThat(archive.edition("tpdaily", DAY).orElseThrow().pages().get(0).articles().get(0)
        .body()).isEqualTo(body);
    assertThat(archive.search(SearchQuery.of("渡口的灯塔"))).hasSize(1);
  }

  @Test
  void unavailableArticlesAreKeptMarkedAndCounted() {
    Edition edition = markFirst(Editions.generate(DAY, 2, 3), "HTTP 404");

    archive.store(edition, List.of());

    Edition back = archive.edition("tpdaily", DAY).orElseThrow();
    assertThat(back.pages().get(0).articles().get(0).unavailable()).isEqualTo("HTTP 404");
    assertThat(archive.status("tpdaily", DAY).orElseThrow().unavailable()).isEqualTo(1);
  }

  @Test
  void storingAnIssueAgainReplacesItAndItsIndexButKeepsResources() {
    archive.store(Editions.generate(DAY, 2, 2), List.of(
        new Resource("http://paper.example/p.jpg", Resource.Kind.IMAGE, "image/jpeg",
            new byte[] {1, 2})));
    Edition second = Editions.generate(DAY.plusDays(1), 1, 1);
    Edition replacement = new Edition(second.paper(), DAY, null, null, null, second.pages(),
        List.of());

    archive.store(replacement, List.of());

    assertThat(archive.edition("tpdaily", DAY)).contains(replacement);
    assertThat(archive.editions("tpdaily")).hasSize(1);
    assertThat(archive.resource("http://paper.example/p.jpg")).isPresent();
    String oldTitle = Editions.generate(DAY, 2, 2).pages().get(1).articles().get(1).title();
    assertThat(archive.search(SearchQuery.of(oldTitle)))
        .noneMatch(h -> h.title().equals(oldTitle) && h.position().page() == 1);
  }

  @Test
  void aWriteThatFailsHalfwayLeavesNothingOfThatEdition() throws Exception {
    archive.store(Editions.generate(DAY, 1, 1), List.of());
    Edition next = Editions.generate(DAY.plusDays(1), 3, 3);
    String last = next.pages().get(2).articles().get(2).id();
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + archive.file());
        Statement statement = other.createStatement()) {
      statement.execute("CREATE TRIGGER fail BEFORE INSERT ON articles WHEN NEW.article_id = '"
          + last + "' BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    }

    assertThatThrownBy(() -> archive.store(next, List.of()))
        .isInstanceOf(ArchiveException.class)
        .hasMessageContaining("issue of 2022-07-15")
        .hasMessageContaining("disk full");

    assertThat(archive.editions("tpdaily")).extracting(ArchivedEdition::date).containsExactly(DAY);
    assertThat(archive.search(SearchQuery.of(next.pages().get(0).articles().get(0).title())))
        .isEmpty();
  }

  @Test
  void aDateTheArchiveLacksIsEmpty() {
    assertThat(archive.edition("tpdaily", DAY)).isEmpty();
    assertThat(archive.calendar("nosuch")).isEmpty();
  }

  @Test
  void locationsRememberTheirPaper() {
    archive.remember("http://paper.example/paperindex.htm", Editions.PAPER);

    assertThat(archive.paperAt("http://paper.example/paperindex.htm")).contains(Editions.PAPER);
    assertThat(archive.paperAt("http://elsewhere.example/")).isEmpty();
    assertThat(archive.locations("tpdaily")).containsExactly("http://paper.example/paperindex.htm");
  }

  @Test
  void aPaperIsFoundByAnotherAddressOfItsSite() {
    archive.remember("http://epaper.example/dgcb/paperindex.htm", Editions.PAPER);
    archive.remember("http://epaper.example/lzcb/paperindex.htm",
        new org.termpaper.model.Paper("lzcb", "鲁中晨报", null));

    assertThat(archive.paperNear("http://epaper.example/dgcb/")).contains(Editions.PAPER);
    assertThat(archive.paperNear("http://epaper.example/dgcb/html/2022-07/14/node_2.htm"))
        .contains(Editions.PAPER);
    assertThat(archive.paperNear("http://epaper.example/")).isEmpty();
    assertThat(archive.paperNear("http://elsewhere.example/dgcb/")).isEmpty();
    assertThat(archive.paperNear("/home/me/mirror")).isEmpty();
  }

  @Test
  void anArchiveFromANewerTermpaperIsRefused() {
    archive.close();
    Path file = dir.resolve("newer.db");
    Schema newer = new Schema(withNext(List.of("SELECT 1")));
    Archive.open(file, newer, java.time.Clock.systemUTC()).close();

    assertThatThrownBy(() -> Archive.open(file))
        .isInstanceOf(ArchiveException.class)
        .hasMessageContaining("newer termpaper")
        .hasMessageContaining(file.toString());
    archive = Archive.open(dir.resolve("archive.db"));
  }

  @Test
  void anOlderArchiveIsMigratedForwardKeepingItsEditions() {
    archive.store(Editions.generate(DAY, 1, 2), List.of());
    archive.close();
    Schema next = new Schema(withNext(List.of("ALTER TABLE editions ADD COLUMN note TEXT")));

    archive = Archive.open(dir.resolve("archive.db"), next, java.time.Clock.systemUTC());

    assertThat(archive.edition("tpdaily", DAY)).contains(Editions.generate(DAY, 1, 2));
  }

  @Test
  void aVersionTwoArchiveGainsPageImagesAndAreas() throws Exception {
    archive.close();
    Path file = dir.resolve("v2.db");
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      new Schema(Schema.MIGRATIONS.subList(0, 2)).migrate(db, file);
    }
    Edition generated = Editions.generate(DAY, 1, 1);
    Page page = generated.pages().get(0);
    Edition edition = generated.withPages(List.of(page.withImage(new PageImage(
        "http://e.test/p.png", List.of(PageArea.parse(page.articles().get(0).id(), "1,2,3,4"))))));

    archive = Archive.open(file);
    archive.store(edition, List.of());

    assertThat(archive.edition("tpdaily", DAY)).contains(edition);
  }

  @Test
  void processesCreatingTheSameNewArchiveAtOnceAllOpenIt() throws Exception {
    // Each connection stands for a process: SQLite locks connections, not processes.
    for (int round = 0; round < 10; round++) {
      Path file = dir.resolve("new-" + round + ".db");
      CyclicBarrier start = new CyclicBarrier(4);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> opened = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          opened.add(pool.submit(() -> {
            start.await();
            try (Archive each = Archive.open(file)) {
              return each.papers().size();
            }
          }));
        }
        for (Future<Integer> each : opened) {
          assertThat(each.get(30, TimeUnit.SECONDS)).isZero();
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** Today's migrations and one more. */
  private static List<List<String>> withNext(List<String> next) {
    List<List<String>> migrations = new ArrayList<>(Schema.MIGRATIONS);
    migrations.add(next);
    return migrations;
  }

  static Edition markFirst(Edition edition, String reason) {
    Page first = edition.pages().get(0);
    List<Article> articles = new ArrayList<>(first.articles());
    articles.set(0, articles.get(0).markUnavailable(reason));
    List<Page> pages = new ArrayList<>(edition.pages());
    pages.set(0, new Page(first.number(), first.name(), first.url(), first.pdf(), articles));
    return edition.withPages(pages);
  }
}
