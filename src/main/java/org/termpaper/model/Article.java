package org.termpaper.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One story of a page. Immutable; lists are copied.
 *
 * <p>Only {@code id} and {@code title} are required. The body is a list of {@link Block}s in
 * reading order: paragraphs, subheads and figures where they stand. {@link #paragraphs()} and
 * {@link #figures()} are views of it for code that wants the text or the pictures alone. An
 * article whose body could not be loaded keeps its headline and says why in {@code
 * unavailable}; its body is then empty.
 *
 * @param id stable identifier within the edition, such as {@code content_12345}
 * @param url where the article was read from, or null
 * @param preTitle the line above the title (引题), or null
 * @param title the headline
 * @param subtitle the line below the title (副题), or null
 * @param author the byline, or null
 * @param body paragraphs, subheads and figures in reading order; may be empty
 * @param unavailable why the body is missing, or null when it was read
 */
public record Article(
    String id,
    String url,
    String preTitle,
    String title,
    String subtitle,
    String author,
    List<Block> body,
    String unavailable) {

  public Article {
    Require.nonBlank(id, "article.id");
    Require.nonBlank(title, "article.title");
    url = Require.optional(url);
    preTitle = Require.optional(preTitle);
    subtitle = Require.optional(subtitle);
    author = Require.optional(author);
    body = Require.copy(body, "article.body");
    unavailable = Require.optional(unavailable);
  }

  /**
   * An article from its paragraphs and figures apart, as a body of the figures (first, where a
   * reader meets the photos of a printed article) and then the paragraphs; blank paragraphs are
   * left out.
   */
  public Article(
      String id,
      String url,
      String preTitle,
      String title,
      String subtitle,
      String author,
      List<String> paragraphs,
      List<Figure> figures,
      String unavailable) {
    this(id, url, preTitle, title, subtitle, author, blocks(paragraphs, figures), unavailable);
  }

  /** An article that was read in full, from its paragraphs and figures apart. */
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

  /** An article that was read in full, from its body's blocks. */
  public static Article of(String id, String url, String preTitle, String title,
      String subtitle, String author, List<Block> body) {
    return new Article(id, url, preTitle, title, subtitle, author, body, (String) null);
  }

  /**
   * The text of the body, one string a paragraph or subhead, in reading order, without indent;
   * may be empty. Subheads are text of the article too: a search finds them, and code that
   * knows nothing of blocks still reads every word.
   */
  public List<String> paragraphs() {
    List<String> texts = new ArrayList<>();
    for (Block block : body) {
      if (block instanceof Block.Paragraph p) {
        texts.add(p.text());
      } else if (block instanceof Block.Subhead s) {
        texts.add(s.text());
      }
    }
    return List.copyOf(texts);
  }

  /** The pictures with their captions in reading order; may be empty. */
  public List<Figure> figures() {
    List<Figure> figures = new ArrayList<>();
    for (Block block : body) {
      if (block instanceof Figure f) {
        figures.add(f);
      }
    }
    return List.copyOf(figures);
  }

  /** True when the body could not be loaded; {@link #unavailable()} says why. */
  public boolean isUnavailable() {
    return unavailable != null;
  }

  /** This article with its body dropped and the reason it is missing. */
  public Article markUnavailable(String reason) {
    Require.nonBlank(reason, "reason");
    return new Article(id, url, preTitle, title, subtitle, author, List.<Block>of(), reason);
  }

  /** This article with another body, everything else kept. */
  public Article withBody(List<Block> newBody) {
    return new Article(id, url, preTitle, title, subtitle, author, newBody, unavailable);
  }

  private static List<Block> blocks(List<String> paragraphs, List<Figure> figures) {
    List<Block> blocks = new ArrayList<>(Require.copy(figures, "article.figures"));
    for (String text : Require.copy(paragraphs, "article.paragraphs")) {
      if (!text.isBlank()) {
        blocks.add(new Block.Paragraph(text));
      }
    }
    return blocks;
  }
}
