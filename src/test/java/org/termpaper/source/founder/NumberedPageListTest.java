package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.termpaper.source.founder.PageView.PageLink;

/** A page list of number and name links, as the PaperIndex system writes it. */
class NumberedPageListTest {
  private static final String BASE = "http://e.example/dzrb/content/20260927/Page02NU.htm";

  @Test
  void numberAndNameLinksMakeOnePageEachInTheOrderOfTheNumbers() {
    List<PageLink> pages = read("""
        <a href="Page01NU.htm"><font face=Webdings>3</font></a>
        <a href="Page03NU.htm"><font face=Webdings>4</font></a>
        <li>[<span><a href="Page01NU.htm">01</a></span>]:<a href="Page01NU.htm">头版</a>
        <li>[<a href="Page02NU.htm">02</a>]:<a href="Page02NU.htm">要 闻</a>
        <li>[<a href="PageA03NU.htm">A03</a>]:<a href="PageA03NU.htm">Sports</a>
        <li><a href="Page03NU.htm">下一版</a>
        <a href="Articel01002MT.htm">01</a>""");

    assertThat(pages).extracting(PageLink::number, PageLink::name, p -> p.url().toString())
        .containsExactly(
            tuple("01", "头版", "http://e.example/dzrb/content/20260927/Page01NU.htm"),
            tuple("02", "要闻", "http://e.example/dzrb/content/20260927/Page02NU.htm"),
            tuple("A03", "Sports", "http://e.example/dzrb/content/20260927/PageA03NU.htm"));
  }

  @Test
  void withoutANumberLinkThereIsNoList() {
    assertThat(read("<a href=\"Page01NU.htm\">头版</a><a href=\"Page02NU.htm\">下一版</a>"))
        .isEmpty();
  }

  private static List<PageLink> read(String html) {
    Document doc = Jsoup.parse(html, BASE);
    return NumberedPageList.read(doc.select("a[href]"), NumberedPageListTest::page, 65);
  }

  private static Optional<URI> page(Element a) {
    return Links.target(a).map(Links::canonical)
        .filter(u -> u.getPath().matches(".*/Page\\w+\\.htm"));
  }
}
