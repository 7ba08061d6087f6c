package org.termpaper.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;
import org.termpaper.model.PageArea;
import org.termpaper.model.PageImage;
import org.termpaper.model.Paper;

class EditionCleanerTest {
  private static final String ESC = "\u001b";

  private static Edition edition(Paper paper, Page... pages) {
    return new Edition(paper, LocalDate.of(2022, 7, 14), "http://e.example/\u0007x", null, null,
        List.of(pages), List.of());
  }

  @Test
  void aPaperIdGetsTheStrictSyntax() {
    assertThat(EditionCleaner.paper(new Paper("ev" + ESC + "]0;pwn\u0007il", "n", null)).id())
        .isEqualTo("evil");
    assertThat(EditionCleaner.paper(new Paper("a/b c::d", "n", null)).id()).isEqualTo("a-b-c-d");
    assertThat(EditionCleaner.paper(new Paper("..", "n", null)).id()).isEqualTo("-.");
    assertThat(EditionCleaner.paper(new Paper("x".repeat(500), "n", null)).id())
        .hasSize(TextCleaner.MAX_ID);
    assertThat(EditionCleaner.paper(new Paper(ESC + "[2J", ESC + "[2J", null)))
        .isEqualTo(new Paper("paper", "paper", null));
  }

  @Test
  void articleIdsAndEveryUrlAreCleaned() {
    Article article = new Article("c" + ESC + "[31m1", "http://e.example/c1.htm\u009b2J",
        null, "标题", null, null, List.of("正文"),
        List.of(new Figure("http://e.example/a b.jpg" + ESC + "[0m", null)));
    Page page = new Page("01", null, "http://e.example/n" + ESC + "]8;;x\u0007.htm",
        "http://e.example/p\u202e.pdf", List.of(article));
    Edition cleaned = EditionCleaner.clean(edition(new Paper("p", "报", "h\u0000ome"), page));
    Article a = cleaned.pages().get(0).articles().get(0);
    assertThat(a.id()).isEqualTo("c1");
    assertThat(a.url()).isEqualTo("http://e.example/c1.htm");
    assertThat(a.figures()).extracting(Figure::src).containsExactly("http://e.example/a%20b.jpg");
    assertThat(cleaned.pages().get(0).url()).isEqualTo("http://e.example/n.htm");
    assertThat(cleaned.pages().get(0).pdf()).isEqualTo("http://e.example/p.pdf");
    assertThat(cleaned.url()).isEqualTo("http://e.example/x");
    assertThat(cleaned.paper().home()).isEqualTo("home");
  }

  @Test
  void thePageImageIsCleanedAndEachAreaFollowsItsArticlesCleanedId() {
    Article hostile = new Article("c" + ESC + "[31m1", null, null, "标题", null, null,
        List.of(), List.of());
    Article blank = new Article("\u0007", null, null, "标题", null, null, List.of(), List.of());
    Page page = new Page("01", null, null, null, List.of(hostile, blank)).withImage(
        new PageImage("http://e.example/p1" + ESC + "[2J.jpg", 40, 50,
            List.of(PageArea.parse(hostile.id(), "1,2,3,4"), PageArea.parse(blank.id(), "5,6,7,8"))));
    Page cleaned = EditionCleaner.clean(edition(new Paper("p", "报", null), page)).pages().get(0);
    assertThat(cleaned.image().url()).isEqualTo("http://e.example/p1.jpg");
    assertThat(cleaned.image().width()).isEqualTo(40);
    assertThat(cleaned.image().areas()).extracting(PageArea::article)
        .containsExactly("c1", "article-1-2");
    assertThat(cleaned.area("c1").orElseThrow().points()).containsExactly(1, 2, 3, 2, 3, 4, 1, 4);
  }

  @Test
  void anArticleIdThatCleansToNothingTakesItsPlace() {
    Article article = new Article("\u0007", null, null, "标题", null, null, List.of(), List.of());
    Page page = new Page("01", null, null, null, List.of(article));
    Edition cleaned = EditionCleaner.clean(edition(new Paper("p", "报", null), page, page));
    assertThat(cleaned.pages().get(1).articles()).extracting(Article::id)
        .containsExactly("article-2-1");
  }

  @Test
  void aPageNumberThatCleansToNothingIsAPlaceholderWithAWarning() {
    Page first = new Page("01", null, null, null, List.of());
    Page hostile = new Page(ESC + "[31m", "要闻", null, null, List.of());
    Edition cleaned = EditionCleaner.clean(edition(new Paper("p", "报", null), first, hostile));
    assertThat(cleaned.pages()).extracting(Page::number)
        .containsExactly("01", EditionCleaner.NO_NUMBER);
    assertThat(cleaned.warnings()).containsExactly("page 2 has no printable number; shown as ?");
  }

  @Test
  void aSpaceBetweenTwoIdeographsInAPageNameIsDropped() {
    Edition cleaned = EditionCleaner.clean(edition(new Paper("p", "报", null),
        new Page("02", "交 通", null, null, List.of()),
        new Page("03", "综\u3000 合", null, null, List.of()),
        new Page("A1", "A1 Sports", null, null, List.of()),
        new Page("A2", "城事 City 2", null, null, List.of())));
    assertThat(cleaned.pages()).extracting(Page::name)
        .containsExactly("交通", "综合", "A1 Sports", "城事 City 2");
  }
}
