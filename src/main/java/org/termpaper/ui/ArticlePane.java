package org.termpaper.ui;

import java.util.ArrayList;
import java.util.List;
import org.termpaper.layout.ArticleLayout;
import org.termpaper.layout.Line;
import org.termpaper.layout.LineStyle;
import org.termpaper.model.Article;
import org.termpaper.ui.nav.Matches;
import org.termpaper.ui.nav.Matches.Span;
import org.termpaper.ui.term.Style;

/**
 * Draws an article laid out by {@link ArticleLayout}: the title block, the byline, captions set
 * apart and dimmed, the paragraphs, and the words of the search that found it marked. Keeps the
 * layout of the last article and width, and where the words are in it; not thread-safe.
 */
final class ArticlePane {
  /** One column of margin on each side of the text. */
  static final int MARGIN = 1;
  /** The widest measure text is set to, however wide the pane: lines stay easy to follow. */
  static final int MEASURE = 80;

  private final ArticleLayout layout;
  private final Texts texts;
  private final Theme theme;
  private Article laidOut;
  private int laidOutWidth;
  private List<Line> lines = List.of();
  private List<Line> marked;
  private List<String> markedTerms = List.of();
  private List<Span> marks = List.of();

  ArticlePane(ArticleLayout layout, Texts texts, Theme theme) {
    this.layout = layout;
    this.texts = texts;
    this.theme = theme;
  }

  /** The lines of {@code article} at the text width of a pane {@code paneWidth} wide. */
  List<Line> lines(Article article, int paneWidth) {
    int width = Math.max(ArticleLayout.MIN_WIDTH, Math.min(MEASURE, paneWidth - 2 * MARGIN));
    if (article != laidOut || width != laidOutWidth) {
      lines = laidOut(article, width);
      laidOut = article;
      laidOutWidth = width;
    }
    return lines;
  }

  /**
   * The layout of {@code article}; one whose body could not be read says why in the UI's
   * language where the body would be, instead of the layout's own notice.
   */
  private List<Line> laidOut(Article article, int width) {
    if (!article.isUnavailable()) {
      return layout.layout(article, width);
    }
    Article read = new Article(article.id(), article.url(), article.preTitle(), article.title(),
        article.subtitle(), article.author(), article.body(), (String) null);
    List<Line> all = new ArrayList<>(layout.layout(read, width));
    all.addAll(layout.wrap(texts.get("article.unavailable", article.unavailable()), width,
        LineStyle.NOTICE));
    return List.copyOf(all);
  }

  /**
   * Where {@code terms} occur in the lines of {@code article} at the text width of a pane
   * {@code paneWidth} wide, by line; empty when there are no terms.
   */
  List<Span> marks(Article article, int paneWidth, List<String> terms) {
    List<Line> all = lines(article, paneWidth);
    if (all != marked || !terms.equals(markedTerms)) {
      marks = terms.isEmpty() ? List.of()
          : Matches.find(all.stream().map(Line::text).toList(), terms);
      marked = all;
      markedTerms = List.copyOf(terms);
    }
    return marks;
  }

  /**
   * Draws {@code article} from line {@code scroll}, with {@code spans} (from {@link #marks})
   * marked; returns how many lines it has.
   */
  int draw(Canvas c, Article article, int scroll, List<Span> spans) {
    List<Line> all = lines(article, c.width());
    for (int r = 0; r < c.height() && scroll + r < all.size(); r++) {
      Line line = all.get(scroll + r);
      c.text(MARGIN, r, line.text(), style(line));
    }
    for (Span span : spans) {
      int r = span.line() - scroll;
      if (r >= 0 && r < c.height()) {
        String text = all.get(span.line()).text();
        c.text(MARGIN + c.columns(text.substring(0, span.start())), r,
            text.substring(span.start(), span.end()), theme.match());
      }
    }
    return all.size();
  }

  /**
   * Draws short notices, each wrapped to the pane and a blank line apart, in place of an
   * article, from its second row; returns the row after the last one drawn.
   */
  int drawNotice(Canvas c, String... notices) {
    int width = Math.max(ArticleLayout.MIN_WIDTH, Math.min(MEASURE, c.width() - 2 * MARGIN));
    int row = 1;
    for (String notice : notices) {
      for (Line line : layout.wrap(notice, width, LineStyle.NOTICE)) {
        if (row < c.height()) {
          c.text(MARGIN, row, c.fit(line.text(), c.width() - 2 * MARGIN), theme.secondary());
        }
        row++;
      }
      row++;
    }
    return row;
  }

  private Style style(Line line) {
    return switch (line.style()) {
      case PRE_TITLE, SUBTITLE -> theme.text();
      case TITLE -> theme.title();
      case AUTHOR, CAPTION -> theme.caption();
      case NOTICE -> theme.notice();
      case SUBHEAD -> theme.heading();
      case BODY, BLANK -> theme.text();
    };
  }
}
