package org.termpaper.layout;

import java.util.Objects;

/**
 * One laid-out line: its text with any indent as leading spaces, the columns it takes, and what
 * kind of line it is. Immutable.
 *
 * @param text the characters to draw; empty for a blank line; never holds a line break
 * @param columns the terminal columns {@code text} takes, never more than the layout's width
 * @param style what the line is
 */
public record Line(String text, int columns, LineStyle style) {
  /** The one blank line. */
  public static final Line BLANK = new Line("", 0, LineStyle.BLANK);

  public Line {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(style, "style");
    if (columns < 0) {
      throw new IllegalArgumentException("columns must not be negative: " + columns);
    }
  }

  /** This line with {@code columns} spaces in front. */
  Line indented(int columns) {
    return columns == 0
        ? this : new Line(" ".repeat(columns) + text, this.columns + columns, style);
  }
}
