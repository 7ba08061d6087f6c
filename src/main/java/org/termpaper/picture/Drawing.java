package org.termpaper.picture;

/**
 * A picture encoded for the terminal: the cells it covers and the bytes that draw and remove
 * it. Immutable by convention: do not change the arrays.
 *
 * @param columns the cells across it covers
 * @param rows the cells down it covers
 * @param draw the bytes that draw it, placing the cursor first
 * @param erase the bytes that remove it before its cells are written again (kitty's delete);
 *     empty where writing the cells is enough
 */
public record Drawing(int columns, int rows, byte[] draw, byte[] erase) {
  public Drawing {
    if (columns < 1 || rows < 1 || draw == null || erase == null) {
      throw new IllegalArgumentException("drawing " + columns + "x" + rows);
    }
  }
}
