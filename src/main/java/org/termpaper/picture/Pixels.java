package org.termpaper.picture;

import java.awt.image.BufferedImage;

/**
 * A picture's pixels, row by row, each {@code 0xRRGGBB}. Immutable by convention: nothing here
 * changes the array, and callers must not either.
 *
 * @param width columns of pixels, at least 1
 * @param height rows of pixels, at least 1
 * @param rgb {@code width * height} colours
 */
public record Pixels(int width, int height, int[] rgb) {
  public Pixels {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("picture size " + width + "x" + height);
    }
    if (rgb == null || rgb.length != width * height) {
      throw new IllegalArgumentException("pixels: " + (rgb == null ? "null" : rgb.length)
          + " colours for " + width + "x" + height);
    }
  }

  /** The colours of {@code image}, transparent parts laid on white like paper. */
  static Pixels of(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
    for (int i = 0; i < argb.length; i++) {
      argb[i] = onWhite(argb[i]);
    }
    return new Pixels(w, h, argb);
  }

  private static int onWhite(int argb) {
    int a = argb >>> 24;
    if (a == 255) {
      return argb & 0xFFFFFF;
    }
    int r = ((argb >> 16 & 0xFF) * a + 255 * (255 - a)) / 255;
    int g = ((argb >> 8 & 0xFF) * a + 255 * (255 - a)) / 255;
    int b = ((argb & 0xFF) * a + 255 * (255 - a)) / 255;
    return r << 16 | g << 8 | b;
  }

  /** The colour at column {@code x}, row {@code y}. */
  public int at(int x, int y) {
    return rgb[y * width + x];
  }

  /**
   * This picture at {@code w} by {@code h}: each new pixel the average of the pixels it covers
   * when smaller, the nearest pixel when larger. The same size gives this picture.
   */
  public Pixels scaled(int w, int h) {
    if (w == width && h == height) {
      return this;
    }
    int[] out = new int[w * h];
    for (int y = 0; y < h; y++) {
      int y0 = (int) ((long) y * height / h);
      int y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * height / h));
      for (int x = 0; x < w; x++) {
        int x0 = (int) ((long) x * width / w);
        int x1 = Math.max(x0 + 1, (int) ((long) (x + 1) * width / w));
        out[y * w + x] = average(x0, x1, y0, y1);
      }
    }
    return new Pixels(w, h, out);
  }

  private int average(int x0, int x1, int y0, int y1) {
    long r = 0;
    long g = 0;
    long b = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int c = rgb[y * width + x];
        r += c >> 16 & 0xFF;
        g += c >> 8 & 0xFF;
        b += c & 0xFF;
      }
    }
    long n = (long) (x1 - x0) * (y1 - y0);
    return (int) ((r + n / 2) / n) << 16 | (int) ((g + n / 2) / n) << 8 | (int) ((b + n / 2) / n);
  }
}
