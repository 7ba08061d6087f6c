package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Article;
import org.termpaper.model.Block;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Page;
import org.termpaper.net.Fetcher;
import org.termpaper.source.EditionSource;
import org.termpaper.source.IssueNotFoundException;
import org.termpaper.source.Progress;

/**
 * The older Founder "PaperIndex" system ({@code founder-paperindex}: 鲁中晨报, 大众日报, 法治日报),
 * read over loopback from our fixture built like it: {@code content/PaperIndex.htm} and each
 * issue's {@code IssueIndex.htm} redirect, pages {@code content/YYYYMMDD/PageNNa.htm} whose page
 * list gives number and name as two links ({@code [01]:头版}), headlines in
 * {@code ul#newslist} and the image map, with the template's failure text beside them, and
 * articles {@code ArticelNNNNNa.htm} with {@code span#contenttitle}, {@code span#contenttext}
 * and a photo (linked to its full size) above the title; one article is in GB2312.
 */
class PaperIndexSiteTest {
  private final Fetcher fetcher = Sites.fetcher();
  private SiteServer site;

  @BeforeEach
  void serve() throws Exception {
    site = SiteServer.serve(SiteServer.resource("/founder/paperindex"));
  }

  @AfterEach
  void close() {
    site.close();
    fetcher.close();
  }

  @Test
  void theProfileIsPickedByTheUrlsWithTheFolderAboveContentAsRoot() {
    SiteProfiles profiles = SiteProfiles.builtIn();
    for (String url : List.of("http://epaper.lzcb.com/lzcb/content/20220714/Page01a.htm",
        "http://paper.dzwww.com/dzrb/content/20260927/Page02NU.htm",
        "http://paper.dzwww.com/dzrb/content/20260927/Articel01002MT.htm",
        "http://epaper.lzcb.com/lzcb/content/20220714/IssueIndex.htm")) {
      SiteProfile found = profiles.matching(URI.create(url)).orElseThrow();
      assertThat(found.name()).as(url).isEqualTo("founder-paperindex");
      assertThat(found.urls().match(URI.create(url)).orElseThrow().root().toString()).as(url)
          .doesNotEndWith("/content/").matches("http://[^/]+/[a-z]+/");
    }
    assertThat(profiles.get("founder-paperindex").urls()
        .isArticle(URI.create("http://e.example/x/content/20220714/Articel03003a.htm"))).isTrue();
  }

  @Test
  void paperIndexLeadsToTheNewestIssueWithEveryPageNumberedAndNamed() {
    Edition edition = newest("/content/PaperIndex.htm");

    assertThat(edition.date()).isEqualTo(LocalDate.of(2022, 7, 14));
    assertThat(edition.paper().name()).isEqualTo("示例晨报");
    assertThat(edition.url()).endsWith("/content/20220714/Page01a.htm");
    assertThat(edition.pages()).extracting(Page::number, Page::name)
        .containsExactly(tuple("01", "头版"),
            tuple("02", "要闻"),
            tuple("03", "本地"));
    assertThat(edition.pages().get(1).pdf()).endsWith("/PDF/20220714/02.pdf");
    assertThat(edition.pages().get(1).image().url()).endsWith("/PIC/20220714/Page02a_s.jpg");
    assertThat(edition.pages().get(0).image().area(edition.pages().get(0).articles().get(1).id())
        .orElseThrow().points()).containsExactly(0, 100, 400, 100, 400, 190, 0, 190);
    assertThat(edition.warnings()).isEmpty();
  }

  @Test
  void eachPageHoldsItsOwnHeadlinesWithoutTheTemplatesNoise() {
    Edition edition = newest("/content/PaperIndex.htm");

    assertThat(edition.pages().get(0).articles()).extracting(Article::id, Article::title)
        .containsExactly(tuple("Articel01001a", "高温天气持续到周末"),
            tuple("Articel01002a", "新建公园下月开放"));
    assertThat(edition.pages().get(2).articles()).extracting(Article::title)
        .containsExactly("小区加装电梯提速", "菜市场改造完成", "服务社区贵在坚持");
    assertThat(ModelStrings.of(edition)).noneMatch(s -> s.contains("处理标记")
        || s.contains("****") || s.contains("参见第") || s.contains("上一篇"));
  }

  @Test
  void anArticleKeepsItsPhotoAboveTheTitleWithCaptionAndItsBodyInGb2312() {
    Article article = newest("/content/20220714/Page03a.htm").pages().get(2).articles().get(2);

    assertThat(article.title()).isEqualTo("服务社区贵在坚持");
    assertThat(article.author()).isEqualTo("本报记者 王小明");
    assertThat(article.figures()).singleElement().satisfies(figure -> {
      assertThat(figure.src()).isEqualTo(
          site.url("/IMAGE/20220714/Articel03003a_s.jpg").toString());
      assertThat(figure.caption()).startsWith("今年春天，志愿者在小区门口为居民登记需求。")
          .endsWith("资料照片");
    });
    assertThat(article.body().get(0)).isInstanceOf(Figure.class);
    assertThat(article.paragraphs()).containsExactly(
        "社区服务不能只停留在口号上，关键在于长期坚持。",
        "今年春天，几位在职党员利用周末为居民修理家电、代购药品，一直坚持到现在。",
        "街道负责人说，下一步将把这些做法写进社区公约。");
    assertThat(article.body()).noneMatch(b -> b instanceof Block.Paragraph p
        && (p.text().contains("返回主页") || p.text().contains("发表评论")));
  }

  @Test
  void theNeighbouringIssuesComeFromThe上一期And下一期Links() {
    Edition newest = newest("/content/PaperIndex.htm");
    assertThat(newest.previousIssue()).isEqualTo(LocalDate.of(2022, 7, 13));
    assertThat(newest.nextIssue()).isNull();

    try (EditionSource source = open("/content/PaperIndex.htm")) {
      IssueCalendar calendar = source.calendar();
      assertThat(calendar.issues())
          .containsExactly(LocalDate.of(2022, 7, 13), LocalDate.of(2022, 7, 14));
      Edition before = source.edition(LocalDate.of(2022, 7, 13), Progress.NONE);
      assertThat(before.url()).endsWith("/content/20220713/Page01a.htm");
      assertThat(before.nextIssue()).isEqualTo(LocalDate.of(2022, 7, 14));
      assertThat(before.pages()).extracting(Page::name).containsExactly("头版", "本地");
    }
  }

  @Test
  void anIssueWithoutItsEntryIsReadFromThePageNamedAsTheOneOpened() {
    site.fail("/content/20220713/IssueIndex.htm", 404);
    try (EditionSource source = open("/content/20220714/Page01a.htm")) {
      Edition before = source.edition(LocalDate.of(2022, 7, 13), Progress.NONE);
      assertThat(before.pages()).hasSize(2);
      assertThat(before.warnings()).isEmpty();
    }
  }

  @Test
  void aDateWithoutAnIssueIsNotFound() {
    try (EditionSource source = open("/content/PaperIndex.htm")) {
      assertThatThrownBy(() -> source.edition(LocalDate.of(2022, 7, 10), Progress.NONE))
          .isInstanceOf(IssueNotFoundException.class);
    }
  }

  private Edition newest(String path) {
    try (EditionSource source = open(path)) {
      return source.newest(Progress.NONE);
    }
  }

  private EditionSource open(String path) {
    return Sites.open(site.url(path).toString(), fetcher, Sites.JULY_2022);
  }
}
