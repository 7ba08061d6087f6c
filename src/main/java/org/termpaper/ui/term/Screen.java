package org.termpaper.ui.term;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.termpaper.text.ColumnWidth;

/**
 * A double-buffered terminal screen: the UI draws a frame into {@link #grid()}, and
 * {@link #refresh()} sends the terminal only what differs from the frame before, as one write.
 * Mutable, not thread-safe.
 *
 * <p>What it sends is escape sequences it makes itself and the UTF-8 of the cells' clusters;
 * nothing else (no NUL, no bare control character, not even a line feed). Lines that moved up or
 * down by the same amount are moved with a scroll region ({@link ScrollFinder}). After a cluster
 * whose width terminals disagree on (outside the BMP, a sequence, East Asian Ambiguous) the
 * cursor is placed again, so a terminal that counts it differently shifts nothing after it.
 *
 * <p>A {@link Graphic} (a picture) may cover a rectangle of cells: it is drawn after the cells,
 * its cells are left alone while it is shown, and when it goes (another picture, none, a
 * resize) its erase bytes are sent and its cells are written again from the frame, so that
 * nothing of it is left on screen.
 */
public final class Screen {
  private static final String CSI = "\u001b[";
  /** What gives a terminal back: plain style, no scroll region, wrap, cursor, main screen. */
  public static final String RESTORE = CSI + "0m" + CSI + "r" + CSI + "?7h" + CSI + "?25h"
      + CSI + "?1049l";
  /** How every full redraw begins: plain style, cursor home, screen cleared. */
  public static final String FRESH = CSI + "0m" + CSI + "H" + CSI + "2J";

  private final ColumnWidth width;
  private final ColumnWidth otherAmbiguous;
  private final Palette palette;
  private final OutputStream out;
  private final ByteArrayOutputStream frame = new ByteArrayOutputStream(8192);
  private Grid front;
  private Grid back;
  private boolean redraw = true;
  private int cursorCol = -1;
  private int cursorRow = -1;
  private Style current;
  /** The picture on the terminal now, and the one the next refresh shows; null for none. */
  private Graphic shown;
  private Graphic wanted;

  public Screen(ColumnWidth width, Palette palette, OutputStream out, int columns, int rows) {
    this.width = width;
    this.otherAmbiguous = new ColumnWidth(!width.ambiguousWide());
    this.palette = palette;
    this.out = out;
    resize(columns, rows);
  }

  /** The frame being drawn. */
  public Grid grid() {
    return back;
  }

  /** New size: the next refresh redraws everything. The frame is blank. */
  public void resize(int columns, int rows) {
    front = new Grid(width, columns, rows);
    back = new Grid(width, columns, rows);
    redraw = true;
  }

  /**
   * The next refresh redraws everything, for a terminal whose content is unknown; the byte
   * measurements (bench {@code UiBytes}) use it for the cost of a full screen.
   */
  public void invalidate() {
    redraw = true;
  }

  /**
   * Shows {@code graphic} from the next refresh on, in place of the one shown; null removes it.
   * Drawing the same graphic again costs nothing.
   */
  public void graphic(Graphic graphic) {
    wanted = graphic;
  }

  /** Takes the terminal: alternate screen, no cursor, no automatic wrap. */
  public void start() {
    emit(CSI + "?1049h" + CSI + "?25l" + CSI + "?7l");
    redraw = true;
    flush();
  }

  /** Gives the terminal back as it was: plain style, wrap, cursor, main screen. */
  public void stop() {
    if (shown != null) {
      emit(shown.erase());
      shown = null;
    }
    emit(RESTORE);
    flush();
  }

  /** Sends what changed since the last refresh; returns the bytes it sent. */
  public int refresh() {
    boolean keep = wanted != null && wanted.same(shown) && !redraw;
    if (shown != null && !keep) {
      emit(shown.erase());
      if (!redraw) {
        front.forget(shown.col(), shown.row(), shown.columns(), shown.rows());
      }
      shown = null;
    }
    if (redraw) {
      current = null;
      emit(FRESH);
      current = Style.PLAIN;
      front.clear();
      cursorCol = 0;
      cursorRow = 0;
      redraw = false;
    } else if (shown == null && wanted == null) {
      ScrollFinder.Move move = ScrollFinder.find(front, back);
      if (move != null) {
        scroll(move);
      }
    }
    if (keep) {
      back.copy(front, shown.col(), shown.row(), shown.columns(), shown.rows());
    }
    for (int r = 0; r < back.rows(); r++) {
      row(r);
    }
    if (wanted != null && !keep) {
      style(Style.PLAIN);
      emit(wanted.draw());
      shown = wanted;
      current = null;
      cursorCol = -1;
    }
    return flush();
  }

  private void scroll(ScrollFinder.Move move) {
    style(Style.PLAIN);
    StringBuilder s = new StringBuilder();
    s.append(CSI).append(move.top() + 1).append(';').append(move.bottom() + 1).append('r');
    int at = move.by() > 0 ? move.bottom() : move.top();
    s.append(CSI).append(at + 1).append(";1H");
    String step = move.by() > 0 ? "\u001bD" : "\u001bM";
    s.append(step.repeat(Math.abs(move.by())));
    s.append(CSI).append('r');
    emit(s.toString());
    cursorCol = -1;
    front.shift(move.top(), move.bottom(), move.by());
  }

  private void row(int r) {
    int columns = back.columns();
    int blankFrom = columns;
    while (blankFrom > 0 && isPlainBlank(back, blankFrom - 1, r)) {
      blankFrom--;
    }
    int c = 0;
    while (c < blankFrom) {
      if (back.sameCell(c, r, front)) {
        c++;
        continue;
      }
      if (back.text(c, r) == null) {
        c--;
      }
      c = cell(c, r);
    }
    boolean tailDirty = false;
    for (int i = blankFrom; i < columns && !tailDirty; i++) {
      tailDirty = !back.sameCell(i, r, front);
    }
    if (tailDirty) {
      move(blankFrom, r);
      style(Style.PLAIN);
      emit(CSI + "K");
      front.fill(blankFrom, columns, r, Style.PLAIN);
    }
  }

  /** Writes the cluster at column {@code c} and returns the column after it. */
  private int cell(int c, int r) {
    String cluster = back.text(c, r);
    Style st = back.style(c, r);
    move(c, r);
    style(st);
    emit(cluster);
    int w = cluster.equals(Grid.BLANK) ? 1 : Math.max(1, width.ofCluster(cluster));
    front.putCluster(c, r, cluster, st, w);
    cursorCol = uncertain(cluster) ? -1 : c + w;
    return c + w;
  }

  private boolean uncertain(String cluster) {
    if (cluster.length() > 1) {
      return true;
    }
    char ch = cluster.charAt(0);
    return ch >= 0x80 && width.ofCluster(cluster) != otherAmbiguous.ofCluster(cluster);
  }

  private static boolean isPlainBlank(Grid grid, int c, int r) {
    return Grid.BLANK.equals(grid.text(c, r)) && grid.style(c, r).equals(Style.PLAIN);
  }

  private void move(int c, int r) {
    if (c == cursorCol && r == cursorRow) {
      return;
    }
    emit(CSI + (r + 1) + ";" + (c + 1) + "H");
    cursorCol = c;
    cursorRow = r;
  }

  private void style(Style st) {
    if (!st.equals(current)) {
      emit(palette.sgr(st));
      current = st;
    }
  }

  private void emit(byte[] bytes) {
    frame.write(bytes, 0, bytes.length);
  }

  private void emit(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    frame.write(bytes, 0, bytes.length);
  }

  private int flush() {
    int size = frame.size();
    if (size == 0) {
      return 0;
    }
    try {
      frame.writeTo(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the terminal", e);
    } finally {
      frame.reset();
    }
    return size;
  }
}
