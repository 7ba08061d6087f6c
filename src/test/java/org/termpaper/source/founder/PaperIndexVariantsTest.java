package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.catalogue.Catalogue;
import org.termpaper.catalogue.CatalogueEntry;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;
import org.termpaper.net.Fetcher;
import org.termpaper.source.EditionSource;
import org.termpaper.source.IssueNotFoundException;
import org.termpaper.source.Progress;

/**
 * Other sites of the PaperIndex system mark their parts otherwise, and the profile reads them
 * too: one built like 法治日报 (a page list of labels in {@code .banlist-li}, headlines in
 * {@code .newslist}, the article in {@code .xha-view-title h1} and
 * {@code #article_view_content} with its photos in {@code .imagelist}), one like 大众日报's
 * articles ({@code #news-header h1}), served without a charset in the header.
 */
class PaperIndexVariantsTest {
  private final Fetcher fetcher = Sites.fetcher();
  @TempDir Path dir;

  @AfterEach
  void close() {
    fetcher.close();
  }

  @Test
  void aSiteWithLabelledPagesAndItsOwnArticleMarkupIsRead() throws IOException {
    write(Map.of(
        "fzrb/content/PaperIndex.htm", refresh("20260927/IssueIndex.htm"),
        "fzrb/content/20260927/IssueIndex.htm", refresh("Page01TB.htm"),
        "fzrb/content/20260927/Page01TB.htm", page("01"),
        "fzrb/content/20260927/Page02TB.htm", page("02"),
        "fzrb/content/20260927/Articel01001GN.htm", article("案件审理提速", "photo"),
        "fzrb/content/20260927/Articel02001GN.htm", article("普法进校园", null)));

    Edition edition = read("fzrb/content/PaperIndex.htm");

    assertThat(edition.pages()).extracting(Page::number, Page::name)
        .containsExactly(tuple("01", "要闻"), tuple("02", "法治"));
    Article first = edition.pages().get(0).articles().get(0);
    assertThat(first.title()).isEqualTo("案件审理提速");
    assertThat(first.figures()).extracting(Figure::src)
        .singleElement().asString().endsWith("/fzrb/images/2026-09/27/01/photo.jpg");
    assertThat(first.paragraphs()).containsExactly("法院今年审结的案件比去年同期增加。");
    assertThat(edition.pages().get(1).articles()).extracting(Article::title)
        .containsExactly("普法进校园");
    assertThat(edition.warnings()).isEmpty();
  }

  @Test
  void anArticleWithItsTitleInTheNewsHeaderIsRead() throws IOException {
    write(Map.of(
        "dzrb/content/20260927/Page01NU.htm", "<html><head><title>大众日报</title></head><body>"
            + "<li class=banci>[<span class=banci-A01><a href=\"Page01NU.htm\">01</a></span>]:"
            + "<a href=\"Page01NU.htm\">头版</a></li>"
            + "<ul id=newslist><li><a href=\"Articel01002MT.htm\">秋粮收获过半</a></li></ul>"
            + "</body></html>",
        "dzrb/content/20260927/Articel01002MT.htm", "<html><body>"
            + "<div id=\"news-header\"><h1>秋粮收获过半</h1></div>"
            + "<div class=\"infor\"><div><span>2026-09-27</span></div></div>"
            + "<span id=\"contenttext\"><p>　　全省秋粮收获已经过半。</p></span></body></html>"));

    Edition edition = read("dzrb/content/20260927/Page01NU.htm");

    assertThat(edition.paper().name()).isEqualTo("大众日报");
    Article article = edition.pages().get(0).articles().get(0);
    assertThat(article.title()).isEqualTo("秋粮收获过半");
    assertThat(article.paragraphs()).containsExactly("全省秋粮收获已经过半。");
  }

  @Test
  void anEntryThatLeadsNowhereOrOffTheSiteIsNoIssue() throws IOException {
    write(Map.of(
        "dzrb/content/20260928/Page01NU.htm", "<html><head><title>大众日报</title></head><body>"
            + "<a href=\"../20260927/IssueIndex.htm\">上一期</a>"
            + "<a href=\"../20260926/IssueIndex.htm\">本版上一期</a>"
            + "<ul id=newslist><li><a href=\"Articel01002MT.htm\">秋粮</a></li></ul></body></html>",
        "dzrb/content/20260928/Articel01002MT.htm",
        "<html><body><span id=\"contenttext\"><p>正文。</p></span></body></html>",
        "dzrb/content/20260927/IssueIndex.htm", "<html><body>建设中</body></html>",
        "dzrb/content/20260926/IssueIndex.htm", refresh("http://elsewhere.example/x.htm")));

    try (SiteServer site = SiteServer.serve(dir);
        EditionSource source = Sites.open(site.url("/dzrb/content/20260928/Page01NU.htm")
            .toString(), fetcher, Sites.JULY_2022)) {
      assertThat(source.calendar().issues()).extracting(Object::toString)
          .containsExactly("2026-09-28");
      for (String date : new String[] {"2026-09-27", "2026-09-26"}) {
        assertThatThrownBy(() -> source.edition(java.time.LocalDate.parse(date), Progress.NONE))
            .as(date).isInstanceOf(IssueNotFoundException.class);
      }
    }
  }

  @Test
  void theCataloguesPaperIndexPapersAreRecognisedByTheirProfile() {
    for (String name : new String[] {"lzcb", "dzrb", "ncdz", "fzrb"}) {
      CatalogueEntry paper = Catalogue.builtIn().find(name).orElseThrow();
      assertThat(paper.profile()).as(name).isEqualTo("founder-paperindex");
    }
    CatalogueEntry lzcb = Catalogue.builtIn().find("lzcb").orElseThrow();
    Site site = SiteLocator.recognise(java.net.URI.create(lzcb.url()), SiteProfiles.builtIn(),
        null).orElseThrow();
    assertThat(site.profile().name()).isEqualTo("founder-paperindex");
    assertThat(site.date()).hasToString("2022-07-14");
    assertThat(site.root()).hasToString("http://epaper.lzcb.com/lzcb/");
  }

  private static String refresh(String to) {
    return "<HTML><HEAD><META HTTP-EQUIV='REFRESH' CONTENT='0; URL=" + to
        + "'></HEAD><BODY></BODY></HTML>";
  }

  private static String page(String number) {
    String article = number.equals("01") ? "Articel01001GN.htm\">案件审理提速"
        : "Articel02001GN.htm\">普法进校园";
    return "<html><head><meta charset=\"utf-8\"><title>法治日报</title></head><body>"
        + "<ul><li class=\"banlist-li\"><a href=\"Page01TB.htm\">第 01 版：要闻</a></li>"
        + "<li class=\"banlist-li\"><a href=\"Page02TB.htm\">第 02 版：法治</a></li></ul>"
        + "<div class=\"newslist\"><ul><li><a href=\"" + article + "</a></li></ul></div>"
        + "<a href=\"../../PDF/20260927/" + number + ".pdf\">PDF</a></body></html>";
  }

  private static String article(String title, String photo) {
    String images = photo == null ? "" : "<div class=\"imagelist\"><img src=\"../../images/"
        + "2026-09/27/01/" + photo + ".jpg\"><p>法官在庭审现场</p></div>";
    String text = photo == null ? "老师带学生走进法庭。" : "法院今年审结的案件比去年同期增加。";
    return "<html><head><meta charset=\"utf-8\"><title>法治日报</title></head><body>"
        + "<div class=\"xha-view-title\"><h1>" + title + "</h1></div>" + images
        + "<div id=\"article_view_content\"><p>　　" + text + "</p></div></body></html>";
  }

  private void write(Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path file = dir.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
    }
  }

  private Edition read(String path) throws IOException {
    try (SiteServer site = SiteServer.serve(dir)) {
      for (String file : new String[] {"fzrb/content/20260927/Page01TB.htm",
          "dzrb/content/20260927/Page01NU.htm"}) {
        site.contentType("/" + file, "text/html");
      }
      try (EditionSource source = Sites.open(site.url("/" + path).toString(), fetcher,
          Sites.JULY_2022)) {
        return source.newest(Progress.NONE);
      }
    }
  }
}
