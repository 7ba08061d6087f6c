package org.termpaper.ui;

import org.termpaper.ui.term.Grid;
import org.termpaper.ui.term.Style;

/**
 * A rectangle of a {@link Grid} that drawing is clipped to, with coordinates relative to its
 * top left corner. Immutable view of a mutable grid.
 */
final class Canvas {
  private final Grid grid;
  private final int left;
  private final int top;
  private final int width;
  private final int height;

  Canvas(Grid grid, int left, int top, int width, int height) {
    this.grid = grid;
    this.left = left;
    this.top = top;
    this.width = Math.max(0, width);
    this.height = Math.max(0, height);
  }

  static Canvas of(Grid grid) {
    return new Canvas(grid, 0, 0, grid.columns(), grid.rows());
  }

  int width() {
    return width;
  }

  int height() {
    return height;
  }

  /** The part of this canvas from column {@code col}, row {@code row}, of the given size. */
  Canvas sub(int col, int row, int w, int h) {
    int cw = Math.min(w, width - col);
    int ch = Math.min(h, height - row);
    return new Canvas(grid, left + col, top + row, cw, ch);
  }

  /** Writes {@code s} at a cell of this canvas, cut at its right edge; returns the next column. */
  int text(int col, int row, String s, Style style) {
    if (row < 0 || row >= height || col >= width) {
      return col;
    }
    return grid.put(left + col, top + row, s, style, left + width) - left;
  }

  /** Blanks a whole row in {@code style}, such as the reverse of a status line. */
  void fill(int row, Style style) {
    if (row >= 0 && row < height) {
      grid.fill(left, left + width, top + row, style);
    }
  }

  /** Blanks the whole canvas. */
  void clear() {
    for (int r = 0; r < height; r++) {
      fill(r, Style.PLAIN);
    }
  }

  /**
   * Draws a frame on the edge of this canvas: box-drawing lines where they take one column, else
   * ASCII, so that a terminal set to draw ambiguous characters wide keeps the frame straight.
   */
  void frame(Style style) {
    boolean thin = grid.width().of("─") == 1;
    String h = thin ? "─" : "-";
    String v = thin ? "│" : "|";
    text(0, 0, (thin ? "┌" : "+") + h.repeat(Math.max(0, width - 2)) + (thin ? "┐" : "+"), style);
    for (int r = 1; r < height - 1; r++) {
      text(0, r, v, style);
      text(width - 1, r, v, style);
    }
    text(0, height - 1, (thin ? "└" : "+") + h.repeat(Math.max(0, width - 2)) + (thin ? "┘" : "+"),
        style);
  }

  /** The columns {@code s} takes. */
  int columns(String s) {
    return grid.width().of(s);
  }

  /** {@code s} cut to {@code columns}, with an ellipsis where it was cut. */
  String fit(String s, int columns) {
    if (columns <= 0) {
      return "";
    }
    if (grid.width().of(s) <= columns) {
      return s;
    }
    return grid.width().fit(s, Math.max(0, columns - grid.width().of("…"))) + "…";
  }
}
