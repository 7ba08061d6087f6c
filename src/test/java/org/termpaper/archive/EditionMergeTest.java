package org.termpaper.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.testing.Editions;

class EditionMergeTest {
  private static final LocalDate DAY = LocalDate.of(2022, 7, 14);
  private static final String SITE = "http://paper.example/html/2022-07/14/";

  private static Article article(int n, String text) {
    return new Article("content_" + n, SITE + "content_" + n + ".htm", null, "标题" + n, null,
        null, text == null ? List.of() : List.of(text), List.of(),
        text == null ? "HTTP 500" : null);
  }

  private static Page page(String number, Article... articles) {
    return new Page(number, null, SITE + "node_" + number + ".htm", null, List.of(articles));
  }

  private static Edition edition(List<String> warnings, Page... pages) {
    return new Edition(Editions.PAPER, DAY, SITE + "node_01.htm", null, null, List.of(pages),
        warnings);
  }

  @Test
  void warningsAboutArticlesTakenFromTheArchiveAreDropped() {
    String recovered = "article “标题1” on 第01版 could not be read (HTTP 500): " + SITE
        + "content_1.htm";
    String stillMissing = "article “标题2” on 第01版 could not be read (HTTP 500): " + SITE
        + "content_2.htm";
    String charset = SITE + "content_1.htm: declared UTF-8 in the header, but the bytes are GBK";
    String other = SITE + "content_11.htm: the text holds U+FFFD, characters damaged before "
        + "publication";
    Edition fresh = edition(List.of(recovered, stillMissing, charset, other),
        page("01", article(1, null), article(2, null), article(11, "第十一篇。")));
    Edition archived = edition(List.of(),
        page("01", article(1, "第一篇。"), article(2, null), article(11, "第十一篇。")));

    Edition merged = EditionMerge.merge(fresh, archived);

    assertThat(merged.pages().get(0).articles().get(0).paragraphs()).containsExactly("第一篇。");
    assertThat(merged.warnings()).containsExactly(stillMissing, other);
  }

  @Test
  void aPageTakenFromTheArchiveTakesItsWarningAlong() {
    Page failed = new Page("02", null, SITE + "node_02.htm", null, List.of(), "timed out");
    String warning = "第02版 could not be read (timed out): " + SITE + "node_02.htm";
    Edition fresh = edition(List.of(warning), page("01", article(1, "第一篇。")), failed);
    Edition archived = edition(List.of(), page("01", article(1, "第一篇。")),
        page("02", article(3, "第三篇。")));

    Edition merged = EditionMerge.merge(fresh, archived);

    assertThat(merged.pages().get(1).articles()).extracting(Article::id)
        .containsExactly("content_3");
    assertThat(merged.warnings()).isEmpty();
  }

  @Test
  void aPageImageReadBeforeIsKeptWhenTheFreshPageHasNoneAndReplacedWhenItHasOne() {
    org.termpaper.model.PageImage image = new org.termpaper.model.PageImage(SITE + "old.jpg",
        List.of(org.termpaper.model.PageArea.parse("content_1", "1,2,3,4")));
    Page old = page("01", article(1, "第一篇。")).withImage(image);
    Page bare = page("01", article(1, "第一篇。"));
    Page newer = bare.withImage(new org.termpaper.model.PageImage(SITE + "new.jpg", List.of()));

    Page kept = EditionMerge.merge(edition(List.of(), bare), edition(List.of(), old))
        .pages().get(0);
    Page replaced = EditionMerge.merge(edition(List.of(), newer), edition(List.of(), old))
        .pages().get(0);

    assertThat(kept.image()).isEqualTo(image);
    assertThat(replaced.image().url()).isEqualTo(SITE + "new.jpg");
  }

  @Test
  void aUrlNamedOnlyAsTheStartOfALongerOneDoesNotCount() {
    assertThat(EditionMerge.names("x: http://p/content_1.htm", "http://p/content_1.htm"))
        .isTrue();
    assertThat(EditionMerge.names("http://p/content_1.htm: bad", "http://p/content_1.htm"))
        .isTrue();
    assertThat(EditionMerge.names("x: http://p/content_1.htm?page=2", "http://p/content_1.htm"))
        .isFalse();
  }
}
