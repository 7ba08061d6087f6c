package org.termpaper.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.termpaper.model.Article;
import org.termpaper.model.Block;
import org.termpaper.model.Figure;
import org.termpaper.text.ColumnWidth;

/**
 * Lays an article out as lines of a given width (DESIGN.md §6, P1–P2):
 *
 * <pre>
 * 引题                      PRE_TITLE  (if any)
 * 标题                      TITLE
 * 副题                      SUBTITLE   (if any)
 * 作者                      AUTHOR     (if any)
 *                           BLANK
 * （unavailable: 原因）      NOTICE     (instead of the body, when it is missing)
 *     ［图］ 图片说明        CAPTION    (per figure, every line indented; a run of figures
 *                                       has a BLANK before and after it)
 *     正文第一段……          BODY       (a 4-column indent on each paragraph's first line)
 *                           BLANK
 *     小标题                SUBHEAD    (indented, a BLANK before and after)
 *                           BLANK
 * </pre>
 *
 * <p>The body's blocks come in the article's order, so a figure stands where the page put it
 * (an article built from paragraphs and figures apart has its figures first). Every block
 * wraps, titles too. Immutable and thread-safe.
 */
public final class ArticleLayout {
  /** The narrowest width the layout accepts. */
  public static final int MIN_WIDTH = 10;
  /** The paragraph indent of P1: two ideographs. */
  public static final int INDENT = 4;
  /** What stands before a caption. */
  public static final String FIGURE_MARK = "［图］";

  private final LineBreaker breaker;

  public ArticleLayout(ColumnWidth width) {
    this.breaker = new LineBreaker(Objects.requireNonNull(width, "width"));
  }

  /** The column widths this layout measures with. */
  public ColumnWidth columnWidth() {
    return breaker.columnWidth();
  }

  /**
   * The article as lines no wider than {@code width} columns, which must be at least 10. The
   * list (like every list this class returns) is immutable.
   */
  public List<Line> layout(Article article, int width) {
    Objects.requireNonNull(article, "article");
    requireWidth(width);
    List<Line> lines = new ArrayList<>();
    addBlock(lines, article.preTitle(), width, LineStyle.PRE_TITLE);
    addBlock(lines, article.title(), width, LineStyle.TITLE);
    addBlock(lines, article.subtitle(), width, LineStyle.SUBTITLE);
    addBlock(lines, article.author(), width, LineStyle.AUTHOR);
    lines.add(Line.BLANK);
    if (article.isUnavailable()) {
      addBlock(lines, "（unavailable: " + article.unavailable() + "）", width, LineStyle.NOTICE);
    }
    Block previous = null;
    for (Block block : article.body()) {
      if (block instanceof Figure figure) {
        if (previous != null && !(previous instanceof Figure)) {
          blank(lines);
        }
        lines.addAll(caption(figure, width));
      } else {
        if (previous instanceof Figure) {
          blank(lines);
        }
        if (block instanceof Block.Subhead subhead) {
          blank(lines);
          lines.addAll(subhead(subhead.text(), width));
          lines.add(Line.BLANK);
        } else if (block instanceof Block.Paragraph paragraph) {
          lines.addAll(paragraph(paragraph.text(), width));
        }
      }
      previous = block;
    }
    if (previous instanceof Figure) {
      blank(lines);
    }
    return List.copyOf(lines);
  }

  /** One block of text wrapped to {@code width} columns (at least 10), with no indent. */
  public List<Line> wrap(String text, int width, LineStyle style) {
    requireWidth(width);
    return breaker.lines(text, width, width, style);
  }

  /** A body paragraph: its first line indented by {@link #INDENT} columns. */
  public List<Line> paragraph(String text, int width) {
    requireWidth(width);
    List<Line> lines = new ArrayList<>(breaker.lines(text, width - INDENT, width, LineStyle.BODY));
    if (!lines.isEmpty()) {
      lines.set(0, lines.get(0).indented(INDENT));
    }
    return List.copyOf(lines);
  }

  /**
   * A subhead (小标题): its lines in the {@link LineStyle#SUBHEAD} style, each indented like a
   * paragraph's first line. {@link #layout} sets it apart with a blank line on either side.
   */
  public List<Line> subhead(String text, int width) {
    requireWidth(width);
    List<Line> lines = new ArrayList<>();
    for (Line line : breaker.lines(text, width - INDENT, width - INDENT, LineStyle.SUBHEAD)) {
      lines.add(line.indented(INDENT));
    }
    return List.copyOf(lines);
  }

  /**
   * A figure as {@code ［图］ caption}, every line indented by {@link #INDENT} columns and the
   * caption's later lines hung under its first word, where the width leaves room for that.
   */
  public List<Line> caption(Figure figure, int width) {
    requireWidth(width);
    int inner = width - INDENT;
    String mark = FIGURE_MARK + " ";
    int hang = breaker.columnWidth().of(mark);
    List<Line> lines = new ArrayList<>();
    if (figure.caption() == null || inner - hang < MIN_WIDTH) {
      String text = figure.caption() == null ? FIGURE_MARK : mark + figure.caption();
      for (Line line : breaker.lines(text, inner, inner, LineStyle.CAPTION)) {
        lines.add(line.indented(INDENT));
      }
      return List.copyOf(lines);
    }
    List<Line> wrapped =
        breaker.lines(figure.caption(), inner - hang, inner - hang, LineStyle.CAPTION);
    for (int i = 0; i < wrapped.size(); i++) {
      Line line = wrapped.get(i);
      String lead = i == 0 ? mark : " ".repeat(hang);
      lines.add(new Line(lead + line.text(), hang + line.columns(), LineStyle.CAPTION)
          .indented(INDENT));
    }
    return List.copyOf(lines);
  }


  private static void blank(List<Line> lines) {
    if (lines.isEmpty() || lines.get(lines.size() - 1).style() != LineStyle.BLANK) {
      lines.add(Line.BLANK);
    }
  }

  private void addBlock(List<Line> lines, String text, int width, LineStyle style) {
    if (text != null) {
      lines.addAll(breaker.lines(text, width, width, style));
    }
  }

  private static void requireWidth(int width) {
    if (width < MIN_WIDTH) {
      throw new IllegalArgumentException(
          "width must be at least " + MIN_WIDTH + " columns, not " + width);
    }
  }
}
