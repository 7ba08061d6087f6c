package org.termpaper.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.termpaper.model.IssueCalendar;
import org.termpaper.ui.nav.Action;
import org.termpaper.ui.nav.KeyMap;
import org.termpaper.ui.nav.Overlays;
import org.termpaper.ui.term.Style;

/**
 * Draws what opens above the reading view: the help with every key as bound, and the calendar
 * month with the days that have an issue marked. Stateless.
 */
final class OverlayPanes {
  private static final int DAY_CELL = 4;

  private final Texts texts;
  private final Theme theme;
  private final KeyMap keys;

  OverlayPanes(Texts texts, Theme theme, KeyMap keys) {
    this.texts = texts;
    this.theme = theme;
    this.keys = keys;
  }

  /** The help's lines: a key column and what the keys do. */
  List<String> helpLines() {
    List<String> lines = new ArrayList<>();
    for (Action action : Action.values()) {
      if (keys.keys(action).isEmpty()) {
        continue;
      }
      String bound = String.join(" ", keys.keys(action));
      lines.add(String.format("  %-18s %s", bound, texts.get("action." + action.configName())));
    }
    lines.add("");
    lines.add("  " + texts.get("help.calendar"));
    lines.add("  " + texts.get("help.prompt"));
    lines.add("  " + texts.get("help.results"));
    lines.add("  " + texts.get("help.results.back"));
    lines.add("  " + texts.get("help.pictures"));
    lines.add("  " + texts.get("help.page-image"));
    return lines;
  }

  /**
   * Draws the help over the whole of {@code c} from the line {@code help} is scrolled to, and,
   * when lines are below, a last row that says there is more and how to see it.
   */
  void help(Canvas c, Overlays help) {
    c.clear();
    c.fill(0, theme.headingFocused());
    c.text(1, 0, c.fit(texts.get("help.title"), c.width() - 1), theme.headingFocused());
    List<String> lines = helpLines();
    int scroll = help.helpScroll();
    boolean more = help.helpHasMore();
    int last = more ? c.height() - 1 : c.height();
    for (int r = 1; r < last && scroll + r - 1 < lines.size(); r++) {
      c.text(0, r, c.fit(lines.get(scroll + r - 1), c.width()), theme.text());
    }
    if (more) {
      c.text(1, c.height() - 1, c.fit(texts.get("help.more"), c.width() - 1),
          theme.secondary());
    }
  }

  /** Draws the calendar of the month of {@code cursor} in a box centred on {@code c}. */
  void calendar(Canvas area, IssueCalendar calendar, LocalDate cursor) {
    int width = Math.min(area.width() - 2, Math.max(7 * DAY_CELL + 4,
        area.columns(texts.get("calendar.hint")) + 4));
    int height = Math.min(area.height() - 2, 12);
    Canvas box = area.sub((area.width() - width) / 2 - 1, (area.height() - height) / 2 - 1,
        width + 2, height + 2);
    box.clear();
    box.frame(theme.secondary());
    Canvas c = box.sub(1, 1, width, height);
    YearMonth month = YearMonth.from(cursor);
    String title = month.format(DateTimeFormatter.ofPattern(texts.get("calendar.month"),
        texts.language().equals("zh") ? Locale.CHINA : Locale.ENGLISH));
    c.fill(0, theme.headingFocused());
    c.text((width - c.columns(title)) / 2, 0, title, theme.headingFocused());
    int left = (width - 7 * DAY_CELL) / 2;
    c.text(left + 1, 1, texts.get("calendar.weekdays"), theme.heading());
    int offset = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
    List<LocalDate> issues = calendar == null ? List.of() : calendar.in(month);
    for (int day = 1; day <= month.lengthOfMonth(); day++) {
      LocalDate date = month.atDay(day);
      int cell = offset + day - 1;
      int col = left + (cell % 7) * DAY_CELL;
      int row = 2 + cell / 7;
      boolean issue = issues.contains(date);
      Style style = issue ? theme.issueDay() : theme.noIssueDay();
      String label = String.format("%2d", day);
      if (date.equals(cursor)) {
        c.text(col, row, "[" + label + "]", issue ? theme.cursor().withBold() : theme.cursor());
      } else {
        c.text(col + 1, row, label, style);
      }
    }
    String days = issues.stream().map(d -> String.valueOf(d.getDayOfMonth()))
        .collect(Collectors.joining(" "));
    String listed = issues.isEmpty() ? texts.get("calendar.none")
        : texts.get("calendar.issues", days);
    c.text(1, height - 2, c.fit(listed, width - 2), theme.text());
    c.text(1, height - 1, c.fit(texts.get("calendar.hint"), width - 2), theme.secondary());
  }
}
