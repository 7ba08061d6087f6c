package org.termpaper.ui.term;

/**
 * How a cell is drawn: a foreground colour and attributes. Immutable. Colours are the eight of
 * every colour terminal; a {@link Palette} decides what is sent for them.
 *
 * @param color the foreground colour
 * @param bold bold or bright
 * @param dim faint, for captions and what is secondary
 * @param reverse foreground and background swapped, for the cursor and the status line
 * @param underline underlined
 */
public record Style(Color color, boolean bold, boolean dim, boolean reverse, boolean underline) {
  /** The eight basic colours, and the terminal's own. */
  public enum Color {
    DEFAULT, BLACK, RED, GREEN, YELLOW, BLUE, MAGENTA, CYAN, WHITE
  }

  public static final Style PLAIN = new Style(Color.DEFAULT, false, false, false, false);
  public static final Style BOLD = PLAIN.withBold();
  public static final Style DIM = new Style(Color.DEFAULT, false, true, false, false);
  public static final Style REVERSE = new Style(Color.DEFAULT, false, false, true, false);

  public Style {
    if (color == null) {
      throw new IllegalArgumentException("style.color is required");
    }
  }

  public Style withColor(Color newColor) {
    return new Style(newColor, bold, dim, reverse, underline);
  }

  public Style withBold() {
    return new Style(color, true, dim, reverse, underline);
  }

  public Style withReverse() {
    return new Style(color, bold, dim, true, underline);
  }

  public Style withUnderline() {
    return new Style(color, bold, dim, reverse, true);
  }
}
