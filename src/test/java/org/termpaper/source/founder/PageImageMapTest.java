package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageImageMapTest {
  private static final String BASE = "http://e.example/html/2022-07/14/node_2.htm";
  private static final LinkScope WEB = LinkScope.around(URI.create(BASE));

  private static Optional<PageImageMap> read(String html, String base, LinkScope scope) {
    Document doc = Jsoup.parse(html, base);
    return PageImageMap.read(doc, List.of("map area[href]"), PageImageMapTest::article, scope);
  }

  private static Optional<PageImageMap> read(String html) {
    return read(html, BASE, WEB);
  }

  private static Optional<URI> article(Element area) {
    return Links.target(area).map(Links::canonical)
        .filter(u -> u.getPath().contains("content_"));
  }

  @Test
  void theImageIsTheOneThatUsesTheMapOfTheArticleAreasNamedWithoutCase() {
    PageImageMap map = read("""
        <img src="logo.gif"><img src="other.jpg" usemap="#Other">
        <map name=PagePicMap><area shape=rect coords="10,20,30,40" href="content_1.htm?div=-1">
        <area coords="0,0,5,0,5,5" href="node_3.htm"></map>
        <img src="../../../images/2022-07/14/01/p_b.jpg" USEMAP=#pagepicmap>""").orElseThrow();
    assertThat(map.url()).isEqualTo("http://e.example/images/2022-07/14/01/p_b.jpg");
    assertThat(map.width()).isZero();
    assertThat(map.areas()).containsOnlyKeys(URI.create(
        "http://e.example/html/2022-07/14/content_1.htm"));
    assertThat(map.areas().values().iterator().next())
        .containsExactly(10, 20, 30, 20, 30, 40, 10, 40);
  }

  @Test
  void anArticleOfSeveralAreasKeepsTheLargestAndBadShapesAreLeftOut() {
    PageImageMap map = read("""
        <map name=m><area coords="1,1,9,9" href="content_1.htm?div=0">
        <area coords="0,0,50,0,50,80,0,80" shape=polygon href="content_1.htm?div=-1">
        <area coords="1,1,2,2" href="content_1.htm?div=1">
        <area shape=circle coords="50,50,10" href="content_2.htm">
        <area coords="1,x,3,4" href="content_3.htm"></map>
        <img src="p.jpg" width="400" height="575px" usemap="#m">""").orElseThrow();
    assertThat(map.areas()).hasSize(1);
    assertThat(map.areas().values().iterator().next()).containsExactly(0, 0, 50, 0, 50, 80, 0, 80);
    assertThat(map.width()).isEqualTo(400);
    assertThat(map.height()).isEqualTo(575);
  }

  @Test
  void noImageWithoutAMapOfArticlesOrAnImageThatUsesIt() {
    assertThat(read("<img src=p.jpg usemap=#m><p>no map</p>")).isEmpty();
    assertThat(read("<map name=m><area coords='1,1,5,5' href='node_2.htm'></map>"
        + "<img src=p.jpg usemap=#m>")).isEmpty();
    assertThat(read("<map name=m><area coords='1,1,5,5' href='content_1.htm'></map>"
        + "<img src=p.jpg usemap=#n>")).isEmpty();
    assertThat(read("<map name=m><area coords='1,1,5,5' href='content_1.htm'></map>"
        + "<img src='' usemap=#m>")).isEmpty();
    assertThat(read("<map name=m><area coords='1,1,5,5' href='content_1.htm'></map>"
        + "<img src='javascript:x' usemap=#m>")).isEmpty();
  }

  @Test
  void aSizeGivenOnlyInPartIsNoSize() {
    PageImageMap map = read("<map name=m><area coords='1,1,5,5' href='content_1.htm'></map>"
        + "<img src=p.jpg width=400 height=auto usemap=#m>").orElseThrow();
    assertThat(map.width()).isZero();
    assertThat(map.height()).isZero();
  }

  @Test
  void aSavedPagesImageOutsideItsFolderIsNotRead() {
    Path folder = Path.of("/tmp/saved/kjrb/html/2023-02/10").toAbsolutePath();
    URI page = folder.resolve("node_2.htm").toUri();
    LinkScope scope = LinkScope.around(page);
    String html = "<map name=m><area coords='1,1,5,5' href='content_1.htm'></map>"
        + "<img src=%s usemap=#m>";
    assertThat(read(html.formatted("../../../../../../etc/p.jpg"), page.toString(), scope))
        .isEmpty();
    assertThat(read(html.formatted("images/p.jpg"), page.toString(), scope).orElseThrow().url())
        .endsWith("/kjrb/html/2023-02/10/images/p.jpg");
  }
}
