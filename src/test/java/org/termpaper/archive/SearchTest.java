package org.termpaper.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;
import org.termpaper.model.Paper;

class SearchTest {
  private static final Paper MORNING = new Paper("morning", "示例晨报", null);
  private static final Paper EVENING = new Paper("evening", "示例晚报", null);

  @TempDir
  Path dir;

  private Archive archive;

  @BeforeEach
  void fill() {
    archive = Archive.open(dir.resolve("archive.db"));
    archive.store(edition(MORNING, "2022-07-13", "03", "淄博",
        article("content_1", "落实比倡议更重要", "7月12日，全市召开会议。落实比倡议更重要，关键在行动。"),
        article("content_2", "高温天气", "今天最高气温38℃，请注意防暑。COVID-19 防控不放松。")),
        List.of());
    archive.store(edition(MORNING, "2022-07-14", "01", "要闻",
        article("content_3", "夏粮收购", "粮食收购进度过半。"),
        new Article("content_4", null, null, "公园开放", null, null, List.of("新公园今天开放。"),
            List.of(new Figure(null, "市民在湿地公园散步")))), List.of());
    archive.store(edition(EVENING, "2022-07-14", "02", "城事",
        article("content_5", "倡议书发布", "社区发布节水倡议，倡议居民落实节水措施。")), List.of());
  }

  @AfterEach
  void close() {
    archive.close();
  }

  private List<SearchHit> search(String text) {
    return archive.search(SearchQuery.of(text));
  }

  @Test
  void findsAPhraseInTheBodyWithDatePageTitleAndSnippet() {
    List<SearchHit> hits = search("落实比倡议");

    assertThat(hits).singleElement().satisfies(hit -> {
      assertThat(hit.paper()).isEqualTo(MORNING);
      assertThat(hit.date()).isEqualTo(LocalDate.of(2022, 7, 13));
      assertThat(hit.pageNumber()).isEqualTo("03");
      assertThat(hit.pageName()).isEqualTo("淄博");
      assertThat(hit.title()).isEqualTo("落实比倡议更重要");
      assertThat(hit.snippet()).contains("落实比倡议更重要，关键在行动");
      assertThat(hit.snippet().substring(hit.matchStart(), hit.matchStart() + hit.matchLength()))
          .isEqualTo("落实比倡议");
    });
  }

  @Test
  void trigramsPresentButApartDoNotMatch() {
    // 倡议书发布 holds 倡议 and 落实 but not 落实比倡议 as one run.
    assertThat(search("落实节水措施")).extracting(SearchHit::articleId).containsExactly("content_5");
    assertThat(search("倡议落实")).isEmpty();
  }

  @Test
  void queriesShorterThanATrigramFallBackToScanning() {
    assertThat(search("倡议")).extracting(SearchHit::articleId)
        .containsExactlyInAnyOrder("content_5", "content_1");
    assertThat(search("粮")).extracting(SearchHit::articleId).containsExactly("content_3");
  }

  @Test
  void newestIssuesComeFirst() {
    assertThat(search("倡议")).extracting(SearchHit::date).first()
        .isEqualTo(LocalDate.of(2022, 7, 14));
  }

  @Test
  void everyTermMustMatchAndAsciiCaseDoesNotMatter() {
    assertThat(search("covid 防暑")).extracting(SearchHit::articleId).containsExactly("content_2");
    assertThat(search("covid 粮食")).isEmpty();
  }

  @Test
  void theIdeographicSpaceOfChineseInputSeparatesTerms() {
    assertThat(SearchQuery.of("covid\u3000防暑").terms()).containsExactly("covid", "防暑");
    assertThat(search("防暑\u3000covid")).extracting(SearchHit::articleId)
        .containsExactly("content_2");
  }

  @Test
  void captionsAndTitlesAreSearched() {
    assertThat(search("湿地公园")).extracting(SearchHit::articleId).containsExactly("content_4");
    assertThat(search("夏粮收购")).extracting(SearchHit::articleId).containsExactly("content_3");
  }

  @Test
  void searchCanBeKeptToOnePaper() {
    SearchQuery query = SearchQuery.of("倡议").inPaper("evening");
    assertThat(archive.search(query)).extracting(SearchHit::articleId)
        .containsExactly("content_5");
  }

  @Test
  void likeWildcardsAndQuotesAreTakenLiterally() {
    assertThat(search("%")).isEmpty();
    assertThat(search("_")).isEmpty();
    assertThat(search("\"落实")).isEmpty();
    assertThat(search("38℃")).extracting(SearchHit::articleId).containsExactly("content_2");
  }

  @Test
  void anIssueWrittenAgainIsSearchedInItsNewText() {
    assertThat(search("防暑")).hasSize(1);
    archive.store(edition(MORNING, "2022-07-13", "03", "淄博",
        article("content_2", "高温天气", "今天最高气温39℃，午后有雷阵雨。")), List.of());

    assertThat(search("雷阵雨")).extracting(SearchHit::articleId).containsExactly("content_2");
    assertThat(search("防暑")).isEmpty();
  }

  @Test
  void theLimitCapsTheHits() {
    assertThat(archive.search(new SearchQuery("。", null, 2))).hasSize(2);
  }

  @Test
  void aSnippetStaysOnTheMatchAfterLettersThatGrowWhenLowerCased() {
    // "İ" lower-cases to two chars; offsets in a lower-cased copy would drift past the match.
    archive.store(edition(EVENING, "2022-07-15", "04", "国际",
        article("content_6", "İİİİ İstanbul", "İİİİİİİİ 伊斯坦布尔 İzmir 旅游推介会举行")), List.of());

    assertThat(search("推介会举行")).singleElement().satisfies(hit -> assertThat(
        hit.snippet().substring(hit.matchStart(), hit.matchStart() + hit.matchLength()))
        .isEqualTo("推介会举行"));
    assertThat(search("ZMIR")).singleElement().satisfies(hit -> assertThat(
        hit.snippet().substring(hit.matchStart(), hit.matchStart() + hit.matchLength()))
        .isEqualTo("zmir"));
  }

  private static Article article(String id, String title, String text) {
    return new Article(id, null, null, title, null, null, List.of(text), List.of());
  }

  private static Edition edition(Paper paper, String date, String page, String name,
      Article... articles) {
    return new Edition(paper, LocalDate.parse(date), null, null, null,
        List.of(new Page(page, name, null, null, List.of(articles))), List.of());
  }
}
