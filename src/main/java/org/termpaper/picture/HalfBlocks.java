package org.termpaper.picture;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Draws pixels with Unicode upper half blocks, two pixels a cell: the top one as the block's
 * colour, the bottom one as the cell's background; a cell whose two pixels are alike is a space
 * on that background, which costs fewer bytes. Colours are 24-bit, or the nearest of xterm's 256.
 * Works on any terminal with colour, through tmux and SSH. Stateless.
 *
 * <p>In 24-bit colour a pixel within {@value #NEAR} (summed over red, green and blue) of the
 * colour already set is drawn in that colour: the eye does not see the difference, and the
 * colour is not sent again, which saves about a third of the bytes of a photo.
 */
final class HalfBlocks {
  private static final String UPPER_HALF = "\u2580";
  static final int NEAR = 18;

  private HalfBlocks() {}

  /**
   * The bytes that draw {@code px} (its height rounded up to even) from cell {@code col},
   * {@code row} (from 0), ending in plain style.
   */
  static byte[] encode(Pixels px, int col, int row, boolean trueColor) {
    StringBuilder s = new StringBuilder();
    int rows = (px.height() + 1) / 2;
    for (int r = 0; r < rows; r++) {
      s.append("\u001b[").append(row + r + 1).append(';').append(col + 1).append('H');
      int fg = -1;
      int bg = -1;
      for (int x = 0; x < px.width(); x++) {
        int top = px.at(x, r * 2);
        boolean hasBottom = r * 2 + 1 < px.height();
        int bottom = hasBottom ? px.at(x, r * 2 + 1) : -2;
        int topCode = code(top, trueColor);
        int bottomCode = hasBottom ? code(bottom, trueColor) : -2;
        if (trueColor) {
          topCode = near(topCode, fg) ? fg : topCode;
          bottomCode = hasBottom && near(bottomCode, bg) ? bg : bottomCode;
          if (hasBottom && near(topCode, bottomCode)) {
            topCode = bottomCode;
          }
        }
        if (topCode == bottomCode) {
          if (bg != bottomCode) {
            background(s, bottomCode, trueColor);
            bg = bottomCode;
          }
          s.append(' ');
          continue;
        }
        boolean newFg = fg != topCode;
        boolean newBg = bg != bottomCode;
        if (newFg || newBg) {
          s.append("\u001b[");
          if (newFg) {
            color(s, 38, topCode, trueColor);
          }
          if (newBg) {
            if (newFg) {
              s.append(';');
            }
            if (hasBottom) {
              color(s, 48, bottomCode, trueColor);
            } else {
              s.append("49");
            }
          }
          s.append('m');
          fg = topCode;
          bg = bottomCode;
        }
        s.append(UPPER_HALF);
      }
      s.append("\u001b[0m");
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void background(StringBuilder s, int bg, boolean trueColor) {
    s.append("\u001b[");
    color(s, 48, bg, trueColor);
    s.append('m');
  }

  /** The SGR parameters for {@code code}: a colour in 24-bit, else an index of the 256. */
  private static void color(StringBuilder s, int layer, int code, boolean trueColor) {
    if (trueColor) {
      s.append(layer).append(";2;").append(code >> 16 & 0xFF).append(';')
          .append(code >> 8 & 0xFF).append(';').append(code & 0xFF);
    } else {
      s.append(layer).append(";5;").append(code);
    }
  }

  private static boolean near(int a, int b) {
    if (a < 0 || b < 0) {
      return false;
    }
    return Math.abs((a >> 16 & 0xFF) - (b >> 16 & 0xFF)) + Math.abs((a >> 8 & 0xFF)
        - (b >> 8 & 0xFF)) + Math.abs((a & 0xFF) - (b & 0xFF)) <= NEAR;
  }

  private static int code(int rgb, boolean trueColor) {
    return trueColor ? rgb & 0xFFFFFF : xterm256(rgb);
  }

  private static final int[] LEVELS = {0, 95, 135, 175, 215, 255};

  /** The nearest of xterm's 256 colours: its 6x6x6 cube (16–231) or its greys (232–255). */
  static int xterm256(int rgb) {
    int r = rgb >> 16 & 0xFF;
    int g = rgb >> 8 & 0xFF;
    int b = rgb & 0xFF;
    int ri = level(r);
    int gi = level(g);
    int bi = level(b);
    int cube = 16 + 36 * ri + 6 * gi + bi;
    int cubeError = sq(LEVELS[ri] - r) + sq(LEVELS[gi] - g) + sq(LEVELS[bi] - b);
    int grey = Math.max(0, Math.min(23, ((r + g + b) / 3 - 8 + 5) / 10));
    int greyValue = 8 + grey * 10;
    int greyError = sq(greyValue - r) + sq(greyValue - g) + sq(greyValue - b);
    return greyError < cubeError ? 232 + grey : cube;
  }

  private static int level(int v) {
    int best = 0;
    for (int i = 1; i < LEVELS.length; i++) {
      if (Math.abs(LEVELS[i] - v) < Math.abs(LEVELS[best] - v)) {
        best = i;
      }
    }
    return best;
  }

  private static int sq(int v) {
    return v * v;
  }
}
