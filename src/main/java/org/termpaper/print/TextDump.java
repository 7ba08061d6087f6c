package org.termpaper.print;

import java.io.PrintWriter;
import org.termpaper.layout.ArticleLayout;
import org.termpaper.layout.Line;
import org.termpaper.layout.LineStyle;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;

/**
 * Writes editions, pages and articles as plain text for {@code dump --format text}, on the command line and over SSH alike, laid out to
 * a column width by {@link ArticleLayout}: subheads stand apart on their own lines, and are bold
 * on a terminal that can show it ({@code bold}); a pipe gets no escape sequence. Not
 * thread-safe: it writes to one stream.
 */
public final class TextDump {
  private static final String BOLD = "\u001b[1m";
  private static final String PLAIN = "\u001b[0m";

  private final PrintWriter out;
  private final ArticleLayout layout;
  private final int width;
  private final boolean bold;

  /** A writer to {@code out}, laid out to {@code width} columns, subheads bold if {@code bold}. */
  public TextDump(PrintWriter out, ArticleLayout layout, int width, boolean bold) {
    this.out = out;
    this.layout = layout;
    this.width = width;
    this.bold = bold;
  }

  public void edition(Edition edition) {
    print(edition.paper().name() + "  " + edition.date(), LineStyle.TITLE);
    for (Page page : edition.pages()) {
      out.println();
      page(page);
    }
  }

  public void page(Page page) {
    print("== " + page.label() + " ==", LineStyle.TITLE);
    if (page.isUnavailable()) {
      print("（unavailable: " + page.unavailable() + "）", LineStyle.NOTICE);
    }
    for (Article article : page.articles()) {
      out.println();
      article(article);
    }
  }

  public void article(Article article) {
    for (Line line : layout.layout(article, width)) {
      boolean strong = bold && line.style() == LineStyle.SUBHEAD && !line.text().isBlank();
      out.println(strong ? lead(line.text()) + BOLD + line.text().strip() + PLAIN : line.text());
    }
  }

  private static String lead(String text) {
    return text.substring(0, text.length() - text.stripLeading().length());
  }

  private void print(String text, LineStyle style) {
    for (Line line : layout.wrap(text, width, style)) {
      out.println(line.text());
    }
  }
}
