package org.termpaper.picture;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * iTerm2's inline images (OSC 1337 File): the pixels as a PNG, drawn at a cell into the cells
 * given with its aspect kept. The picture lives in the cells, so writing the cells again removes
 * it. Stateless.
 */
final class Iterm {
  private Iterm() {}

  static byte[] encode(Pixels px, int col, int row, int columns, int rows) {
    byte[] png = Png.encode(px);
    return ("\u001b[" + (row + 1) + ';' + (col + 1) + 'H'
        + "\u001b]1337;File=inline=1;size=" + png.length + ";width=" + columns + ";height="
        + rows + ";preserveAspectRatio=1:" + Base64.getEncoder().encodeToString(png) + "\u0007")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
