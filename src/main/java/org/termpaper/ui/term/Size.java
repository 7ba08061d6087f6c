package org.termpaper.ui.term;

/**
 * A terminal's size in columns and rows. Immutable.
 *
 * @param columns the width, at least 1
 * @param rows the height, at least 1
 */
public record Size(int columns, int rows) {
  public Size {
    if (columns < 1 || rows < 1) {
      throw new IllegalArgumentException("terminal size " + columns + "x" + rows);
    }
  }
}
