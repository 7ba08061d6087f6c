package org.termpaper.print;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.termpaper.archive.SearchHit;
import org.termpaper.layout.ArticleLayout;
import org.termpaper.layout.Line;
import org.termpaper.layout.LineStyle;

/**
 * Search hits as text: per hit the date, page and title (and the paper, when the hits come from
 * several), and under it the snippet, the match in bold where asked. Not thread-safe: it writes
 * to one stream.
 */
public final class SearchText {
  /** The columns a snippet stands in from its heading. */
  public static final int INDENT = 4;

  private static final String BOLD = "\u001b[1m";
  private static final String PLAIN = "\u001b[0m";

  private final PrintWriter out;
  private final ArticleLayout layout;
  private final int width;
  private final boolean bold;

  /** A writer to {@code out} at {@code width} columns (headings), the match bold if asked. */
  public SearchText(PrintWriter out, ArticleLayout layout, int width, boolean bold) {
    this.out = out;
    this.layout = layout;
    this.width = width;
    this.bold = bold;
  }

  /** Prints {@code hits} in their order. */
  public void hits(List<SearchHit> hits) {
    boolean manyPapers = hits.stream().map(SearchHit::paper).distinct().count() > 1;
    for (SearchHit hit : hits) {
      String heading = hit.date() + "  第" + hit.pageNumber() + "版"
          + (hit.pageName() == null ? "" : " " + hit.pageName()) + "  " + hit.title()
          + (manyPapers ? "  (" + hit.paper().name() + ")" : "");
      layout.wrap(heading, width, LineStyle.TITLE).forEach(line -> out.println(line.text()));
      for (String line : snippet(hit, layout.wrap(hit.snippet(), width - INDENT, LineStyle.BODY),
          bold)) {
        out.println(" ".repeat(INDENT) + line);
      }
    }
  }

  /**
   * The snippet's lines, with the match set in bold where asked. The lines are the snippet in
   * order less the spaces at the breaks, so the match is found again by walking through them.
   */
  private static List<String> snippet(SearchHit hit, List<Line> lines, boolean bold) {
    List<String> out = new ArrayList<>();
    String text = hit.snippet();
    int matchEnd = hit.matchStart() + hit.matchLength();
    int at = 0;
    for (Line line : lines) {
      while (at < text.length() && text.charAt(at) == ' ') {
        at++;
      }
      int start = at;
      int end = at + line.text().length();
      at = end;
      int from = Math.max(start, hit.matchStart());
      int to = Math.min(end, matchEnd);
      if (!bold || from >= to || !text.startsWith(line.text(), start)) {
        out.add(line.text());
      } else {
        out.add(text.substring(start, from) + BOLD + text.substring(from, to) + PLAIN
            + text.substring(to, end));
      }
    }
    return out;
  }
}
