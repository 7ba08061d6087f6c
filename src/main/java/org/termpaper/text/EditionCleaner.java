package org.termpaper.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.termpaper.model.Article;
import org.termpaper.model.Block;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.Page;
import org.termpaper.model.PageArea;
import org.termpaper.model.PageImage;
import org.termpaper.model.Paper;

/**
 * Passes every text of an edition through {@link TextCleaner}: the one place where text from a
 * source is made safe before the rest of termpaper sees it. Names and titles are cleaned as
 * lines, ids get the strict syntax of {@link TextCleaner#id}, URLs lose their control
 * characters. A required part that cleans to nothing gets a stand-in (the paper's id for its
 * name, {@code (untitled)} for a title, {@value #NO_NUMBER} for a page number, with a warning),
 * never a failure. A page name loses the spaces between two ideographs ({@link #pageName}), the
 * same for every source. Stateless and thread-safe.
 */
public final class EditionCleaner {
  /** The number of a page whose own number cleans to nothing. */
  public static final String NO_NUMBER = "?";
  private static final String NO_PAPER_ID = "paper";
  private static final Pattern SPACE_BETWEEN_HAN =
      Pattern.compile("(?<=\\p{IsHan})[ \\u3000]+(?=\\p{IsHan})");

  private EditionCleaner() {}

  public static Edition clean(Edition edition) {
    Paper paper = paper(edition.paper());
    List<String> warnings = new ArrayList<>();
    edition.warnings().stream().map(TextCleaner::line).filter(w -> !w.isEmpty())
        .forEach(warnings::add);
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < edition.pages().size(); i++) {
      pages.add(page(edition.pages().get(i), i, warnings));
    }
    return new Edition(paper, edition.date(), TextCleaner.url(edition.url()),
        edition.previousIssue(), edition.nextIssue(), pages, warnings);
  }

  public static Paper paper(Paper paper) {
    String id = orDefault(TextCleaner.id(paper.id()), NO_PAPER_ID);
    return new Paper(id, orDefault(TextCleaner.line(paper.name()), id),
        TextCleaner.url(paper.home()));
  }

  private static Page page(Page page, int index, List<String> warnings) {
    List<Article> articles = new ArrayList<>();
    List<PageArea> areas = new ArrayList<>();
    for (int i = 0; i < page.articles().size(); i++) {
      Article original = page.articles().get(i);
      Article cleaned = article(original, index, i);
      articles.add(cleaned);
      // The area follows its article's id as cleaned; two articles cleaned to one id keep one.
      page.area(original.id())
          .filter(a -> areas.stream().noneMatch(b -> b.article().equals(cleaned.id())))
          .ifPresent(a -> areas.add(new PageArea(cleaned.id(), a.points())));
    }
    String number = TextCleaner.line(page.number());
    if (number.isEmpty()) {
      number = NO_NUMBER;
      warnings.add("page " + (index + 1) + " has no printable number; shown as " + NO_NUMBER);
    }
    return new Page(number, pageName(page.name()), TextCleaner.url(page.url()),
        TextCleaner.url(page.pdf()), articles, TextCleaner.line(page.unavailable()),
        image(page.image(), areas));
  }

  /** The image with its URL cleaned and {@code areas}, or null when no URL is left. */
  private static PageImage image(PageImage image, List<PageArea> areas) {
    String url = image == null ? null : TextCleaner.url(image.url());
    return url == null || url.isEmpty() ? null
        : new PageImage(url, image.width(), image.height(), areas);
  }

  /**
   * A page name cleaned as a line, with the padding a paper puts between ideographs dropped
   * ({@code 综 合} → {@code 综合}); a space between Latin words or digits stays
   * ({@code A1 Sports}). Null stays null.
   */
  public static String pageName(String name) {
    String line = TextCleaner.line(name);
    return line == null ? null : SPACE_BETWEEN_HAN.matcher(line).replaceAll("");
  }

  private static Article article(Article a, int page, int index) {
    String id = orDefault(TextCleaner.id(a.id()), "article-" + (page + 1) + "-" + (index + 1));
    String title = orDefault(TextCleaner.line(a.title()), "(untitled)");
    return new Article(id, TextCleaner.url(a.url()), TextCleaner.line(a.preTitle()), title,
        TextCleaner.line(a.subtitle()), TextCleaner.line(a.author()), body(a.body()),
        TextCleaner.line(a.unavailable()));
  }

  /** The blocks cleaned; a paragraph or subhead left empty, or an empty figure, is dropped. */
  private static List<Block> body(List<Block> blocks) {
    List<Block> kept = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      if (block instanceof Figure f) {
        Optional.ofNullable(figure(f)).ifPresent(kept::add);
      } else if (block instanceof Block.Subhead s) {
        TextCleaner.paragraphs(List.of(s.text())).forEach(t -> kept.add(new Block.Subhead(t)));
      } else if (block instanceof Block.Paragraph p) {
        TextCleaner.paragraphs(List.of(p.text()))
            .forEach(t -> kept.add(new Block.Paragraph(t)));
      }
    }
    return kept;
  }

  private static Figure figure(Figure f) {
    String src = TextCleaner.url(f.src());
    String caption = TextCleaner.line(f.caption());
    boolean empty = src == null && (caption == null || caption.isEmpty());
    return empty ? null : new Figure(src, caption);
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }
}
