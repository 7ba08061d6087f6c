package org.termpaper.ui.nav;

import java.time.LocalDate;
import java.util.Optional;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.ui.nav.Note.Kind;

/**
 * Where the reader is and what each key leads to: the navigation model of the reading UI.
 * Mutable, used on the UI thread only.
 *
 * <p>The UI passes every key by name to {@link #key} and draws what the getters say. Loading is
 * asked for, not done: {@link #wantedIssue} names the issue the reader wants next, and the UI
 * answers with {@link #issueLoaded} or {@link #issueFailed}; until then the reader stays where
 * they were. The UI also reports the sizes it drew with ({@link #viewport}), so that scrolling
 * stops at the ends.
 *
 * <p>This class keeps the issue, the mode and the message, and hands the keys on: the place
 * within the issue and its moves are {@link Place}, the overlays {@link Overlays}, searching
 * {@link Searching}, the {@code d} key {@link DownloadState}.
 */
public final class Reader {
  private final KeyMap keys;
  private final Place place = new Place(this);
  private final Overlays overlays = new Overlays(this);
  private final DownloadState download = new DownloadState(this);
  private final Searching search = new Searching(this);
  private Edition edition;
  private IssueCalendar calendar;
  private LocalDate wanted;
  private Mode mode = Mode.READING;
  private Note note;
  private boolean quit;
  private boolean startFailed;

  public Reader(KeyMap keys) {
    this.keys = keys;
  }

  /** Asks for the issue of {@code date} first; the newest when null. */
  public void start(LocalDate date) {
    wanted = date;
  }

  // ---- what the UI draws

  /** The edition being read, or null before the first one has loaded. */
  public Edition edition() {
    return edition;
  }

  /** The source's issue calendar, or null until it is known. */
  public IssueCalendar calendar() {
    return calendar;
  }

  public Mode mode() {
    return mode;
  }

  public Focus focus() {
    return place.focus();
  }

  /** The index of the page whose article list is shown. */
  public int page() {
    return place.page();
  }

  /** The index of the highlighted article in the article list. */
  public int cursor() {
    return place.cursor();
  }

  /** The open article, or empty before one is opened. */
  public Optional<ArticlePosition> open() {
    return Optional.ofNullable(place.open());
  }

  /** The first line of the open article on screen. */
  public int scroll() {
    return place.scroll();
  }

  /** The last message, or empty. */
  public Optional<Note> note() {
    return Optional.ofNullable(note);
  }

  /** The search results being stepped through with n and N, or empty. */
  public Optional<Hits> hits() {
    return search.hits();
  }

  /** The search prompt's scope, the results of a search, the words to mark. */
  public Searching search() {
    return search;
  }

  /** The calendar overlay's cursor and the go-to and search prompts. */
  public Overlays overlays() {
    return overlays;
  }

  /** The download the reader asked for with {@code d}, and how it goes. */
  public DownloadState download() {
    return download;
  }

  /** True once the reader has asked to leave. */
  public boolean quit() {
    return quit;
  }

  /** The issue the reader wants and is not shown yet, or null; the newest when started so. */
  public LocalDate wantedIssue() {
    return wanted;
  }

  /** True while an issue is wanted and not yet shown. */
  public boolean loading() {
    return wanted != null || edition == null && !startFailed;
  }

  /** The 1-based number of the open article in the whole edition, or 0 when none is open. */
  public int articleNumber() {
    return place.articleNumber();
  }

  // ---- what the UI reports

  /**
   * The sizes of the last drawing: rows of a list pane, rows of the article pane and the lines
   * of the open article at its width.
   */
  public void viewport(int listRows, int articleRows, int articleLines) {
    place.viewport(listRows, articleRows, articleLines);
  }

  /**
   * The first match of the search in the open article is on line {@code line} of its layout, or
   * -1 for none. An article a search has just opened scrolls so that the line is in view, a third
   * of the way down, unless it is on the first screen; called after {@link #viewport}.
   */
  public void firstMatch(int line) {
    if (search.takeReveal() && line >= 0) {
      place.reveal(line);
    }
  }

  public void calendarLoaded(IssueCalendar calendar) {
    this.calendar = calendar;
  }

  /** An edition arrived; shown if it is the one wanted, else dropped. */
  public void issueLoaded(Edition loaded) {
    boolean first = edition == null && (wanted == null || wanted.equals(loaded.date()));
    if (!first && (wanted == null || !wanted.equals(loaded.date()))) {
      return;
    }
    edition = loaded;
    wanted = null;
    place.reset();
    note = null;
    search.issueLoaded(loaded);
  }

  /** The wanted issue could not be loaded: say why and stay where the reader was. */
  public void issueFailed(LocalDate date, String reason) {
    if (date == null ? wanted != null : !date.equals(wanted)) {
      return;
    }
    wanted = null;
    search.forgetPending();
    startFailed = edition == null;
    note = Note.of(Kind.LOAD_FAILED, date == null ? "" : date, reason);
  }

  // ---- keys

  /** Handles one key, by the names of {@link Keys}. */
  public void key(String key) {
    if (key.equals(Keys.ctrl('c'))) {
      quit = true;
      return;
    }
    switch (mode) {
      case READING -> reading(key);
      case HELP -> overlays.help(key);
      case CALENDAR -> overlays.calendar(key);
      case DATE_PROMPT, SEARCH_PROMPT -> overlays.prompt(key);
      case RESULTS -> search.resultsKey(key);
    }
  }

  private void reading(String key) {
    Optional<Action> action = keys.action(key);
    if (action.isEmpty()) {
      note = Note.of(Kind.UNBOUND_KEY, key);
      return;
    }
    note = null;
    act(action.get());
  }

  /** Does {@code action} in the reading view. */
  public void act(Action action) {
    if (edition == null && !isAlwaysOn(action)) {
      note = Note.of(Kind.NOT_READY);
      return;
    }
    switch (action) {
      case NEXT_ARTICLE -> nextArticle();
      case PREVIOUS_ARTICLE -> previousArticle();
      case PREVIOUS_HIT -> search.previous();
      case NEXT_PAGE -> place.turnPage(1);
      case PREVIOUS_PAGE -> place.turnPage(-1);
      case NEXT_ISSUE -> otherIssue(true);
      case PREVIOUS_ISSUE -> otherIssue(false);
      case CALENDAR -> overlays.openCalendar();
      case GO_TO_DATE -> overlays.openPrompt(Mode.DATE_PROMPT);
      case SEARCH -> search.openPrompt(Scope.ISSUE);
      case DOWNLOAD -> download.ask(edition.date());
      case FOCUS -> place.cycleFocus(1);
      case FOCUS_BACK -> place.cycleFocus(-1);
      case OPEN -> place.enter();
      case LINE_UP -> place.move(-1);
      case LINE_DOWN -> place.move(1);
      case SCREEN_UP -> place.move(-place.screen());
      case SCREEN_DOWN -> place.move(place.screen());
      case TOP -> place.move(Integer.MIN_VALUE / 2);
      case BOTTOM -> place.move(Integer.MAX_VALUE / 2);
      case HELP -> mode = Mode.HELP;
      case BACK -> back();
      case QUIT -> quit = true;
    }
  }

  private static boolean isAlwaysOn(Action action) {
    return action == Action.BACK || action == Action.QUIT || action == Action.HELP;
  }

  /** {@code n}: the next search result while there are results, else the next article. */
  private void nextArticle() {
    if (search.stepping()) {
      search.next();
    } else {
      place.nextArticle();
    }
  }

  private void previousArticle() {
    if (search.stepping()) {
      search.previous();
    } else {
      place.previousArticle();
    }
  }

  private void otherIssue(boolean later) {
    Moves.issue(calendar, edition, later).ifPresentOrElse(this::want,
        () -> note = Note.of(later ? Kind.NEWEST_ISSUE : Kind.OLDEST_ISSUE));
  }

  private void back() {
    if (!search.back() && !place.back()) {
      quit = true;
    }
  }

  // ---- for the parts

  /** Asks for the issue of {@code date}; the reader stays where they are until it arrives. */
  void want(LocalDate date) {
    search.forgetPending();
    if (edition != null && date.equals(edition.date())) {
      wanted = null;
      return;
    }
    wanted = date;
    note = Note.of(Kind.LOADING, date);
  }

  void openAt(ArticlePosition at) {
    place.openAt(at);
  }

  void mode(Mode newMode) {
    mode = newMode;
  }

  void say(Note newNote) {
    note = newNote;
  }
}
