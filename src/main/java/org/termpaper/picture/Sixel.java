package org.termpaper.picture;

import java.nio.charset.StandardCharsets;

/**
 * Sixel: the pixels in bands of six rows, each colour of a band one pass, runs of four or more
 * repeated ({@code !n}). Colours are the 216 of a 6x6x6 cube, of which only those used are
 * defined, numbered in order of first use. Stateless.
 */
final class Sixel {
  private Sixel() {}

  static byte[] encode(Pixels px, int col, int row) {
    int[] index = new int[px.width() * px.height()];
    int[] register = new int[216];
    java.util.Arrays.fill(register, -1);
    int[] cubes = new int[216];
    int colours = 0;
    for (int i = 0; i < index.length; i++) {
      int cube = cube(px.rgb()[i]);
      if (register[cube] < 0) {
        register[cube] = colours;
        cubes[colours++] = cube;
      }
      index[i] = register[cube];
    }
    StringBuilder s = new StringBuilder();
    s.append("\u001b[").append(row + 1).append(';').append(col + 1).append('H');
    s.append("\u001bP0;1;0q\"1;1;").append(px.width()).append(';').append(px.height());
    for (int r = 0; r < colours; r++) {
      int cube = cubes[r];
      s.append('#').append(r).append(";2;").append(percent(cube / 36))
          .append(';').append(percent(cube / 6 % 6)).append(';').append(percent(cube % 6));
    }
    for (int top = 0; top < px.height(); top += 6) {
      band(s, px, index, colours, top);
      s.append(top + 6 < px.height() ? "-" : "");
    }
    s.append("\u001b\\");
    return s.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** One band of six rows: the sixels of each colour used in it, in register order. */
  private static void band(StringBuilder s, Pixels px, int[] index, int colours, int top) {
    int width = px.width();
    char[][] lines = new char[colours][];
    for (int y = 0; y < 6 && top + y < px.height(); y++) {
      int bit = 1 << y;
      int at = (top + y) * width;
      for (int x = 0; x < width; x++) {
        int c = index[at + x];
        if (lines[c] == null) {
          lines[c] = new char[width];
          java.util.Arrays.fill(lines[c], '?');
        }
        lines[c][x] += bit;
      }
    }
    boolean first = true;
    for (int c = 0; c < colours; c++) {
      if (lines[c] == null) {
        continue;
      }
      if (!first) {
        s.append('$');
      }
      first = false;
      s.append('#').append(c);
      runs(s, lines[c]);
    }
  }

  /** The line with runs of four or more as {@code !n}, empty sixels at its end left out. */
  private static void runs(StringBuilder s, char[] line) {
    int end = line.length;
    while (end > 0 && line[end - 1] == '?') {
      end--;
    }
    for (int x = 0; x < end; ) {
      int run = 1;
      while (x + run < end && line[x + run] == line[x]) {
        run++;
      }
      if (run >= 4) {
        s.append('!').append(run).append(line[x]);
      } else {
        s.append(String.valueOf(line[x]).repeat(run));
      }
      x += run;
    }
  }

  private static int cube(int rgb) {
    return 36 * step(rgb >> 16 & 0xFF) + 6 * step(rgb >> 8 & 0xFF) + step(rgb & 0xFF);
  }

  private static int step(int v) {
    return (v * 5 + 127) / 255;
  }

  private static int percent(int step) {
    return step * 20;
  }
}
