package org.termpaper.picture;

/**
 * A picture scaled into a box of terminal cells with its aspect kept: the cells it fills and the
 * pixels it is drawn with. Immutable.
 *
 * <p>A cell is {@code cellWidth} by {@code cellHeight} pixels; terminal cells are about twice as
 * tall as wide, so half blocks take a cell as 1x2 pixels, and the pixel protocols take it as
 * {@value #CELL_WIDTH}x{@value #CELL_HEIGHT} (a common cell; the terminal scales kitty and
 * iTerm2 pictures to the cells asked for, and a sixel drawn on larger cells is only smaller).
 *
 * @param columns the cells across, at least 1
 * @param rows the cells down, at least 1
 * @param width the pixels across, at least 1
 * @param height the pixels down, at least 1
 */
public record Fit(int columns, int rows, int width, int height) {
  /** Pixels across a cell, for the pixel protocols. */
  public static final int CELL_WIDTH = 8;
  /** Pixels down a cell, for the pixel protocols. */
  public static final int CELL_HEIGHT = 16;

  public Fit {
    if (columns < 1 || rows < 1 || width < 1 || height < 1) {
      throw new IllegalArgumentException("fit " + columns + "x" + rows + " cells, " + width + "x"
          + height + " pixels");
    }
  }

  /**
   * A {@code width} by {@code height} picture scaled to fill as much of {@code columns} by
   * {@code rows} cells as its aspect allows, cells being {@code cellWidth} by
   * {@code cellHeight} pixels. The pixels are the scaled size, larger or smaller than the
   * picture's.
   */
  public static Fit of(int width, int height, int columns, int rows, int cellWidth,
      int cellHeight) {
    if (width < 1 || height < 1 || columns < 1 || rows < 1 || cellWidth < 1 || cellHeight < 1) {
      throw new IllegalArgumentException("cannot fit " + width + "x" + height + " into "
          + columns + "x" + rows);
    }
    double boxWidth = (double) columns * cellWidth;
    double boxHeight = (double) rows * cellHeight;
    double scale = Math.min(boxWidth / width, boxHeight / height);
    int w = clamp((int) Math.round(width * scale), (int) boxWidth);
    int h = clamp((int) Math.round(height * scale), (int) boxHeight);
    return new Fit(ceil(w, cellWidth), ceil(h, cellHeight), w, h);
  }

  /** The same cells, with no more pixels than the picture has: what kitty and iTerm2 need. */
  public Fit atMost(int pictureWidth, int pictureHeight) {
    if (pictureWidth >= width || pictureHeight >= height) {
      return this;
    }
    return new Fit(columns, rows, pictureWidth, pictureHeight);
  }

  private static int clamp(int value, int max) {
    return Math.max(1, Math.min(value, max));
  }

  private static int ceil(int a, int b) {
    return (a + b - 1) / b;
  }
}
