package org.termpaper.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One issue of a paper: its pages in order, and the neighbouring issue dates where the source
 * knows them. Immutable; lists are copied.
 *
 * <p>Also answers the navigation questions of reading: the first article of a page, the article
 * after or before another across page ends, an article or page by its id or number.
 *
 * @param paper the paper
 * @param date the issue date
 * @param url where the edition was read from, or null
 * @param previousIssue the date of the issue before this one, or null
 * @param nextIssue the date of the issue after this one, or null
 * @param pages the pages in order; may be empty
 * @param warnings what went wrong while reading that the reader should know; may be empty
 */
public record Edition(
    Paper paper,
    LocalDate date,
    String url,
    LocalDate previousIssue,
    LocalDate nextIssue,
    List<Page> pages,
    List<String> warnings) {

  public Edition {
    Require.nonNull(paper, "paper");
    Require.nonNull(date, "date");
    url = Require.optional(url);
    pages = Require.copy(pages, "pages");
    warnings = Require.copy(warnings, "warnings");
  }

  public Edition withWarnings(List<String> more) {
    List<String> all = new ArrayList<>(warnings);
    all.addAll(more);
    return new Edition(paper, date, url, previousIssue, nextIssue, pages, all);
  }

  public Edition withNeighbours(LocalDate previous, LocalDate next) {
    return new Edition(paper, date, url, previous, next, pages, warnings);
  }

  public Edition withPages(List<Page> newPages) {
    return new Edition(paper, date, url, previousIssue, nextIssue, newPages, warnings);
  }

  public int articleCount() {
    return pages.stream().mapToInt(p -> p.articles().size()).sum();
  }

  public Article article(ArticlePosition at) {
    return pages.get(at.page()).articles().get(at.article());
  }

  /** The first article of page {@code pageIndex}, or empty when that page has none. */
  public Optional<ArticlePosition> firstArticleOf(int pageIndex) {
    checkPage(pageIndex);
    return pages.get(pageIndex).articles().isEmpty()
        ? Optional.empty()
        : Optional.of(new ArticlePosition(pageIndex, 0));
  }

  /** The article after {@code at}, on a later page if {@code at} ends its page; else empty. */
  public Optional<ArticlePosition> articleAfter(ArticlePosition at) {
    checkPage(at.page());
    if (at.article() + 1 < pages.get(at.page()).articles().size()) {
      return Optional.of(new ArticlePosition(at.page(), at.article() + 1));
    }
    for (int p = at.page() + 1; p < pages.size(); p++) {
      if (!pages.get(p).articles().isEmpty()) {
        return Optional.of(new ArticlePosition(p, 0));
      }
    }
    return Optional.empty();
  }

  /** The article before {@code at}, on an earlier page if needed; empty at the start. */
  public Optional<ArticlePosition> articleBefore(ArticlePosition at) {
    checkPage(at.page());
    if (at.article() > 0) {
      return Optional.of(new ArticlePosition(at.page(), at.article() - 1));
    }
    for (int p = at.page() - 1; p >= 0; p--) {
      int size = pages.get(p).articles().size();
      if (size > 0) {
        return Optional.of(new ArticlePosition(p, size - 1));
      }
    }
    return Optional.empty();
  }

  /** The index of the page numbered {@code number} (leading zeros ignored), or empty. */
  public Optional<Integer> pageIndex(String number) {
    String wanted = stripZeros(number);
    for (int i = 0; i < pages.size(); i++) {
      if (stripZeros(pages.get(i).number()).equalsIgnoreCase(wanted)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * The indexes of the pages named {@code name}, spaces folded ({@link Page#isNamed}), in page
   * order; empty when none is.
   */
  public List<Integer> pagesNamed(String name) {
    List<Integer> named = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).isNamed(name)) {
        named.add(i);
      }
    }
    return List.copyOf(named);
  }

  /**
   * The page that stands for the page named {@code name} and numbered {@code number} of
   * another issue (the rule of the {@code {}} keys and of {@code dump --page-name}): of the
   * pages of that name (spaces folded), the one of that number, else the {@code ordinal}-th of
   * them (the last when there are fewer); else the page of that number; else empty.
   *
   * @param name the page's name, or null to go by number alone
   * @param number the page's number, or null to go by name alone
   * @param ordinal which of several pages of that name (0 for the first)
   */
  public Optional<Integer> samePage(String name, String number, int ordinal) {
    Optional<Integer> byNumber = number == null ? Optional.empty() : pageIndex(number);
    if (name != null) {
      List<Integer> named = pagesNamed(name);
      if (byNumber.isPresent() && named.contains(byNumber.get())) {
        return byNumber;
      }
      if (!named.isEmpty()) {
        return Optional.of(named.get(Math.min(Math.max(0, ordinal), named.size() - 1)));
      }
    }
    return byNumber;
  }

  /** Where the article with this id stands, or empty. */
  public Optional<ArticlePosition> find(String articleId) {
    for (int p = 0; p < pages.size(); p++) {
      List<Article> articles = pages.get(p).articles();
      for (int a = 0; a < articles.size(); a++) {
        if (articles.get(a).id().equals(articleId)) {
          return Optional.of(new ArticlePosition(p, a));
        }
      }
    }
    return Optional.empty();
  }

  private void checkPage(int pageIndex) {
    if (pageIndex < 0 || pageIndex >= pages.size()) {
      throw new IndexOutOfBoundsException("page index " + pageIndex + " of " + pages.size());
    }
  }

  private static String stripZeros(String number) {
    String trimmed = number.trim();
    int i = 0;
    while (i < trimmed.length() - 1 && trimmed.charAt(i) == '0') {
      i++;
    }
    return trimmed.substring(i);
  }
}
