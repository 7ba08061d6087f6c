package org.termpaper.ui.term;

import java.util.Map;

/**
 * What the terminal is sent for a {@link Style}: everything on a colour terminal; attributes but
 * no colour under {@code NO_COLOR} (see no-color.org); on a monochrome terminal only bold,
 * underline and reverse, which every terminal since the VT100 shows. Immutable.
 */
public enum Palette {
  COLOR, NO_COLOR, MONOCHROME;

  /** The palette for this environment: {@code NO_COLOR} set and not empty, or {@code TERM}. */
  public static Palette of(Map<String, String> env) {
    String term = env.getOrDefault("TERM", "");
    if (term.endsWith("-m") || term.endsWith("-mono") || term.matches("vt[0-9]+.*")) {
      return MONOCHROME;
    }
    String noColor = env.get("NO_COLOR");
    return noColor != null && !noColor.isEmpty() ? NO_COLOR : COLOR;
  }

  /** The SGR sequence for {@code style}, starting with a reset. */
  public String sgr(Style style) {
    StringBuilder sgr = new StringBuilder("\u001b[0");
    if (style.bold()) {
      sgr.append(";1");
    }
    if (style.dim() && this != MONOCHROME) {
      sgr.append(";2");
    }
    if (style.underline()) {
      sgr.append(";4");
    }
    if (style.reverse()) {
      sgr.append(";7");
    }
    if (this == COLOR && style.color() != Style.Color.DEFAULT) {
      sgr.append(';').append(30 + style.color().ordinal() - 1);
    }
    return sgr.append('m').toString();
  }

  /** True when colours are shown; otherwise the UI marks things by attributes alone. */
  public boolean hasColor() {
    return this == COLOR;
  }
}
