package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.model.TermpaperException;
import org.termpaper.net.Fetcher;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;

/**
 * A page or article saved under any name, at an address no URL pattern knows, is read by what
 * it holds (fixtures under {@code founder/saved/}, written in the image of real pages).
 */
class SavedPageTest {
  private final Fetcher fetcher = Sites.fetcher();
  private SiteServer server;

  @AfterEach
  void close() throws IOException {
    fetcher.close();
    if (server != null) {
      server.close();
    }
  }

  private Edition newest(String location) {
    try (EditionSource source = Sites.open(location, fetcher, Sites.JULY_2022)) {
      return source.newest(Progress.NONE);
    }
  }

  private static String saved(String name) {
    return Sites.folder("saved/" + name);
  }

  @Test
  void aPageViewSavedUnderAnOddNameGivesItsPageOnceAndListsTheOthers() {
    Edition edition = newest(saved("front page (saved).htm"));

    assertThat(edition.date()).isEqualTo(LocalDate.of(2021, 3, 5));
    assertThat(edition.paper().name()).isEqualTo("西岭晚报");
    assertThat(edition.pages()).extracting(Page::label).containsExactly("第01版 要闻",
        "第02版 城事");
    Page front = edition.pages().get(0);
    assertThat(front.url()).endsWith("front%20page%20(saved).htm");
    assertThat(front.articles()).extracting(Article::title)
        .containsExactly("河堤新栽一千棵柳树", "老街书店重新开门");
    assertThat(front.articles().get(0).paragraphs()).hasSize(2);
    assertThat(front.articles().get(1).unavailable()).isEqualTo("no such file");
    assertThat(edition.pages().get(1).unavailable()).isEqualTo("no such file");
    assertThat(edition.warnings()).anyMatch(w -> w.startsWith("第02版 城事 could not be read"));
  }

  @Test
  void theSamePageServedAtAnAddressWithoutTheDateOrAnExtensionReadsAlike(@TempDir Path dir)
      throws IOException {
    Files.copy(Path.of(saved("front page (saved).htm")), dir.resolve("frontpage"));
    Files.copy(Path.of(saved("content_501.htm")), dir.resolve("content_501.htm"));
    server = SiteServer.serve(dir);
    Edition edition = newest(server.url("/frontpage").toString());

    assertThat(edition.date()).isEqualTo(LocalDate.of(2021, 3, 5));
    assertThat(edition.pages()).extracting(Page::number).containsExactly("01", "02");
    assertThat(edition.pages().get(0).articles()).extracting(Article::id)
        .containsExactly("content_501", "content_502");
    assertThat(edition.pages().get(0).articles().get(1).unavailable()).isEqualTo("HTTP 404");
    assertThat(edition.pages().get(1).unavailable()).isEqualTo("HTTP 404");
  }

  @Test
  void headlinesOutsideTheSavedPagesFolderAreListedButNeverRead() {
    Edition edition = newest(saved("layout-page.html"));

    assertThat(edition.date()).isEqualTo(LocalDate.of(2024, 3, 8));
    assertThat(edition.pages()).extracting(Page::label).containsExactly("第01版 要闻",
        "第02版 校园", "第03版 体育");
    Page own = edition.pages().get(1);
    assertThat(own.url()).endsWith("layout-page.html");
    assertThat(own.articles()).extracting(Article::title)
        .containsExactly("操场上的新跑道", "图书角开放了");
    assertThat(own.articles()).allSatisfy(a -> assertThat(a.unavailable())
        .isEqualTo("outside the folder of the saved page; not read"));
  }

  @Test
  void aPageSavedAsAnIndexPageIsStillThatPage(@TempDir Path dir) throws IOException {
    Files.copy(Path.of(saved("front page (saved).htm")), dir.resolve("index.html"));

    Edition edition = newest(dir.resolve("index.html").toString());

    assertThat(edition.pages()).extracting(Page::number).containsExactly("01", "02");
    assertThat(edition.pages().get(0).articles()).hasSize(2);
  }

  @Test
  void theCalendarOfASavedPageNamesThePaperAsThePageDoesAndHoldsItsDate() {
    try (EditionSource source = Sites.open(saved("front page (saved).htm"), fetcher,
        Sites.JULY_2022);
        EditionSource article = Sites.open(saved("an article.html"), fetcher,
            Sites.JULY_2022)) {
      assertThat(source.calendar().paper().name()).isEqualTo("西岭晚报");
      assertThat(source.calendar().has(LocalDate.of(2021, 3, 5))).isTrue();
      assertThat(article.calendar().paper().name()).isNotEqualTo("楼道灯亮了");
    }
  }

  @Test
  void aGbkPageViewIsDecodedAndItsPrintedDateRead() {
    Edition edition = newest(saved("gbk 01.html"));

    assertThat(edition.date()).isEqualTo(LocalDate.of(2019, 11, 20));
    assertThat(edition.pages()).extracting(Page::label).containsExactly("第01版 要闻",
        "第02版 农村", "第03版 副刊");
    assertThat(edition.pages().get(0).articles()).extracting(Article::title)
        .containsExactly("稻田里的无人机");
  }

  @Test
  void anArticleAloneGivesAnEditionOfItsPageWithAWarning() {
    try (EditionSource source = Sites.open(saved("an article.html"), fetcher,
        Sites.JULY_2022)) {
      Edition edition = source.newest(Progress.NONE);

      assertThat(edition.date()).isEqualTo(LocalDate.of(2024, 4, 2));
      assertThat(edition.pages()).extracting(Page::number).containsExactly("03");
      Article article = edition.pages().get(0).articles().get(0);
      assertThat(article.preTitle()).isEqualTo("社区里的小事");
      assertThat(article.title()).isEqualTo("楼道灯亮了");
      assertThat(article.paragraphs()).hasSize(2);
      assertThat(edition.warnings()).singleElement().asString()
          .startsWith("the pages of this issue could not be read (no such file)")
          .endsWith("alone");
      assertThat(source.focus()).contains(article.id());
    }
  }

  @Test
  void anArticleOfASiteWhosePagesAreGoneGivesItsEditionWithAWarning() throws IOException {
    server = SiteServer.serve(Path.of(Sites.file("classic")));
    server.fail("/html/2022-07/14/node_2.htm", 404);
    String article = server.url("/html/2022-07/14/content_301.htm").toString();

    Edition edition = newest(article);

    assertThat(edition.date()).isEqualTo(LocalDate.of(2022, 7, 14));
    assertThat(edition.pages()).singleElement().satisfies(p ->
        assertThat(p.articles()).extracting(Article::id).containsExactly("content_301"));
    assertThat(edition.pages().get(0).articles().get(0).paragraphs()).isNotEmpty();
    assertThat(edition.warnings()).anyMatch(w ->
        w.startsWith("the pages of this issue could not be read (HTTP 404)"));
  }

  @Test
  void savedArticlePartsOneAfterAnotherAreGroupedByTheirPages(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("parts");
    Files.copy(Path.of(saved("articles.txt")), file);

    Edition edition = newest(file.toString());

    assertThat(edition.pages()).extracting(Page::number).containsExactly("01", "02");
    assertThat(edition.pages().get(0).articles()).extracting(Article::title)
        .containsExactly("春耕开始");
    assertThat(edition.pages().get(1).articles()).extracting(Article::id)
        .containsExactly("content_901", "content_903");
    assertThat(edition.pages().get(1).articles()).allSatisfy(a ->
        assertThat(a.paragraphs()).hasSize(1));
  }

  @Test
  void aPageThatIsNoFounderPageIsRefusedInOneLine() {
    String location = saved("not a paper.html");

    assertThatThrownBy(() -> newest(location)).isInstanceOf(TermpaperException.class)
        .hasMessageContaining("does not lead to a page of a Founder-style e-paper")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aPageViewWithoutAnyDateSaysSo() {
    assertThatThrownBy(() -> newest(saved("undated.htm")))
        .isInstanceOf(TermpaperException.class)
        .hasMessageContaining("looks like a page of a Founder-style e-paper, but gives no issue"
            + " date");
  }
}
