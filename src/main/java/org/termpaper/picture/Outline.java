package org.termpaper.picture;

/**
 * A closed polygon to draw over a picture, such as an article's area on a page image: corners
 * as fractions of the picture's width and height (0 to 1), so that it lands on the same place
 * at any scale. Drawn after scaling, as lines of whole pixels that stay visible however small
 * the picture is shown. Immutable by convention: do not change the arrays.
 *
 * @param xs the corners' x, fractions of the width
 * @param ys the corners' y, fractions of the height, as many as {@code xs}, at least 2
 * @param rgb the line's colour, {@code 0xRRGGBB}
 */
public record Outline(double[] xs, double[] ys, int rgb) {
  public Outline {
    if (xs == null || ys == null || xs.length != ys.length || xs.length < 2) {
      throw new IllegalArgumentException("an outline needs two corners or more");
    }
  }

  /**
   * {@code px} with this outline drawn on a copy, {@code thickness} pixels wide, inside the
   * picture.
   */
  public Pixels drawOn(Pixels px, int thickness) {
    int[] rgbs = px.rgb().clone();
    int w = px.width();
    int h = px.height();
    int n = xs.length;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      line(rgbs, w, h, x(xs[i], w), x(ys[i], h), x(xs[j], w), x(ys[j], h), thickness);
    }
    return new Pixels(w, h, rgbs);
  }

  private static int x(double fraction, int size) {
    double clamped = Math.max(0, Math.min(1, Double.isNaN(fraction) ? 0 : fraction));
    return Math.min(size - 1, (int) Math.floor(clamped * size));
  }

  private void line(int[] out, int w, int h, int x0, int y0, int x1, int y1, int thickness) {
    int dx = Math.abs(x1 - x0);
    int dy = -Math.abs(y1 - y0);
    int sx = x0 < x1 ? 1 : -1;
    int sy = y0 < y1 ? 1 : -1;
    int err = dx + dy;
    int x = x0;
    int y = y0;
    while (true) {
      dot(out, w, h, x, y, thickness);
      if (x == x1 && y == y1) {
        return;
      }
      int e2 = 2 * err;
      if (e2 >= dy) {
        err += dy;
        x += sx;
      }
      if (e2 <= dx) {
        err += dx;
        y += sy;
      }
    }
  }

  /** A square of {@code thickness} pixels at {@code x}, {@code y}, kept inside the picture. */
  private void dot(int[] out, int w, int h, int x, int y, int thickness) {
    int x0 = Math.min(Math.max(0, x - (thickness - 1) / 2), Math.max(0, w - thickness));
    int y0 = Math.min(Math.max(0, y - (thickness - 1) / 2), Math.max(0, h - thickness));
    for (int yy = y0; yy < Math.min(h, y0 + thickness); yy++) {
      for (int xx = x0; xx < Math.min(w, x0 + thickness); xx++) {
        out[yy * w + xx] = rgb;
      }
    }
  }
}
