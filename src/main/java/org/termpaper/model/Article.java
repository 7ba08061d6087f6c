package org.termpaper.model;

import java.util.List;

/**
 * One story of a page. Immutable; lists are copied.
 *
 * <p>Only {@code id} and {@code title} are required. An article whose body could not be loaded
 * keeps its headline and says why in {@code unavailable}; its paragraphs are then empty.
 *
 * @param id stable identifier within the edition, such as {@code content_12345}
 * @param url where the article was read from, or null
 * @param preTitle the line above the title (引题), or null
 * @param title the headline
 * @param subtitle the line below the title (副题), or null
 * @param author the byline, or null
 * @param paragraphs the body, one string a paragraph, without indent; may be empty
 * @param figures pictures with captions in reading order; may be empty
 * @param unavailable why the body is missing, or null when it was read
 */
public record Article(
    String id,
    String url,
    String preTitle,
    String title,
    String subtitle,
    String author,
    List<String> paragraphs,
    List<Figure> figures,
    String unavailable) {

  public Article {
    Require.nonBlank(id, "article.id");
    Require.nonBlank(title, "article.title");
    url = Require.optional(url);
    preTitle = Require.optional(preTitle);
    subtitle = Require.optional(subtitle);
    author = Require.optional(author);
    paragraphs = Require.copy(paragraphs, "article.paragraphs");
    figures = Require.copy(figures, "article.figures");
    unavailable = Require.optional(unavailable);
  }

  /** An article that was read in full. */
  public Article(
      String id,
      String url,
      String preTitle,
      String title,
      String subtitle,
      String author,
      List<String> paragraphs,
      List<Figure> figures) {
    this(id, url, preTitle, title, subtitle, author, paragraphs, figures, null);
  }

  /** True when the body could not be loaded; {@link #unavailable()} says why. */
  public boolean isUnavailable() {
    return unavailable != null;
  }

  /** This article with its body dropped and the reason it is missing. */
  public Article markUnavailable(String reason) {
    Require.nonBlank(reason, "reason");
    return new Article(
        id, url, preTitle, title, subtitle, author, List.of(), List.of(), reason);
  }
}
