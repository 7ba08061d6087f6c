package org.termpaper.picture;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The kitty graphics protocol: the pixels as a PNG, sent in base64 chunks of at most 4096 bytes,
 * placed at a cell and stretched by the terminal to the cells given, with every answer of the
 * terminal turned off ({@code q=2}) so that nothing comes back on the keyboard. The image has a
 * fixed id; deleting it removes it and frees its data. Stateless.
 */
final class Kitty {
  /** The id of termpaper's image; a new picture replaces the old one under it. */
  static final int ID = 3101;
  private static final int CHUNK = 4096;

  private Kitty() {}

  static byte[] encode(Pixels px, int col, int row, int columns, int rows) {
    String data = Base64.getEncoder().encodeToString(Png.encode(px));
    StringBuilder s = new StringBuilder();
    s.append("\u001b[").append(row + 1).append(';').append(col + 1).append('H');
    for (int at = 0; at < data.length(); at += CHUNK) {
      int end = Math.min(data.length(), at + CHUNK);
      s.append("\u001b_G");
      if (at == 0) {
        s.append("a=T,f=100,t=d,i=").append(ID).append(",q=2,C=1,c=").append(columns)
            .append(",r=").append(rows).append(',');
      }
      s.append("m=").append(end < data.length() ? 1 : 0).append(';');
      s.append(data, at, end).append("\u001b\\");
    }
    return s.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** Deletes the image and its data. */
  static byte[] erase() {
    return ("\u001b_Ga=d,d=I,i=" + ID + ",q=2\u001b\\").getBytes(StandardCharsets.US_ASCII);
  }
}
