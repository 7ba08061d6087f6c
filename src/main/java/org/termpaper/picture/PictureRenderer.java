package org.termpaper.picture;

/**
 * Scales a picture into a box of cells and encodes it for a {@link PictureMode}. Stateless and
 * thread-safe.
 */
public final class PictureRenderer {
  private PictureRenderer() {}

  /** The cells and pixels {@code picture} takes in a box of {@code columns} by {@code rows}. */
  public static Fit fit(Picture picture, Protocol protocol, int columns, int rows) {
    Pixels px = picture.pixels();
    if (protocol == Protocol.BLOCKS) {
      Fit fit = Fit.of(px.width(), px.height(), columns, rows, 1, 2);
      return fit;
    }
    Fit fit = Fit.of(px.width(), px.height(), columns, rows, Fit.CELL_WIDTH, Fit.CELL_HEIGHT);
    return protocol == Protocol.SIXEL ? fit : fit.atMost(px.width(), px.height());
  }

  /**
   * {@code picture} scaled into {@code columns} by {@code rows} cells and encoded, its top left
   * corner at cell {@code col}, {@code row} (from 0).
   *
   * @throws IllegalArgumentException for {@link Protocol#OFF}, which draws nothing
   */
  public static Drawing render(Picture picture, PictureMode mode, int col, int row, int columns,
      int rows) {
    return render(picture, mode, col, row, columns, rows, null);
  }

  /**
   * As {@link #render(Picture, PictureMode, int, int, int, int)}, with {@code outline} (or
   * nothing, when null) drawn over the scaled picture: one pixel wide in half blocks (half a
   * cell), two in the protocols that send pixels.
   */
  public static Drawing render(Picture picture, PictureMode mode, int col, int row, int columns,
      int rows, Outline outline) {
    Protocol protocol = mode.protocol();
    Fit fit = fit(picture, protocol, columns, rows);
    Pixels px = picture.pixels().scaled(fit.width(), fit.height());
    if (outline != null) {
      px = outline.drawOn(px, protocol == Protocol.BLOCKS ? 1 : 2);
    }
    byte[] erase = new byte[0];
    byte[] draw = switch (protocol) {
      case BLOCKS -> HalfBlocks.encode(px, col, row, mode.trueColor());
      case KITTY -> {
        erase = Kitty.erase();
        yield Kitty.encode(px, col, row, fit.columns(), fit.rows());
      }
      case ITERM -> Iterm.encode(px, col, row, fit.columns(), fit.rows());
      case SIXEL -> Sixel.encode(px, col, row);
      case OFF -> throw new IllegalArgumentException("no pictures: " + mode.why());
    };
    return new Drawing(fit.columns(), fit.rows(), draw, erase);
  }
}
