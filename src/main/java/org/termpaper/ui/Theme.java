package org.termpaper.ui;

import org.termpaper.ui.term.Palette;
import org.termpaper.ui.term.Style;
import org.termpaper.ui.term.Style.Color;

/**
 * The styles of the UI's parts. With colour, issue days and titles are coloured; without
 * ({@code NO_COLOR}, monochrome), they stand out by bold and underline alone. A search's words
 * are in reverse, on yellow where there is colour. Immutable.
 */
record Theme(Style text, Style title, Style secondary, Style caption, Style heading,
    Style headingFocused, Style cursor, Style cursorUnfocused, Style status, Style issueDay,
    Style noIssueDay, Style notice, Style match) {

  static Theme of(Palette palette) {
    boolean color = palette.hasColor();
    Style title = color ? Style.BOLD.withColor(Color.CYAN) : Style.BOLD;
    Style issueDay = color ? Style.BOLD.withColor(Color.GREEN) : Style.BOLD.withUnderline();
    Style notice = color ? Style.PLAIN.withColor(Color.YELLOW) : Style.BOLD;
    Style match = color ? Style.REVERSE.withColor(Color.YELLOW) : Style.REVERSE;
    return new Theme(Style.PLAIN, title, Style.DIM, Style.DIM, Style.BOLD,
        Style.BOLD.withReverse(), Style.REVERSE, Style.BOLD.withUnderline(), Style.REVERSE,
        issueDay, Style.DIM, notice, match);
  }
}
