package org.termpaper.ui.term;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.termpaper.text.ColumnWidth;

/**
 * A minimal terminal for tests: replays the bytes a {@link Screen} sends (cursor moves, erase,
 * SGR, scroll region, index and reverse index, UTF-8 text) onto a grid of rows, and records
 * every violation: a control byte outside an escape sequence, an unknown sequence, text that
 * runs past the right edge.
 */
public final class AnsiReplay {
  private final ColumnWidth width;
  private final int columns;
  private final int rows;
  private final String[][] cells;
  public final List<String> problems = new ArrayList<>();
  private int col;
  private int row;
  private int top;
  private int bottom;

  public AnsiReplay(ColumnWidth width, int columns, int rows) {
    this.width = width;
    this.columns = columns;
    this.rows = rows;
    this.cells = new String[rows][columns];
    for (String[] line : cells) {
      Arrays.fill(line, " ");
    }
    this.bottom = rows - 1;
  }

  /** The text of a row, right halves of wide clusters left out. */
  public String row(int r) {
    StringBuilder line = new StringBuilder();
    for (String cell : cells[r]) {
      if (cell != null) {
        line.append(cell);
      }
    }
    return line.toString();
  }

  public void play(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    int i = 0;
    StringBuilder text = new StringBuilder();
    while (i < s.length()) {
      char ch = s.charAt(i);
      if (ch == 0x1b) {
        write(text);
        i = escape(s, i);
      } else {
        if (ch < 0x20 || ch >= 0x7f && ch < 0xa0) {
          problems.add("control " + (int) ch + " at " + i);
        }
        text.append(ch);
        i++;
      }
    }
    write(text);
  }

  private int escape(String s, int i) {
    char kind = s.charAt(i + 1);
    if (kind == 'D' || kind == 'M') {
      scroll(kind == 'D' ? 1 : -1);
      return i + 2;
    }
    if (kind != '[') {
      problems.add("unknown escape " + kind);
      return i + 2;
    }
    int j = i + 2;
    while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ';'
        || s.charAt(j) == '?')) {
      j++;
    }
    String params = s.substring(i + 2, j);
    char end = s.charAt(j);
    String[] p = params.isEmpty() ? new String[0] : params.replace("?", "").split(";", -1);
    switch (end) {
      case 'H' -> {
        row = p.length > 0 && !p[0].isEmpty() ? Integer.parseInt(p[0]) - 1 : 0;
        col = p.length > 1 && !p[1].isEmpty() ? Integer.parseInt(p[1]) - 1 : 0;
      }
      case 'J' -> {
        for (String[] line : cells) {
          Arrays.fill(line, " ");
        }
      }
      case 'K' -> {
        for (int c = col; c < columns; c++) {
          cells[row][c] = " ";
        }
      }
      case 'r' -> {
        top = p.length > 0 ? Integer.parseInt(p[0]) - 1 : 0;
        bottom = p.length > 1 ? Integer.parseInt(p[1]) - 1 : rows - 1;
        row = 0;
        col = 0;
      }
      case 'm', 'h', 'l' -> { }
      default -> problems.add("unknown sequence " + params + end);
    }
    return j + 1;
  }

  private void scroll(int by) {
    boolean atEdge = by > 0 ? row == bottom : row == top;
    if (!atEdge) {
      row += by;
      return;
    }
    if (by > 0) {
      for (int r = top; r < bottom; r++) {
        cells[r] = cells[r + 1];
      }
      cells[bottom] = blankRow();
    } else {
      for (int r = bottom; r > top; r--) {
        cells[r] = cells[r - 1];
      }
      cells[top] = blankRow();
    }
  }

  private String[] blankRow() {
    String[] line = new String[columns];
    Arrays.fill(line, " ");
    return line;
  }

  /** Writes one cell; like a terminal, a wide cluster partly overwritten disappears whole. */
  private void set(int c, String cluster) {
    String[] line = cells[row];
    if (line[c] == null && c > 0 && cluster != null) {
      line[c - 1] = " ";
    }
    if (line[c] != null && c + 1 < columns && line[c + 1] == null) {
      line[c + 1] = " ";
    }
    line[c] = cluster;
  }

  private void write(StringBuilder text) {
    for (String cluster : width.clusters(text.toString())) {
      int w = width.ofCluster(cluster);
      if (col + w > columns) {
        problems.add("text past the right edge in row " + row + ": " + cluster);
        continue;
      }
      set(col, cluster);
      if (w == 2) {
        set(col + 1, null);
      }
      col += w;
    }
    text.setLength(0);
  }
}
