package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.net.Fetcher;
import org.termpaper.source.EditionSource;
import org.termpaper.testing.Prerequisite;

/**
 * The real pages of {@code ../shared/corpus/} (other people's text, read but never copied).
 * Skipped, saying why, where the corpus is not beside the project; under {@code CI=true} that
 * fails instead.
 */
class CorpusTest {
  private static final String STDAILY = "stdaily-2023-02-10-node_2.htm";
  private static final String HBRB = "hbrb-2023-02-articles-fragments.html";
  private static Path corpus;

  @BeforeAll
  static void findCorpus() {
    corpus = Stream.of(System.getProperty("termpaper.corpus"), "../shared/corpus",
            "../../shared/corpus")
        .filter(p -> p != null && Files.isRegularFile(Path.of(p, STDAILY)))
        .map(Path::of).findFirst().orElse(null);
  }

  private static Path corpus(String name) {
    Prerequisite.require(corpus != null, "skipped: the corpus (../shared/corpus/" + name
        + ") is not beside the project directory " + Path.of("").toAbsolutePath());
    return corpus.resolve(name);
  }

  @Test
  void scienceDailysPageViewGivesItsEightPagesAndFrontPageHeadlinesOnce(@TempDir Path mirror)
      throws IOException {
    Path day = mirror.resolve("kjrb/html/2023-02/10");
    Files.createDirectories(day);
    Files.copy(corpus(STDAILY), day.resolve("node_2.htm"));
    try (Fetcher fetcher = Sites.fetcher();
        EditionSource source = Sites.open(day.resolve("node_2.htm").toString(), fetcher,
            Sites.FEBRUARY_2023)) {
      Edition edition = source.edition(LocalDate.of(2023, 2, 10));
      assertThat(edition.pages()).extracting(Page::number)
          .containsExactly("01", "02", "03", "04", "05", "06", "07", "08");
      assertThat(edition.pages()).extracting(Page::name)
          .containsExactly("今日要闻", "综合", "综合", "国际", "视点", "教育", "区域", "文化");
      Page front = edition.pages().get(0);
      assertThat(front.pdf()).endsWith("/images/2023-02/10/01/KJRB2023021001.pdf");
      assertThat(front.articles()).extracting(Article::id).containsExactly("content_548643",
          "content_548646", "content_548655", "content_548659", "content_548662");
      assertThat(front.articles()).extracting(Article::title)
          .doesNotHaveDuplicates().allSatisfy(t -> assertThat(t).isNotBlank().doesNotStartWith(
              "content_"));
      assertThat(edition.pages().subList(1, 8)).allSatisfy(p ->
          assertThat(p.unavailable()).isNotBlank());
      assertThat(edition.paper().name()).isEqualTo("科技日报");
    }
  }

  @Test
  void everyHubeiDailyFragmentGivesATitleAndBodyWithTheBylineApart() throws IOException {
    String all = Files.readString(corpus(HBRB), StandardCharsets.UTF_8);
    String[] parts = all.split("<div id=\"scroller\">");
    SiteProfile profile = SiteProfiles.builtIn().get("founder-pc");
    URI url = URI.create("http://paper.example/pc/content/202302/11/content_1.html");
    List<Article> articles = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      articles.add(ArticleParser.parse(Jsoup.parse(parts[i], url.toString()), url, null,
          profile, LinkScope.of(url.resolve("/"), profile)));
    }
    assertThat(articles).hasSize(32).allSatisfy(a -> {
      assertThat(a.title()).isNotBlank().isNotEqualTo("content_1");
      assertThat(a.paragraphs()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
      assertThat(a.paragraphs().get(0)).doesNotStartWith("□").doesNotStartWith("湖北日报全媒记者");
      assertThat(a.author()).satisfiesAnyOf(
          author -> assertThat(author).isNull(),
          author -> assertThat(author).doesNotContain("2023年"));
      assertThat(a.isUnavailable()).isFalse();
    });
    assertThat(articles).extracting(Article::author)
        .contains("湖北日报评论员", "湖北日报全媒记者 左晨", "湖北日报全媒记者 戴文辉 通讯员 刘涛");
    assertThat(articles).filteredOn(a -> !a.figures().isEmpty()).isNotEmpty()
        .allSatisfy(a -> assertThat(a.figures().get(0).src()).startsWith("http://paper.example/"));
  }
}
