package org.termpaper.ui.term;

import java.util.Arrays;

/**
 * A picture drawn past the cell grid: raw bytes for the terminal (half blocks, kitty, iTerm2,
 * sixel) over a rectangle of cells, and the bytes that remove it again where writing the cells
 * is not enough (a kitty image lives above the cells). Immutable by convention: do not change
 * the arrays. The bytes are trusted: they come from termpaper's own encoders, never from text.
 *
 * @param col the left column, from 0
 * @param row the top row, from 0
 * @param columns the columns it covers, at least 1
 * @param rows the rows it covers, at least 1
 * @param draw the bytes that draw it, placing the cursor themselves
 * @param erase the bytes that remove it before its cells are written again; may be empty
 */
public record Graphic(int col, int row, int columns, int rows, byte[] draw, byte[] erase) {
  public Graphic {
    if (col < 0 || row < 0 || columns < 1 || rows < 1 || draw == null || erase == null) {
      throw new IllegalArgumentException("graphic " + columns + "x" + rows + " at " + col + ","
          + row);
    }
  }

  /** True when {@code other} draws the same bytes at the same place. */
  public boolean same(Graphic other) {
    return other != null && col == other.col && row == other.row && columns == other.columns
        && rows == other.rows && Arrays.equals(draw, other.draw);
  }

  boolean covers(int c, int r) {
    return c >= col && c < col + columns && r >= row && r < row + rows;
  }
}
