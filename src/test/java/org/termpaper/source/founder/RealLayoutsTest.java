package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Article;
import org.termpaper.model.Block;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.net.Fetcher;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import org.termpaper.source.founder.PageView.Headline;

/**
 * Our own pages built like real sites (see ../shared/corpus/): a photo above the title block, a
 * front page's side box, titles written by script, and the newer layout's tooltip captions and
 * subheads.
 */
class RealLayoutsTest {
  private static final String CLASSIC = "http://paper.example/html/2022-07/14/";
  private static final String PC = "http://paper.example/pc/content/202302/11/";
  private static final String PIC = "http://paper.example/pc/pic/202302/11/";

  static Document fixture(String name, String url) throws IOException {
    try (InputStream in = RealLayoutsTest.class.getResourceAsStream("/founder/real/" + name)) {
      return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url);
    }
  }

  static Article article(String name, String base, String file, String profileName)
      throws IOException {
    URI url = URI.create(base + file);
    SiteProfile profile = SiteProfiles.builtIn().get(profileName);
    return ArticleParser.parse(fixture(name, url.toString()), url, null, profile,
        LinkScope.of(url.resolve("/"), profile));
  }

  static PageView page(String name, String base, String file, String profileName)
      throws IOException {
    URI url = URI.create(base + file);
    SiteProfile profile = SiteProfiles.builtIn().get(profileName);
    return PageParser.parse(fixture(name, url.toString()), url, LocalDate.of(2023, 2, 10),
        profile, LinkScope.of(url.resolve("/"), profile));
  }

  @Test
  void aPhotoAboveTheTitleBlockIsKeptFirstWithItsCaptionAndThePageChromeIsNot()
      throws IOException {
    Article a = article("photo-above-title.htm", CLASSIC, "content_501.htm", "founder-classic");

    assertThat(a.title()).isEqualTo("守堤更要守心");
    assertThat(a.author()).isEqualTo("王小川");
    assertThat(a.figures()).containsExactly(
        new Figure(CLASSIC.replace("html/2022-07/14/", "images/2022-07/14/03/p501a.jpg"),
            "上月汛期，志愿者在河堤上搬运沙袋。\u3000\u3000资料照片"),
        new Figure(CLASSIC.replace("html/2022-07/14/", "images/2022-07/14/03/p501b.jpg"),
            "夜里巡堤的队伍。"));
    assertThat(a.body()).hasSize(4);
    assertThat(a.body().get(0)).isInstanceOf(Figure.class);
    assertThat(a.body().get(2)).isInstanceOf(Figure.class);
    assertThat(a.paragraphs()).containsExactly(
        "七月初，河东社区发出倡议，请住在堤边的党员报名轮值巡堤。",
        "报名的人比预想的多，社区把名单按楼栋分成了六组。");
  }

  @Test
  void aFrontPagesSideBoxDoesNotMakeOtherPagesArticlesItsOwn() throws IOException {
    PageView view = page("side-box-front.htm", CLASSIC, "node_2.htm", "founder-classic");

    assertThat(view.headlines()).extracting(Headline::id)
        .containsExactly("content_11", "content_12", "content_13");
  }

  @Test
  void aTitleWrittenByScriptIsReadAsHtml() throws IOException {
    PageView view = page("script-title.htm", "http://paper.people.com.cn/rmrb/html/2023-02/10/",
        "nbs.D110000renmrb_01.htm", "peoples-daily");

    assertThat(view.headlines()).extracting(Headline::title).containsExactly(
        "春风又绿 江 南。", "他说'再见' 就走了", "山城 & \"江村\"");
  }

  @Test
  void anArticlesTitleBlockWrittenByScriptIsReadAsHtml() throws IOException {
    Article a = article("script-article.htm", "http://paper.people.com.cn/rmrb/html/2023-02/10/",
        "nw.D110000renmrb_20230210_1-01.htm", "peoples-daily");

    assertThat(a.preTitle()).isEqualTo("春耕 时节");
    assertThat(a.title()).isEqualTo("田间地头 一派忙碌");
    assertThat(a.author()).isEqualTo("本报记者 李青禾");
    assertThat(a.paragraphs()).containsExactly("天刚亮，合作社的农机手已经下了地。");
  }

  @Test
  void theNewerLayoutTakesCaptionsFromTooltipsAndKeepsSubheadsInPlace() throws IOException {
    Article a = article("pc-tooltip-subheads.html", PC, "content_7001.html", "founder-pc");

    assertThat(a.preTitle()).isEqualTo("渔村特稿");
    assertThat(a.title()).isEqualTo("一条船的三代人");
    assertThat(a.author()).isEqualTo("本报记者 周明远");
    assertThat(a.body()).containsExactly(
        new Figure(PIC + "a1.jpg",
            "清晨，老郑在码头检查渔网。本报记者 周明远/摄"),
        new Block.Paragraph("老郑的船是他父亲留下的，船头的漆补过七次。"),
        new Block.Paragraph("“船比房子还要紧。”他说……船号是东港渔０２３号。"),
        new Figure(PIC + "a2.jpg",
            "出海前的早饭。"),
        new Block.Subhead("“船比房子还要紧”"),
        new Block.Paragraph("儿子小郑在城里读完大学，又回到了村里。"),
        new Figure(PIC + "a3.jpg", null),
        new Block.Paragraph("他把船上的电台换成了北斗终端， GPS 和 AIS 都装上了。"),
        new Block.Subhead("第三代"),
        new Block.Paragraph("孙女今年上小学，最喜欢在船头画画。"),
        new Figure(PIC + "a4.jpg",
            "孙女画的渔船挂在舱壁上"));
  }

  @Test
  void anArticleABoxOnTheFrontPageLinksIsReadOnceOnItsOwnPage() {
    try (Fetcher fetcher = Sites.fetcher();
        EditionSource source = Sites.open(Sites.folder("sidebox/html/2022-07/15/node_2.htm"),
            fetcher, Sites.JULY_2022)) {
      Edition edition = source.newest(Progress.NONE);

      assertThat(edition.pages()).extracting(p -> p.articles().stream().map(Article::id)
          .toList()).containsExactly(List.of("content_11"), List.of("content_21", "content_22"));
    }
  }
}
