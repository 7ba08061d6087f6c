package org.termpaper.ui.term;

import java.util.Arrays;
import java.util.Objects;
import org.termpaper.text.ColumnWidth;

/**
 * A rectangle of terminal cells, each holding one grapheme cluster and its style. A cluster two
 * columns wide fills its cell and marks the next one as its continuation. Mutable, not
 * thread-safe.
 *
 * <p>Writing is safe by construction: a cluster that holds a control character is drawn as
 * U+FFFD, a cluster of no width is dropped, and text is cut at the right edge given, a wide
 * cluster that would straddle it becoming a space. Widths are those of {@link ColumnWidth}.
 */
public final class Grid {
  static final String BLANK = " ";
  /** What a cell holds when the terminal's content there is unknown: equal to no real cell. */
  private static final String UNKNOWN = "\u0000";
  private static final String REPLACEMENT = "\uFFFD";

  private final ColumnWidth width;
  private final int columns;
  private final int rows;
  /** The cluster of each cell; null marks the right half of a wide cluster. */
  private final String[] text;
  private final Style[] style;

  public Grid(ColumnWidth width, int columns, int rows) {
    if (columns < 1 || rows < 1) {
      throw new IllegalArgumentException("grid size " + columns + "x" + rows);
    }
    this.width = width;
    this.columns = columns;
    this.rows = rows;
    this.text = new String[columns * rows];
    this.style = new Style[columns * rows];
    clear();
  }

  public int columns() {
    return columns;
  }

  public int rows() {
    return rows;
  }

  public ColumnWidth width() {
    return width;
  }

  /** Every cell blank and plain. */
  public void clear() {
    Arrays.fill(text, BLANK);
    Arrays.fill(style, Style.PLAIN);
  }

  /**
   * Writes {@code s} from column {@code col} of row {@code row}, no further than column
   * {@code end} (exclusive), and returns the column after the last cell written.
   */
  public int put(int col, int row, String s, Style st, int end) {
    if (row < 0 || row >= rows || s == null) {
      return col;
    }
    int limit = Math.min(end, columns);
    int at = Math.max(col, 0);
    for (String cluster : width.clusters(s)) {
      String safe = safe(cluster);
      int w = safe == REPLACEMENT ? 1 : width.ofCluster(safe);
      if (w == 0) {
        continue;
      }
      if (at + w > limit) {
        if (at < limit) {
          set(at, row, BLANK, st);
          at++;
        }
        break;
      }
      set(at, row, safe, st);
      if (w == 2) {
        set(at + 1, row, null, st);
      }
      at += w;
    }
    return at;
  }

  /** Fills columns {@code from} to {@code to} (exclusive) of {@code row} with blanks. */
  public void fill(int from, int to, int row, Style st) {
    for (int c = Math.max(0, from); c < Math.min(to, columns); c++) {
      set(c, row, BLANK, st);
    }
  }

  /** The cluster in a cell: null for the right half of a wide cluster. */
  public String text(int col, int row) {
    return text[row * columns + col];
  }

  public Style style(int col, int row) {
    return style[row * columns + col];
  }

  /** The text of a row as a reader sees it, right halves of wide clusters left out. */
  public String row(int row) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < columns; c++) {
      String cell = text(c, row);
      if (cell != null) {
        line.append(cell);
      }
    }
    return line.toString();
  }

  /** True when row {@code row} of this grid and row {@code otherRow} of {@code other} match. */
  boolean sameRow(int row, Grid other, int otherRow) {
    int a = row * columns;
    int b = otherRow * other.columns;
    for (int c = 0; c < columns; c++) {
      if (!Objects.equals(text[a + c], other.text[b + c])
          || !style[a + c].equals(other.style[b + c])) {
        return false;
      }
    }
    return true;
  }

  boolean sameCell(int col, int row, Grid other) {
    int i = row * columns + col;
    return Objects.equals(text[i], other.text[i]) && style[i].equals(other.style[i]);
  }

  /** Marks a rectangle unknown, so that it differs from every frame and is written again. */
  void forget(int col, int row, int w, int h) {
    for (int r = row; r < Math.min(rows, row + h); r++) {
      for (int c = col; c < Math.min(columns, col + w); c++) {
        text[r * columns + c] = UNKNOWN;
        style[r * columns + c] = Style.PLAIN;
      }
    }
  }

  /** Copies a rectangle of {@code from}, a grid of the same size, into this one. */
  void copy(Grid from, int col, int row, int w, int h) {
    for (int r = row; r < Math.min(rows, row + h); r++) {
      int start = r * columns + col;
      int n = Math.max(0, Math.min(columns, col + w) - col);
      System.arraycopy(from.text, start, text, start, n);
      System.arraycopy(from.style, start, style, start, n);
    }
  }

  /** Moves rows {@code top..bottom} by {@code by} (up when positive); the rows let in go blank. */
  void shift(int top, int bottom, int by) {
    int span = bottom - top + 1;
    String[] rowsText = new String[span * columns];
    Style[] rowsStyle = new Style[span * columns];
    Arrays.fill(rowsText, BLANK);
    Arrays.fill(rowsStyle, Style.PLAIN);
    for (int r = top; r <= bottom; r++) {
      int from = r + by;
      if (from >= top && from <= bottom) {
        System.arraycopy(text, from * columns, rowsText, (r - top) * columns, columns);
        System.arraycopy(style, from * columns, rowsStyle, (r - top) * columns, columns);
      }
    }
    System.arraycopy(rowsText, 0, text, top * columns, span * columns);
    System.arraycopy(rowsStyle, 0, style, top * columns, span * columns);
  }

  /**
   * Sets one cell to a cluster read from another grid (whole and safe already, {@code w} columns
   * wide), without cutting it into clusters again as {@link #put} does: the screen keeps its
   * copy of what the terminal shows this way, once per changed cell.
   */
  void putCluster(int col, int row, String cluster, Style st, int w) {
    if (col + w > columns) {
      set(col, row, BLANK, st);
      return;
    }
    set(col, row, cluster, st);
    if (w == 2) {
      set(col + 1, row, null, st);
    }
  }

  private void set(int col, int row, String cluster, Style st) {
    int i = row * columns + col;
    if (text[i] == null && col > 0 && cluster != null) {
      text[i - 1] = BLANK;
    }
    if (text[i] != null && col + 1 < columns && text[i + 1] == null) {
      text[i + 1] = BLANK;
    }
    text[i] = cluster;
    style[i] = st;
  }

  private static String safe(String cluster) {
    for (int i = 0; i < cluster.length(); ) {
      int cp = cluster.codePointAt(i);
      if (Character.getType(cp) == Character.CONTROL || cp >= 0xD800 && cp <= 0xDFFF) {
        return REPLACEMENT;
      }
      i += Character.charCount(cp);
    }
    return cluster;
  }
}
