package org.termpaper.ui.term;

import java.util.Objects;

/**
 * Finds the band of lines that moved up or down between what the terminal shows and the next
 * frame, so that the screen scrolls them with a scroll region instead of drawing them again:
 * one line of scrolling costs a few bytes, not a screen. Stateless.
 */
final class ScrollFinder {
  /** Fewer saved rows than this are not worth the scroll sequences. */
  private static final int MIN_GAIN = 3;

  /**
   * A scroll: rows {@code top..bottom} (from zero, inclusive) move up by {@code by} rows, or
   * down when {@code by} is negative.
   */
  record Move(int top, int bottom, int by) {}

  private ScrollFinder() {}

  /** The move that saves the most rows, or null when none saves enough. */
  static Move find(Grid front, Grid back) {
    int rows = back.rows();
    int[] was = hashes(front);
    int[] now = hashes(back);
    Move best = null;
    int bestGain = MIN_GAIN - 1;
    for (int by = -(rows - 1); by < rows; by++) {
      if (by == 0) {
        continue;
      }
      int runStart = -1;
      int gain = 0;
      for (int r = 0; r <= rows; r++) {
        int src = r + by;
        boolean moved = r < rows && src >= 0 && src < rows && now[r] == was[src]
            && back.sameRow(r, front, src);
        if (moved) {
          if (runStart < 0) {
            runStart = r;
            gain = 0;
          }
          if (now[r] != was[r] || !back.sameRow(r, front, r)) {
            gain++;
          }
        } else if (runStart >= 0) {
          if (gain > bestGain) {
            bestGain = gain;
            best = by > 0 ? new Move(runStart, r - 1 + by, by) : new Move(runStart + by, r - 1, by);
          }
          runStart = -1;
        }
      }
    }
    return best;
  }

  private static int[] hashes(Grid grid) {
    int[] hashes = new int[grid.rows()];
    for (int r = 0; r < grid.rows(); r++) {
      int h = 1;
      for (int c = 0; c < grid.columns(); c++) {
        h = 31 * h + Objects.hashCode(grid.text(c, r));
        h = 31 * h + grid.style(c, r).hashCode();
      }
      hashes[r] = h;
    }
    return hashes;
  }
}
