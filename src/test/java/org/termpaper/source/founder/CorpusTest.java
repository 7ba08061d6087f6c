package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Article;
import org.termpaper.model.Block;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;
import org.termpaper.model.PageArea;
import org.termpaper.model.PageImage;
import org.termpaper.net.Fetcher;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import org.termpaper.testing.Prerequisite;

/**
 * The real pages of {@code ../shared/corpus/} (other people's text, read but never copied).
 * Skipped, saying why, where the corpus is not beside the project; under {@code CI=true} that
 * fails instead.
 */
class CorpusTest {
  private static final String STDAILY = "stdaily-2023-02-10-node_2.htm";
  private static final String HBRB = "hbrb-2023-02-articles-fragments.html";
  private static final String ZQB_PAGE = "zqb-2026-09-16-pc-layout-node_06.html";
  private static final String ZQB_ARTICLE = "zqb-2026-09-16-pc-content_430781.html";
  private static final List<String> HTML = List.of(STDAILY, HBRB, ZQB_PAGE, ZQB_ARTICLE);
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
      assertThat(front.image().url()).endsWith("/images/2023-02/10/01/KJRB2023021001_b.jpg");
      assertThat(front.image().areas()).hasSize(5);
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

  /** Each corpus page as a user gives it: a path, a file: URL, and at an address over HTTP. */
  private static List<Edition> atEveryAddress(String name) throws IOException {
    List<Edition> editions = new ArrayList<>();
    Path file = corpus(name).toAbsolutePath();
    try (Fetcher fetcher = Sites.fetcher();
        SiteServer server = SiteServer.serve(corpus.toAbsolutePath().normalize())) {
      for (String location : List.of(file.toString(), file.toUri().toString(),
          server.url("/" + name).toString())) {
        try (EditionSource source = Sites.open(location, fetcher, Sites.FEBRUARY_2023)) {
          editions.add(source.newest(Progress.NONE));
        }
      }
    }
    return editions;
  }

  @Test
  void theSavedPageViewsAreReadWhereverTheyLieWithTheirPageListAndHeadlines()
      throws IOException {
    List<Edition> stdaily = atEveryAddress(STDAILY);
    for (Edition edition : stdaily) {
      assertThat(edition.date()).isEqualTo(LocalDate.of(2023, 2, 10));
      assertThat(edition.paper().name()).isEqualTo("科技日报");
      assertThat(edition.pages()).extracting(Page::number)
          .containsExactly("01", "02", "03", "04", "05", "06", "07", "08");
      assertThat(edition.pages().get(0).url()).endsWith(STDAILY);
      assertThat(edition.pages().get(0).articles()).extracting(Article::id).containsExactly(
          "content_548643", "content_548646", "content_548655", "content_548659",
          "content_548662").hasSize(5);
      assertThat(edition.pages().get(0).articles()).allSatisfy(a ->
          assertThat(a.unavailable()).isNotBlank());
      assertThat(edition.pages().subList(1, 8)).allSatisfy(p ->
          assertThat(p.unavailable()).isNotBlank());
    }
    // A saved page's image outside its folder is not read, as its photos are not; over HTTP
    // the image and its map are the page's.
    assertThat(stdaily.subList(0, 2)).allSatisfy(e ->
        assertThat(e.pages().get(0).image()).isNull());
    {
      PageImage image = stdaily.get(2).pages().get(0).image();
      assertThat(image.url()).endsWith("/images/2023-02/10/01/KJRB2023021001_b.jpg");
      assertThat(image.hasSize()).isFalse();
      assertThat(image.areas()).extracting(PageArea::article).containsExactly(
          "content_548643", "content_548646", "content_548655", "content_548659",
          "content_548662");
      // Of an article's photo and text areas, the larger: the text's.
      assertThat(image.area("content_548646").orElseThrow().points())
          .containsExactly(171, 85, 2, 85, 2, 323, 2, 327, 2, 548, 171, 548);
    }
    List<Edition> zqb = atEveryAddress(ZQB_PAGE);
    for (Edition edition : zqb) {
      assertThat(edition.date()).isEqualTo(LocalDate.of(2026, 9, 16));
      assertThat(edition.pages()).extracting(Page::label).hasSize(8).doesNotHaveDuplicates()
          .contains("第06版 冰点周刊");
      assertThat(edition.pages()).filteredOn(p -> !p.isUnavailable())
          .extracting(Page::number).containsExactly("06");
    }
    assertThat(zqb).allSatisfy(e -> assertThat(e.pages().get(5).articles())
        .extracting(Article::id)
        .containsExactly("content_430782", "content_430783", "content_430784"));
    assertThat(zqb.subList(0, 2)).allSatisfy(e -> assertThat(e.pages().get(5).image()).isNull());
    assertThat(zqb.subList(2, 3)).allSatisfy(e -> {
      PageImage image = e.pages().get(5).image();
      assertThat(image.url()).endsWith("/pic/202609/16/0d3413ac-7017-416e-90c5-17ac37552bed.jpg.2");
      assertThat(image.width()).isEqualTo(400);
      assertThat(image.height()).isEqualTo(575);
      assertThat(image.areas()).extracting(PageArea::article)
          .containsExactly("content_430782", "content_430783", "content_430784");
      assertThat(image.area("content_430784").orElseThrow().points())
          .containsExactly(1, 333, 398, 333, 398, 573, 1, 573);
    });
    assertThat(zqb.get(0).pages().get(5).articles()).allSatisfy(a ->
        assertThat(a.unavailable()).startsWith("outside the folder"));
    // ../../../ past the server's root stays at the root, as in a browser.
    assertThat(zqb.get(2).pages().get(5).articles()).allSatisfy(a ->
        assertThat(a.url()).doesNotContain("..").contains("/content/202609/16/content_"));
  }

  @Test
  void theSavedArticleIsReadWhereverItLiesAsTheArticleOfItsPage() throws IOException {
    List<Edition> editions = atEveryAddress(ZQB_ARTICLE);
    for (Edition edition : editions) {
      assertThat(edition.date()).isEqualTo(LocalDate.of(2026, 9, 16));
      assertThat(edition.pages()).extracting(Page::number).containsExactly("05");
      Article article = edition.pages().get(0).articles().get(0);
      assertThat(article.title()).isEqualTo("谁的房子谁的家");
      assertThat(edition.paper().name()).isEqualTo("中国青年报");
      assertThat(article.body()).filteredOn(Block.Subhead.class::isInstance).hasSize(7);
      assertThat(edition.warnings()).anyMatch(w ->
          w.startsWith("the pages of this issue could not be read"));
    }
    assertThat(editions.get(2).pages().get(0).articles().get(0).figures()).hasSize(5);
  }

  @Test
  void theSavedHubeiDailyPartsGiveTheirArticlesOnTheirPages() throws IOException {
    for (Edition edition : atEveryAddress(HBRB)) {
      assertThat(edition.date()).isEqualTo(LocalDate.of(2023, 2, 11));
      assertThat(edition.pages()).extracting(Page::number)
          .containsExactly("01", "02", "03", "04");
      assertThat(edition.pages()).extracting(p -> p.articles().size())
          .containsExactly(8, 12, 7, 5);
      List<Article> all = edition.pages().stream().flatMap(p -> p.articles().stream()).toList();
      assertThat(all).extracting(Article::id).doesNotHaveDuplicates()
          .allSatisfy(id -> assertThat(id).startsWith("content_"));
      assertThat(all).allSatisfy(a -> assertThat(a.paragraphs()).isNotEmpty());
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

  @Test
  void theNewerLayoutsArticleKeepsEveryPhotoWithItsTooltipAndEverySubheadInPlace()
      throws IOException {
    URI url = URI.create("http://paper.example/pc/content/202609/16/content_430781.html");
    Document page = Jsoup.parse(corpus(ZQB_ARTICLE).toFile(), null, url.toString());
    SiteProfile profile = SiteProfiles.builtIn().get("founder-pc");
    Article a = ArticleParser.parse(page.clone(), url, null, profile,
        LinkScope.of(url.resolve("/"), profile));

    List<String> tooltips = page.select("founder-content img").eachAttr("data-original-title")
        .stream().map(String::strip).toList();
    assertThat(tooltips).hasSize(5);
    assertThat(a.figures()).extracting(Figure::caption).containsExactlyElementsOf(tooltips);
    List<String> centredBold = page.select("founder-content p[style*=center] strong").eachText()
        .stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
    assertThat(a.body()).filteredOn(Block.Subhead.class::isInstance)
        .extracting(b -> ((Block.Subhead) b).text()).containsExactlyElementsOf(centredBold)
        .hasSize(7);
    assertThat(a.body().get(0)).isInstanceOf(Figure.class);
    assertThat(a.body().get(1)).isInstanceOf(Block.Paragraph.class);
    int bodyParagraphs = (int) page.select("founder-content > p").stream()
        .filter(p -> p.select("img, strong").isEmpty() && !p.text().isBlank()).count();
    assertThat(a.body()).filteredOn(Block.Paragraph.class::isInstance).hasSize(bodyParagraphs);
    assertThat(a.title()).isEqualTo(page.selectFirst(".article h1").text());
  }

  @Test
  void everyHubeiDailyPhotoIsFoundWithTheCaptionBesideItAndBoldLinesAreSubheads() throws IOException {
    String all = Files.readString(corpus(HBRB), StandardCharsets.UTF_8);
    String[] parts = all.split("<div id=\"scroller\">");
    SiteProfile profile = SiteProfiles.builtIn().get("founder-pc");
    URI url = URI.create("http://paper.example/pc/content/202302/11/content_1.html");
    int photos = 0;
    int subheads = 0;
    for (int i = 1; i < parts.length; i++) {
      Document doc = Jsoup.parse(parts[i], url.toString());
      Article a = ArticleParser.parse(doc.clone(), url, null, profile,
          LinkScope.of(url.resolve("/"), profile));
      List<String> bold = doc.select("founder-content p").stream()
          .filter(p -> !p.text().isBlank() && p.text().equals(p.select("strong").text()))
          .map(p -> p.text().strip()).toList();
      assertThat(a.body()).filteredOn(Block.Subhead.class::isInstance)
          .extracting(b -> ((Block.Subhead) b).text()).containsExactlyElementsOf(bold);
      subheads += bold.size();
      List<Element> images = doc.select("#content img");
      photos += images.size();
      assertThat(a.figures()).hasSameSizeAs(images);
      for (int k = 0; k < images.size(); k++) {
        Element next = images.get(k).nextElementSibling();
        String beside = next == null || !next.normalName().equals("p") ? "" : next.text().strip();
        if (!beside.isEmpty()) {
          assertThat(a.figures().get(k).caption()).isEqualTo(HtmlText.fold(beside));
          assertThat(a.paragraphs()).doesNotContain(a.figures().get(k).caption());
        }
      }
    }
    assertThat(photos).isGreaterThan(5);
    assertThat(subheads).isGreaterThan(5);
  }

  @Test
  void aPageClaimsOnlyWhatItsOwnHeadlineListAndImageMapHold() throws IOException {
    for (String name : List.of(STDAILY, ZQB_PAGE)) {
      boolean pc = name.equals(ZQB_PAGE);
      URI url = URI.create(pc ? "http://paper.example/pc/layout/202609/16/node_06.html"
          : "http://paper.example/html/2023-02/10/node_2.htm");
      Document doc = Jsoup.parse(corpus(name).toFile(), null, url.toString());
      SiteProfile profile = SiteProfiles.builtIn().get(pc ? "founder-pc" : "founder-classic");
      PageView view = PageParser.parse(doc.clone(), url, LocalDate.of(2023, 2, 10), profile,
          LinkScope.of(url.resolve("/"), profile));
      Set<String> map = ids(doc.select("map area[href]"));
      Set<String> list = ids(doc.select(pc ? ".news-list a[href]" : "#titleList a[href], "
          + "[id^=mp]"));
      assertThat(map).isNotEmpty();
      assertThat(view.headlines()).isNotEmpty().allSatisfy(h ->
          assertThat(map.contains(h.id()) || list.contains(h.id())).as(h.id()).isTrue());
      assertThat(view.headlines()).extracting(PageView.Headline::id).containsAll(map);
      assertThat(view.paperName()).isEqualTo(pc ? "中国青年报" : "科技日报");
    }
  }

  @Test
  void noCorpusPageGivesAStringWithMarkup() throws IOException {
    List<String> all = new ArrayList<>();
    for (String name : HTML) {
      Document doc = Jsoup.parse(corpus(name).toFile(), null);
      if (name.equals(HBRB)) {
        for (String part : doc.outerHtml().split("<div id=\"scroller\">")) {
          all.addAll(NoMarkupTest.strings(Jsoup.parse(part), "hbrb.html"));
        }
      } else {
        all.addAll(NoMarkupTest.strings(doc, name));
      }
    }
    assertThat(all).hasSizeGreaterThan(100)
        .noneMatch(s -> ModelStrings.MARKUP.matcher(s).find());
  }

  private static Set<String> ids(List<Element> links) {
    Set<String> ids = new HashSet<>();
    for (Element e : links) {
      Element a = e.normalName().equals("a") || e.normalName().equals("area") ? e
          : e.closest("a[href]");
      if (a != null) {
        String href = a.attr("href").replaceAll("[?#].*", "");
        ids.add(href.substring(href.lastIndexOf('/') + 1).replaceAll("\\.html?$", ""));
      }
    }
    return ids;
  }
}
