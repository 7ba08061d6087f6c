package org.termpaper.ui.nav;

import java.time.LocalDate;
import java.util.Optional;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.ui.key.Keys;
import org.termpaper.ui.nav.Note.Kind;

/**
 * Where the reader is and what each key leads to: the navigation model of the reading UI.
 * Mutable, used on the UI thread only.
 *
 * <p>The UI passes every key by name to {@link #key} and draws what the getters say. Loading is
 * asked for, not done: {@link Issues#wanted} names the issue the reader wants next and
 * {@link Issues#ahead} the ones to load ahead of time, and the UI answers with
 * {@link #issueLoaded} or {@link #issueFailed}, which decide what is shown; until then the reader
 * stays where they were. The UI also reports the sizes it drew with ({@link #viewport}), so that
 * scrolling stops at the ends.
 *
 * <p>This class keeps the mode and the message, and hands the keys on: the issues shown, wanted
 * and loaded ahead are {@link Issues}, the place within the issue and its moves {@link Place},
 * the overlays {@link Overlays}, searching {@link Searching}, the {@code d} key
 * {@link DownloadState}, the <code>{</code> and <code>}</code> keys {@link SamePage}, the
 * {@code a} key {@link ReadAloud}.
 */
public final class Reader {
  private final KeyMap keys;
  private final Issues issues;
  private final Place place = new Place(this);
  private final Overlays overlays = new Overlays(this);
  private final DownloadState download = new DownloadState(this);
  private final Searching search = new Searching(this);
  private final SamePage samePage = new SamePage(this);
  private final ReadAloud readAloud = new ReadAloud(this);
  private final PictureCursor pictures;
  private Mode mode = Mode.READING;
  private Note note;
  private String focus;
  private boolean quit;
  private boolean interrupted;
  private boolean tooSmall;

  /** A reader with {@code keys} that loads both neighbouring issues ahead. */
  public Reader(KeyMap keys) {
    this(keys, Prefetch.BOTH);
  }

  /** A reader with {@code keys} that loads the neighbouring issues {@code prefetch} names. */
  public Reader(KeyMap keys, Prefetch prefetch) {
    this.keys = keys;
    this.issues = new Issues(prefetch);
    this.pictures = new PictureCursor(this, keys);
  }

  /** Asks for the issue of {@code date} first; the newest when null. */
  public void start(LocalDate date) {
    issues.start(date);
  }

  // ---- what the UI draws

  /** The edition being read, or null before the first one has loaded. */
  public Edition edition() {
    return issues.shown();
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

  /** The search prompt's scope, the results of a search, the words to mark. */
  public Searching search() {
    return search;
  }

  /** The calendar overlay's cursor and the go-to and search prompts. */
  public Overlays overlays() {
    return overlays;
  }

  /** The issues shown, wanted and to load ahead, and the calendar. */
  public Issues issues() {
    return issues;
  }

  /** The photos the {@code i} key shows, and the file the {@code o} key asked to view. */
  public PictureCursor pictures() {
    return pictures;
  }

  /** The download the reader asked for with {@code d}, and how it goes. */
  public DownloadState download() {
    return download;
  }

  /** The article read aloud, and what the UI is asked to start or stop. */
  public ReadAloud readAloud() {
    return readAloud;
  }

  /** True once the reader has asked to leave. */
  public boolean quit() {
    return quit;
  }

  /** True when the reader left with Ctrl-C, which a shell expects to end with status 130. */
  public boolean interrupted() {
    return interrupted;
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
   * The window is too small to draw the reader in (or big enough again): meanwhile every key is
   * ignored but those that leave, {@code q}, Esc and Ctrl-C, so that nothing moves unseen.
   */
  public void tooSmall(boolean small) {
    tooSmall = small;
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
    issues.calendar(calendar);
  }

  /**
   * The calendar could not be read: said in the status line, where it stays until a key is
   * pressed, even when the first issue arrives after it; {@code <} and {@code >} then follow the
   * issues' own neighbours.
   */
  public void calendarFailed(String reason) {
    note = Note.of(Kind.CALENDAR_FAILED, reason);
  }

  /**
   * An edition arrived, asked for as {@code asked} (null: the newest): shown if the reader
   * {@link Issues#wants} it, else dropped (loaded ahead, or the reader has moved on).
   *
   * @return true when it is shown
   */
  public boolean issueLoaded(LocalDate asked, Edition loaded) {
    if (!issues.wants(asked)) {
      return false;
    }
    boolean first = issues.shown() == null;
    boolean calendarNote = note != null && note.kind() == Kind.CALENDAR_FAILED;
    if (!first || !calendarNote) {
      note = null;
    }
    issues.show(loaded);
    place.reset();
    samePage.arrived(loaded, place);
    search.issueLoaded(loaded);
    if (first && focus != null) {
      loaded.find(focus).ifPresent(place::openAt);
    }
    focus = null;
    readAloud.follow(loaded.date(), place.open());
    return true;
  }

  /**
   * The source points at the article {@code articleId}: the first issue shown opens on it, when
   * it holds that article.
   */
  public void focusOn(String articleId) {
    if (issues.shown() == null) {
      focus = articleId;
    }
  }

  /**
   * The wanted issue could not be loaded: say why and stay where the reader was; the next
   * {@code <} or {@code >} goes on past it. When it was the first issue, the reader is at the
   * date asked for, from which the calendar, {@code g}, {@code <} and {@code >} work.
   */
  public void issueFailed(LocalDate date, String reason) {
    if (!issues.failed(date, reason)) {
      return;
    }
    search.forgetPending();
    note = date == null ? Note.of(Kind.LOAD_NEWEST_FAILED, reason)
        : Note.of(Kind.LOAD_FAILED, date, reason);
  }

  // ---- keys

  /** Handles one key, by the names of {@link Keys}. */
  public void key(String key) {
    if (key.equals(Keys.ctrl('c'))) {
      quit = true;
      interrupted = true;
      return;
    }
    if (tooSmall) {
      quit = key.equals(Keys.ESC) || key.equals("q");
      return;
    }
    switch (mode) {
      case READING -> reading(key);
      case HELP -> overlays.help(key);
      case CALENDAR -> overlays.calendar(key);
      case DATE_PROMPT, SEARCH_PROMPT -> overlays.prompt(key);
      case RESULTS -> search.resultsKey(key);
      case PICTURES -> pictures.key(key);
      case PAGE_IMAGE -> pictures.pageImage().key(key);
    }
    if (issues.shown() != null) {
      readAloud.follow(issues.shown().date(), place.open());
    }
    if (quit) {
      readAloud.quit();
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
    if (issues.shown() == null && !isAlwaysOn(action)
        && !(issues.date() != null && isIssueMove(action))) {
      note = Note.of(issues.date() == null ? Kind.NOT_READY : Kind.NO_ISSUE_SHOWN);
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
      case PAGE_IN_NEXT_ISSUE -> samePageIn(true);
      case PAGE_IN_PREVIOUS_ISSUE -> samePageIn(false);
      case CALENDAR -> overlays.openCalendar();
      case GO_TO_DATE -> overlays.openPrompt(Mode.DATE_PROMPT);
      case SEARCH -> search.openPrompt(Scope.ISSUE);
      case DOWNLOAD -> download.ask(issues.shown().date());
      case READ_ALOUD -> readAloud.toggle(issues.shown().date(), place.open(),
          place.open() == null ? null : issues.shown().article(place.open()));
      case PICTURES -> pictures.openHere();
      case PAGE_IMAGE -> pictures.pageImage().openHere();
      case VIEWER -> pictures.viewing().pagePdf();
      case FOCUS -> place.cycleFocus(1);
      case FOCUS_BACK -> place.cycleFocus(-1);
      case OPEN -> place.enter();
      case LINE_UP -> place.move(-1);
      case LINE_DOWN -> place.move(1);
      case SCREEN_UP -> place.move(-place.screen());
      case SCREEN_DOWN -> place.move(place.screen());
      case TOP -> place.move(Integer.MIN_VALUE / 2);
      case BOTTOM -> place.move(Integer.MAX_VALUE / 2);
      case HELP -> overlays.openHelp();
      case BACK -> back();
      case QUIT -> quit = true;
    }
  }

  private static boolean isAlwaysOn(Action action) {
    return action == Action.BACK || action == Action.QUIT || action == Action.HELP;
  }

  /** What works with no issue shown, from the date the first one failed on. */
  private static boolean isIssueMove(Action action) {
    return action == Action.NEXT_ISSUE || action == Action.PREVIOUS_ISSUE
        || action == Action.PAGE_IN_NEXT_ISSUE || action == Action.PAGE_IN_PREVIOUS_ISSUE
        || action == Action.CALENDAR || action == Action.GO_TO_DATE;
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

  /** <code>{</code> and <code>}</code>: the other issue, on the page the reader is on. */
  private void samePageIn(boolean later) {
    SamePage.Wanted wanted = samePage.wanted(issues.shown(), place.page(),
        place.open() != null, place.focus());
    otherIssue(later).ifPresent(date -> samePage.expect(date, wanted));
  }

  private Optional<LocalDate> otherIssue(boolean later) {
    Optional<LocalDate> next = issues.neighbour(later);
    if (next.isEmpty()) {
      note = Note.of(later ? Kind.NEWEST_ISSUE : Kind.OLDEST_ISSUE);
      return next;
    }
    want(next.get());
    Optional<LocalDate> skipped = issues.nextInCalendar(later);
    if (note != null && skipped.isPresent() && issues.hasFailed(skipped.get())) {
      note = Note.of(Kind.SKIPPED, skipped.get(), next.get());
    }
    return next;
  }

  private void back() {
    if (!readAloud.back() && !search.back() && !place.back()) {
      quit = true;
    }
  }

  // ---- for the parts

  /** Asks for the issue of {@code date}; the reader stays where they are until it arrives. */
  void want(LocalDate date) {
    search.forgetPending();
    samePage.forget();
    if (issues.want(date)) {
      note = Note.of(Kind.LOADING, date);
    }
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
