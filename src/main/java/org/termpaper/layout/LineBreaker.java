package org.termpaper.layout;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.termpaper.text.ColumnWidth;
import org.termpaper.text.TextCleaner;

/**
 * Breaks one block of text into lines of at most a given width (DESIGN.md §6, B1–B7).
 *
 * <p>Break opportunities come from UAX #14 (ICU4J's line iterator, root locale) at grapheme
 * cluster boundaries, less those the Chinese rules forbid (see {@link BreakRules}). Lines are
 * filled greedily; a segment that does not fit moves down whole, carrying the characters that
 * may not be parted from it (push-out). Spaces at a break are dropped. A segment wider than a
 * whole line is cut at the last grapheme boundary that fits and keeps B2–B4, else at the last
 * one that fits (B7).
 *
 * <p>Text should come cleaned ({@link TextCleaner}); text that still holds a control character
 * is cleaned here first, so that no line carries one to a terminal.
 *
 * <p>Punctuation never hangs into the margin: a terminal cell cannot hold half of a fullwidth
 * comma, so hanging would make a line wider than its width.
 *
 * <p>Immutable and thread-safe.
 */
public final class LineBreaker {
  /** The narrowest line: one wide character must fit. */
  public static final int MIN_WIDTH = 2;

  /** ICU break iterators are not thread-safe; each thread gets its own. */
  private static final ThreadLocal<BreakIterator> LINES =
      ThreadLocal.withInitial(() -> BreakIterator.getLineInstance(ULocale.ROOT));

  private final ColumnWidth width;

  public LineBreaker(ColumnWidth width) {
    this.width = Objects.requireNonNull(width, "width");
  }

  /**
   * Loads ICU's line and grapheme rules and property data now (see {@link ColumnWidth#preload}),
   * so that the first article laid out does not wait for them. Meant for a background thread
   * started before the edition loads.
   */
  public static void preload() {
    ColumnWidth.preload();
    new LineBreaker(new ColumnWidth(false))
        .lines("中文 text。", MIN_WIDTH, MIN_WIDTH, LineStyle.BODY);
  }

  /** The column widths this breaker measures with. */
  public ColumnWidth columnWidth() {
    return width;
  }

  /**
   * The lines of {@code text}, none wider than {@code lineWidth}; the first may be narrower
   * ({@code firstWidth}), to leave room for an indent. Lines carry no indent. Empty for text
   * that is empty or only spaces. The list is immutable.
   */
  public List<Line> lines(String text, int firstWidth, int lineWidth, LineStyle style) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(style, "style");
    requireWidth(firstWidth, "firstWidth");
    requireWidth(lineWidth, "lineWidth");
    ClusterText clusters = new ClusterText(hasControl(text) ? TextCleaner.line(text) : text, width);
    boolean[] breakable = breakOpportunities(clusters);
    List<Line> lines = new ArrayList<>();
    int size = clusters.size();
    int lineStart = clusters.skipSpaces(0);
    int at = lineStart;
    int available = firstWidth;
    while (at < size) {
      int end = at + 1;
      while (end < size && !breakable[end]) {
        end++;
      }
      if (clusters.visibleColumns(lineStart, end) <= available) {
        at = end;
        continue;
      }
      if (at == lineStart) {
        at = cut(clusters, at, end, available);
      }
      lines.add(line(clusters, lineStart, at, style));
      at = clusters.skipSpaces(at);
      lineStart = at;
      available = lineWidth;
    }
    if (lineStart < size) {
      lines.add(line(clusters, lineStart, size, style));
    }
    return List.copyOf(lines);
  }

  private static boolean hasControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
        return true;
      }
    }
    return false;
  }

  private static void requireWidth(int columns, String name) {
    if (columns < MIN_WIDTH) {
      throw new IllegalArgumentException(
          name + " must be at least " + MIN_WIDTH + " columns, not " + columns);
    }
  }

  /** {@code result[i]}: a line may break before cluster {@code i}. */
  private static boolean[] breakOpportunities(ClusterText clusters) {
    int size = clusters.size();
    boolean[] breakable = new boolean[size + 1];
    BreakIterator iterator = LINES.get();
    iterator.setText(clusters.text());
    int cluster = 1;
    for (int at = iterator.following(0); at != BreakIterator.DONE && cluster < size;
        at = iterator.next()) {
      while (cluster < size && clusters.start(cluster) < at) {
        cluster++;
      }
      if (cluster < size && clusters.start(cluster) == at) {
        breakable[cluster] = BreakRules.isClean(clusters, cluster)
            && !BreakRules.isInsideFullwidthWord(clusters, cluster);
      }
    }
    iterator.setText("");
    BreakRules.keepUrlsWhole(clusters, breakable);
    return breakable;
  }

  /**
   * Where to cut a segment too wide for an empty line: the last boundary that fits and keeps
   * B2–B4, else the last that fits; at least one cluster goes on the line.
   */
  private static int cut(ClusterText clusters, int from, int to, int available) {
    int lastFit = from + 1;
    int lastClean = -1;
    for (int k = from + 1; k < to; k++) {
      if (clusters.visibleColumns(from, k) > available) {
        break;
      }
      lastFit = k;
      if (BreakRules.isClean(clusters, k)) {
        lastClean = k;
      }
    }
    return lastClean > from ? lastClean : lastFit;
  }

  private static Line line(ClusterText clusters, int from, int to, LineStyle style) {
    int end = clusters.trimEnd(from, to);
    return new Line(clusters.substring(from, end), clusters.columns(from, end), style);
  }
}
