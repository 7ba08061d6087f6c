package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;
import org.termpaper.net.Fetcher;
import org.termpaper.source.EditionSource;
import org.termpaper.source.IssueNotFoundException;
import org.termpaper.source.Progress;

/** The classic layout read from a local folder, as a {@code wget -m} mirror is read. */
class ClassicSiteTest {
  private static final LocalDate JULY_14 = LocalDate.of(2022, 7, 14);
  private final Fetcher fetcher = Sites.fetcher();

  @AfterEach
  void close() {
    fetcher.close();
  }

  private Edition edition() {
    try (EditionSource source = Sites.open(
        Sites.folder("classic/html/2022-07/14/node_2.htm"), fetcher, Sites.JULY_2022)) {
      return source.newest(org.termpaper.source.Progress.NONE);
    }
  }

  private static Article article(Edition edition, String id) {
    return edition.article(edition.find(id).orElseThrow());
  }

  @Test
  void readsEveryPageWithNumberNameAndPdf() {
    Edition edition = edition();
    assertThat(edition.date()).isEqualTo(JULY_14);
    assertThat(edition.paper().name()).isEqualTo("东港晨报");
    assertThat(edition.pages()).extracting(Page::number).containsExactly("01", "02", "03", "04");
    assertThat(edition.pages()).extracting(Page::name).containsExactly("要闻", "综合", "东港", "副刊");
    assertThat(edition.pages().get(0).pdf()).endsWith("/images/2022-07/14/01/DG2022071401.pdf");
    assertThat(edition.pages().get(0).image().url())
        .endsWith("/images/2022-07/14/01/DG2022071401_b.jpg");
    assertThat(edition.pages().get(0).image().areas())
        .extracting(org.termpaper.model.PageArea::article)
        .containsExactlyInAnyOrder("content_101", "content_102", "content_104");
    assertThat(edition.previousIssue()).isEqualTo(LocalDate.of(2022, 7, 13));
    assertThat(edition.nextIssue()).isNull();
  }

  @Test
  void listsEachArticleOnceInPageOrderWhateverItsQueryString() {
    Page first = edition().pages().get(0);
    assertThat(first.articles()).extracting(Article::id)
        .containsExactly("content_101", "content_102", "content_103", "content_104");
    assertThat(first.articles().get(0).url()).endsWith("/content_101.htm");
  }

  @Test
  void aHeadlineWithALineBreakIsOneLine() {
    Article article = article(edition(), "content_101");
    assertThat(article.title()).isEqualTo("老码头换新颜 夜市灯火到天明");
    assertThat(article.preTitle()).isEqualTo("暑期消费升温");
    assertThat(article.author()).isEqualTo("本报记者 林海燕");
    assertThat(article.paragraphs()).hasSize(3)
        .first().asString().startsWith("入夜，东港老码头");
    assertThat(article.figures()).singleElement().satisfies(figure -> {
      assertThat(figure.src()).startsWith("file:/")
          .endsWith("/founder/classic/images/2022-07/14/01/p101.jpg");
      assertThat(figure.caption()).isEqualTo("码头夜市一角。 本报记者 林海燕 摄");
    });
  }

  @Test
  void threeFiguresKeepTheirCaptionsInOrderAndTheBylineIsNotBody() {
    Article article = article(edition(), "content_102");
    assertThat(article.figures()).extracting(Figure::caption)
        .containsExactly("春：补网的渔民。", "夏：晒鱼干的院子。", "冬：封港后的渔船。");
    assertThat(article.figures()).extracting(Figure::src)
        .allSatisfy(src -> assertThat(src).matches(".*/p102[abc]\\.jpg"));
    assertThat(article.subtitle()).isEqualTo("——一位老摄影师的镜头记忆");
    assertThat(article.author()).isEqualTo("本报记者 周明远");
    assertThat(article.paragraphs()).containsExactly(
        "退休教师郑老伯拍了四十年渔村，他说最难拍的是风。", "这组照片将在下月的社区影展上展出。");
  }

  @Test
  void aPhotoWithItsCaptionIsAnArticle() {
    Article article = article(edition(), "content_103");
    assertThat(article.isUnavailable()).isFalse();
    assertThat(article.paragraphs()).isEmpty();
    assertThat(article.figures()).singleElement()
        .extracting(Figure::caption).asString().startsWith("7月13日傍晚");
  }

  @Test
  void anArticleOnlyTheImageMapLinksTakesItsTitleFromItsPage() {
    assertThat(article(edition(), "content_104").title()).isEqualTo("图片新闻：海边的风筝节");
  }

  @Test
  void hiddenMetadataFillsTheMissingFields() {
    Article article = article(edition(), "content_201");
    assertThat(article.title()).isEqualTo("社区食堂开到家门口");
    assertThat(article.preTitle()).isEqualTo("民生实事");
    assertThat(article.author()).isEqualTo("孙晓敏");
  }

  @Test
  void gbkAndGb18030TextIsReadWhateverThePageDeclares() {
    Edition edition = edition();
    Article article = article(edition, "content_301");
    assertThat(article.title()).isEqualTo("李镕的老街故事");
    assertThat(article.author()).isEqualTo("本报记者 𠮷田");
    assertThat(article(edition, "content_401").paragraphs()).containsExactly(
        "蝉声一阵紧似一阵，像是要把整个夏天都唱完。");
    assertThat(article(edition, "content_402").title()).isEqualTo("外婆的蒲扇");
    assertThat(edition.warnings()).anySatisfy(w -> assertThat(w)
        .contains("content_402.htm", "declared gb2312", "UTF-8"));
  }

  @Test
  void noNoiseReachesTheModel() {
    Edition edition = edition();
    Article article = article(edition, "content_301");
    assertThat(article.paragraphs()).containsExactly(
        "李镕在老街住了六十年，街口那棵榕树是他小时候的“秘密基地”。",
        "他说，老街的每块石板都记得脚步声。");
    assertThat(FeedText.strings(edition)).allSatisfy(FeedText::assertClean);
  }

  @Test
  void aMissingArticleKeepsItsHeadlineAndIsNamedInAWarning() {
    Edition edition = edition();
    Article missing = article(edition, "content_202");
    assertThat(missing.title()).isEqualTo("这篇稿件的页面不见了");
    assertThat(missing.unavailable()).isEqualTo("no such file");
    assertThat(edition.warnings()).anySatisfy(w -> assertThat(w)
        .contains("这篇稿件的页面不见了", "第02版", "content_202.htm"));
  }

  @Test
  void theCalendarWalksTheMonthlyFiles() {
    try (EditionSource source = Sites.open(Sites.folder("classic"), fetcher, Sites.JULY_2022)) {
      assertThat(source.calendar().issues()).containsExactly(LocalDate.of(2022, 6, 29),
          LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 1), LocalDate.of(2022, 7, 4),
          LocalDate.of(2022, 7, 13), JULY_14);
      Edition before = source.edition(LocalDate.of(2022, 7, 13));
      assertThat(before.nextIssue()).isEqualTo(JULY_14);
      assertThat(before.previousIssue()).isEqualTo(LocalDate.of(2022, 7, 4));
    }
  }

  @Test
  void anArticleUrlIsTheFocusAndAnIndexPageHasNone() {
    String article = Sites.folder("classic") + "/html/2022-07/14/content_301.htm";
    try (EditionSource source = Sites.open(article, fetcher, Sites.JULY_2022)) {
      assertThat(source.focus()).contains("content_301");
      assertThat(source.newest(Progress.NONE).find("content_301")).isPresent();
    }
    try (EditionSource source = Sites.open(Sites.folder("classic"), fetcher, Sites.JULY_2022)) {
      source.newest(Progress.NONE);
      assertThat(source.focus()).isEmpty();
    }
  }

  @Test
  void aDateTheSiteLacksNamesTheNearestIssues() {
    try (EditionSource source = Sites.open(Sites.folder("classic"), fetcher, Sites.JULY_2022)) {
      assertThatThrownBy(() -> source.edition(LocalDate.of(2022, 7, 5)))
          .isInstanceOf(IssueNotFoundException.class)
          .hasMessageContaining("2022-07-05").hasMessageContaining("2022-07-04");
      assertThatThrownBy(() -> source.edition(LocalDate.of(2021, 1, 5)))
          .isInstanceOf(IssueNotFoundException.class);
    }
  }

  @Test
  void aWgetMirrorKeepsQueryStringsInFileNames(@TempDir Path mirror) throws IOException {
    Path day = mirror.resolve("html/2022-07/14");
    Files.createDirectories(day);
    Path source = SiteServer.resource("/founder/classic/html/2022-07/14");
    for (String name : List.of("node_2.htm", "content_103.htm")) {
      Files.copy(source.resolve(name), day.resolve(name));
    }
    Files.copy(source.resolve("content_101.htm"), day.resolve("content_101.htm?div=-1"));
    try (EditionSource site = Sites.open(day.resolve("node_2.htm").toString(), fetcher,
        Sites.JULY_2022)) {
      Edition edition = site.edition(JULY_14);
      assertThat(article(edition, "content_101").paragraphs()).hasSize(3);
      assertThat(article(edition, "content_103").figures()).hasSize(1);
      assertThat(edition.pages().get(1).unavailable()).isEqualTo("no such file");
      assertThat(edition.pages().get(1).name()).isEqualTo("综合");
    }
  }
}
