package org.termpaper.ui.nav;

import java.time.LocalDate;
import java.util.List;
import org.termpaper.model.IssueCalendar;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.Note.Kind;

/**
 * The keys of what opens above the reading view: the help, the calendar, and the go-to-date
 * and search prompts. Part of {@link Reader}; mutable, UI thread only.
 *
 * <p>Their keys are fixed by DESIGN.md §3 rather than rebindable: in the calendar arrows or
 * {@code h j k l} move, {@code <} {@code >} change month, Enter opens and Esc or {@code q}
 * closes; a prompt takes text until Enter or Esc, and Tab in the search prompt switches its
 * scope ({@link Searching}); the help scrolls by line and by screen and closes on Esc,
 * {@code q} or {@code ?}, back to where it was opened: the reading view, the calendar or the
 * results of a search, in each of which {@code ?} opens it.
 */
public final class Overlays {
  private final Reader reader;
  private CalendarCursor day;
  private Prompt prompt = new Prompt();
  private int helpScroll;
  private int helpRows = 1;
  private int helpLines;
  private Mode underHelp = Mode.READING;

  Overlays(Reader reader) {
    this.reader = reader;
  }

  /** The calendar's cursor, or null when the calendar was never opened. */
  public CalendarCursor day() {
    return day;
  }

  /** The prompt being typed into. */
  public Prompt prompt() {
    return prompt;
  }

  /** The first line of the help on screen. */
  public int helpScroll() {
    return helpScroll;
  }

  void openCalendar() {
    day = new CalendarCursor(reader.issues().date());
    reader.mode(Mode.CALENDAR);
  }

  void openPrompt(Mode mode) {
    prompt = new Prompt();
    reader.mode(mode);
  }

  /** Opens the help over what is shown now, which it goes back to when it closes. */
  void openHelp() {
    underHelp = reader.mode();
    helpScroll = 0;
    reader.mode(Mode.HELP);
  }

  void help(String key) {
    switch (key) {
      case Keys.DOWN, "j", Keys.ENTER -> scrollHelp(1);
      case Keys.UP, "k" -> scrollHelp(-1);
      case Keys.SPACE, Keys.PAGE_DOWN -> scrollHelp(Math.max(1, helpRows - 1));
      case Keys.PAGE_UP, "b" -> scrollHelp(-Math.max(1, helpRows - 1));
      case Keys.HOME -> scrollHelp(Integer.MIN_VALUE / 2);
      case Keys.END -> scrollHelp(Integer.MAX_VALUE / 2);
      case Keys.ESC, "q", "?" -> {
        helpScroll = 0;
        reader.mode(underHelp);
      }
      default -> { }
    }
  }

  private void scrollHelp(int delta) {
    helpScroll = Math.max(0, Math.min(helpScroll + delta, helpLines - helpRows));
  }

  /** Keeps the help's scroll within {@code lines} of text on {@code rows} rows. */
  public void helpViewport(int lines, int rows) {
    helpLines = lines;
    helpRows = Math.max(1, rows);
    helpScroll = Math.max(0, Math.min(helpScroll, lines - helpRows));
  }

  /** True when the help has lines below those on screen. */
  public boolean helpHasMore() {
    return helpScroll + helpRows < helpLines;
  }

  void calendar(String key) {
    switch (key) {
      case Keys.LEFT, "h" -> day = day.plusDays(-1);
      case Keys.RIGHT, "l" -> day = day.plusDays(1);
      case Keys.UP, "k" -> day = day.plusDays(-7);
      case Keys.DOWN, "j" -> day = day.plusDays(7);
      case "<", Keys.PAGE_UP -> day = day.plusMonths(-1);
      case ">", Keys.PAGE_DOWN -> day = day.plusMonths(1);
      case Keys.ENTER -> goTo(day.day());
      case Keys.ESC, "q", "c" -> reader.mode(Mode.READING);
      case "?" -> openHelp();
      default -> { }
    }
  }

  void prompt(String key) {
    switch (key) {
      case Keys.ESC -> reader.mode(Mode.READING);
      case Keys.ENTER -> {
        Mode was = reader.mode();
        reader.mode(Mode.READING);
        if (was == Mode.DATE_PROMPT) {
          typedDate(prompt.text());
        } else {
          reader.search().search(prompt.text());
        }
      }
      case Keys.TAB -> {
        if (reader.mode() == Mode.SEARCH_PROMPT) {
          reader.search().toggleScope();
        }
      }
      default -> prompt.type(key);
    }
  }

  private void typedDate(String text) {
    if (text.isBlank()) {
      return;
    }
    LocalDate at = reader.issues().date();
    DateInput.parse(text, at.getYear()).ifPresentOrElse(this::goTo,
        () -> reader.say(Note.of(Kind.BAD_DATE, text.strip(), at,
            String.format("%02d%02d", at.getMonthValue(), at.getDayOfMonth()))));
  }

  /** Opens the issue of {@code date}, or says there is none and names the nearest ones. */
  private void goTo(LocalDate date) {
    IssueCalendar calendar = reader.issues().calendar();
    boolean known = calendar != null && !calendar.isEmpty();
    if (!known || calendar.has(date)) {
      reader.mode(Mode.READING);
      reader.want(date);
      return;
    }
    List<LocalDate> nearest = calendar.nearest(date, 2);
    String names = String.join(", ", nearest.stream().map(LocalDate::toString).toList());
    reader.say(Note.of(Kind.NO_ISSUE_ON, date, names));
  }
}
