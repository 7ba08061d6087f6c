package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;
import org.termpaper.net.Fetcher;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;

/** The newer (pc/layout) and People's Daily layouts. */
class LayoutsTest {
  private final Fetcher fetcher = Sites.fetcher();

  @AfterEach
  void close() {
    fetcher.close();
  }

  @Test
  void theNewerLayoutFromItsRootFolder() {
    try (EditionSource source = Sites.open(Sites.folder("pc"), fetcher, Sites.FEBRUARY_2023)) {
      Edition edition = source.newest(Progress.NONE);
      assertThat(edition.date()).isEqualTo(LocalDate.of(2023, 2, 11));
      assertThat(edition.paper().name()).isEqualTo("江城日报");
      assertThat(edition.pages()).extracting(Page::label).containsExactly("第01版 要闻", "第02版 经济");
      assertThat(edition.pages().get(0).pdf()).endsWith("/attachement/202302/11/p01.pdf");
      assertThat(edition.previousIssue()).isEqualTo(LocalDate.of(2023, 2, 10));

      Article spring = edition.pages().get(0).articles().get(0);
      assertThat(spring.title()).isEqualTo("江城早春花市开张");
      assertThat(spring.author()).isEqualTo("本报记者 何青 通讯员 石磊");
      assertThat(spring.paragraphs()).containsExactly("立春刚过，江城花市就热闹起来。",
          "花农老宋一早就把三百盆兰花搬上了货架。");
      assertThat(spring.figures()).extracting(Figure::caption)
          .containsExactly("2月10日，市民在花市挑选年宵花。（本报记者 何青 摄）");

      Article comment = edition.pages().get(0).articles().get(1);
      assertThat(comment.preTitle()).isEqualTo("本报评论");
      assertThat(comment.subtitle()).isEqualTo("——谈激励干部担当作为");
      assertThat(comment.author()).isEqualTo("本报评论员");
      assertThat(comment.paragraphs()).hasSize(2);
      assertThat(FeedText.strings(edition)).allSatisfy(FeedText::assertClean);
    }
  }

  @Test
  void theNewerLayoutsCalendarSpansMonths() {
    try (EditionSource source = Sites.open(
        Sites.folder("pc/pc/layout/202302/period.xml"), fetcher, Sites.FEBRUARY_2023)) {
      assertThat(source.calendar().issues()).containsExactly(LocalDate.of(2023, 1, 30),
          LocalDate.of(2023, 1, 31), LocalDate.of(2023, 2, 9), LocalDate.of(2023, 2, 10),
          LocalDate.of(2023, 2, 11));
    }
  }

  @Test
  void peoplesDailyPagesAndArticles() {
    String front = Sites.folder("rmrb/html/2023-02/10/nbs.D110000renmrb_01.htm");
    try (EditionSource source = Sites.open(front, fetcher, Sites.FEBRUARY_2023)) {
      Edition edition = source.newest(Progress.NONE);
      assertThat(edition.paper().name()).isEqualTo("人民日报");
      assertThat(edition.pages()).extracting(Page::number).containsExactly("01", "02");
      assertThat(edition.pages().get(0).pdf()).endsWith("/page/2023-02/10/01/rmrb2023021001.pdf");
      Article farming = edition.pages().get(0).articles().get(0);
      assertThat(farming.id()).isEqualTo("nw.D110000renmrb_20230210_1-01");
      assertThat(farming.preTitle()).isEqualTo("各地抢抓农时");
      assertThat(farming.title()).isEqualTo("春耕时节看农忙");
      assertThat(farming.author()).isEqualTo("本报记者 方田");
      assertThat(farming.figures()).extracting(Figure::caption).containsExactly("农机手在田间作业。");
      assertThat(farming.paragraphs()).hasSize(2);
      assertThat(edition.pages().get(0).articles()).extracting(Article::title)
          .containsExactly("春耕时节看农忙", "一条铁路带活一座山城");
      assertThat(edition.previousIssue()).isEqualTo(LocalDate.of(2023, 2, 9));
      assertThat(FeedText.strings(edition)).allSatisfy(FeedText::assertClean);
    }
  }

  @Test
  void withoutCalendarFilesTheIssueLinksGiveTheCalendar() {
    String front = Sites.folder("rmrb/html/2023-02/10/nbs.D110000renmrb_01.htm");
    try (EditionSource source = Sites.open(front, fetcher, Sites.FEBRUARY_2023)) {
      assertThat(source.calendar().issues())
          .containsExactly(LocalDate.of(2023, 2, 9), LocalDate.of(2023, 2, 10));
    }
  }

  @Test
  void aHeadlineAScriptWritesIsRead() throws IOException {
    Path front = Path.of(Sites.folder("rmrb/html/2023-02/10/nbs.D110000renmrb_01.htm"));
    Document doc = Jsoup.parse(front.toFile(), "UTF-8", front.toUri().toString());
    SiteProfile profile = SiteProfiles.builtIn().get("peoples-daily");
    PageView view = PageParser.parse(doc, front.toUri(), LocalDate.of(2023, 2, 10), profile,
        LinkScope.of(Sites.file("rmrb/"), profile));
    assertThat(view.headlines()).extracting(PageView.Headline::title)
        .containsExactly("春耕时节看农忙", "一条铁路带活一座山城");
  }
}
