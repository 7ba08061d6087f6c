package org.termpaper.model;

import java.util.List;
import java.util.Optional;

/**
 * One page (版) of an edition with its articles in page order. Immutable; lists are copied.
 *
 * @param number the page number as printed, such as {@code 03} or {@code A2}
 * @param name the page's name, such as {@code 要闻}, or null
 * @param url where the page was read from, or null
 * @param pdf the page's PDF, or null
 * @param articles the articles in page order; may be empty
 * @param unavailable why the page could not be read, or null
 * @param image the page image (版面图) with the articles' areas on it, or null
 */
public record Page(
    String number, String name, String url, String pdf, List<Article> articles,
    String unavailable, PageImage image) {

  public Page {
    Require.nonBlank(number, "page.number");
    name = Require.optional(name);
    url = Require.optional(url);
    pdf = Require.optional(pdf);
    articles = Require.copy(articles, "page.articles");
    unavailable = Require.optional(unavailable);
  }

  /** A page without a page image. */
  public Page(String number, String name, String url, String pdf, List<Article> articles,
      String unavailable) {
    this(number, name, url, pdf, articles, unavailable, null);
  }

  /** A page that was read in full. */
  public Page(String number, String name, String url, String pdf, List<Article> articles) {
    this(number, name, url, pdf, articles, null);
  }

  /** The page's label as a reader sees it: {@code 第03版 要闻}, or {@code 第03版}. */
  public String label() {
    return name == null ? "第" + number + "版" : "第" + number + "版 " + name;
  }

  /** This page with another page image (or none), everything else kept. */
  public Page withImage(PageImage newImage) {
    return new Page(number, name, url, pdf, articles, unavailable, newImage);
  }

  /** The area of the article {@code articleId} on the page image, if the page has one. */
  public Optional<PageArea> area(String articleId) {
    return image == null ? Optional.empty() : image.area(articleId);
  }

  public boolean isUnavailable() {
    return unavailable != null;
  }

  /**
   * True when this page's name is {@code wanted} with every space folded away, so that
   * {@code 综 合} is {@code 综合} (sites space out two-character names); false for a page with no
   * name or a blank {@code wanted}.
   */
  public boolean isNamed(String wanted) {
    String folded = fold(wanted);
    return name != null && !folded.isEmpty() && fold(name).equals(folded);
  }

  /** {@code text} without its spaces: plain, no-break and ideographic; null gives "". */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
