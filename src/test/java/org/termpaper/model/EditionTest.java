package org.termpaper.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditionTest {
  private final Edition edition = Editions.withPages(2, 0, 1, 0);

  @Test
  void theArticleAfterTheLastOfAPageIsTheFirstOfTheNextPageWithArticles() {
    assertThat(edition.articleAfter(new ArticlePosition(0, 0)))
        .contains(new ArticlePosition(0, 1));
    assertThat(edition.articleAfter(new ArticlePosition(0, 1)))
        .contains(new ArticlePosition(2, 0));
  }

  @Test
  void thereIsNoArticleAfterTheLastNorBeforeTheFirst() {
    assertThat(edition.articleAfter(new ArticlePosition(2, 0))).isEmpty();
    assertThat(edition.articleBefore(new ArticlePosition(0, 0))).isEmpty();
  }

  @Test
  void theArticleBeforeTheFirstOfAPageIsTheLastOfAnEarlierPage() {
    assertThat(edition.articleBefore(new ArticlePosition(2, 0)))
        .contains(new ArticlePosition(0, 1));
  }

  @Test
  void aPageWithoutArticlesHasNoFirstArticle() {
    assertThat(edition.firstArticleOf(1)).isEmpty();
    assertThat(edition.firstArticleOf(2)).contains(new ArticlePosition(2, 0));
    assertThatThrownBy(() -> edition.firstArticleOf(4))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void pagesAreFoundByNumberWithOrWithoutLeadingZeros() {
    assertThat(edition.pageIndex("03")).contains(2);
    assertThat(edition.pageIndex("3")).contains(2);
    assertThat(edition.pageIndex("9")).isEmpty();
  }

  @Test
  void articlesAreFoundById() {
    assertThat(edition.find("a3")).contains(new ArticlePosition(2, 0));
    assertThat(edition.article(new ArticlePosition(2, 0)).title()).isEqualTo("标题3");
    assertThat(edition.find("missing")).isEmpty();
    assertThat(edition.articleCount()).isEqualTo(3);
  }

  @Test
  void listsAreCopiedSoTheEditionCannotChangeAfterwards() {
    List<Page> pages = new ArrayList<>(edition.pages());
    Edition copy = new Edition(edition.paper(), edition.date(), null, null, null, pages, null);
    pages.clear();
    assertThat(copy.pages()).hasSize(4);
    assertThat(copy.warnings()).isEmpty();
  }

  @Test
  void requiredPartsAreNamedWhenMissing() {
    assertThatThrownBy(() -> new Article("x", null, null, " ", null, null, List.of(), List.of()))
        .hasMessage("article.title is required");
    assertThatThrownBy(() -> new Page("", null, null, null, List.of()))
        .hasMessage("page.number is required");
    assertThatThrownBy(() -> new Article(null, null, null, "t", null, null, List.of(), List.of()))
        .hasMessage("article.id is required");
    assertThatThrownBy(() -> new Edition(Editions.PAPER, null, null, null, null, null, null))
        .hasMessage("date is required");
  }

  @Test
  void blankOptionalTextMeansAbsent() {
    Article article = new Article("x", "", "", "t", " ", "", (List<String>) null, null);
    assertThat(article.preTitle()).isNull();
    assertThat(article.subtitle()).isNull();
    assertThat(article.author()).isNull();
    assertThat(article.isUnavailable()).isFalse();
  }

  @Test
  void anUnavailableArticleKeepsItsHeadlineAndSaysWhy() {
    Article article = edition.article(new ArticlePosition(0, 0)).markUnavailable("HTTP 404");
    assertThat(article.title()).isEqualTo("标题1");
    assertThat(article.paragraphs()).isEmpty();
    assertThat(article.unavailable()).isEqualTo("HTTP 404");
  }

  @Test
  void aPageLabelReadsAsPrinted() {
    assertThat(edition.pages().get(0).label()).isEqualTo("第01版 版1");
    assertThat(new Page("A2", null, null, null, List.of()).label()).isEqualTo("第A2版");
  }

  @Test
  void neighboursAndWarningsAreAddedWithoutChangingTheRest() {
    Edition more = edition.withNeighbours(LocalDate.of(2022, 7, 13), null)
        .withWarnings(List.of("one"));
    assertThat(more.previousIssue()).isEqualTo(LocalDate.of(2022, 7, 13));
    assertThat(more.warnings()).containsExactly("one");
    assertThat(more.pages()).isEqualTo(edition.pages());
  }

  @Test
  void pagesAreFoundByNameWithEverySpaceFolded() {
    Edition named = edition.withPages(List.of(
        new Page("01", "要闻", null, null, List.of()),
        new Page("02", "综 合", null, null, List.of()),
        new Page("03", null, null, null, List.of()),
        new Page("04", "综\u3000合", null, null, List.of())));
    assertThat(named.pagesNamed("综合")).containsExactly(1, 3);
    assertThat(named.pagesNamed(" 综 合 ")).containsExactly(1, 3);
    assertThat(named.pagesNamed("要 闻")).containsExactly(0);
    assertThat(named.pagesNamed("经济")).isEmpty();
    assertThat(named.pagesNamed(" ")).isEmpty();
    assertThat(named.pages().get(2).isNamed("")).isFalse();
  }

  @Test
  void theSamePageIsByNameThenNumberThenPlaceAmongTheNamedThenByNumberAlone() {
    Edition named = edition.withPages(List.of(
        new Page("01", "要闻", null, null, List.of()),
        new Page("02", "综 合", null, null, List.of()),
        new Page("03", null, null, null, List.of()),
        new Page("04", "综\u3000合", null, null, List.of())));

    assertThat(named.samePage("综合", "04", 0)).contains(3);
    assertThat(named.samePage("综合", "01", 0)).contains(1);
    assertThat(named.samePage("综合", "01", 1)).contains(3);
    assertThat(named.samePage("综合", null, 5)).contains(3);
    assertThat(named.samePage("经济", "3", 0)).contains(2);
    assertThat(named.samePage("经济", "09", 0)).isEmpty();
    assertThat(named.samePage(null, "01", 0)).contains(0);
    assertThat(named.samePage(null, null, 0)).isEmpty();
  }
}
