package org.termpaper.ui.nav;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Page;
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
 */
public final class Reader {
  private final KeyMap keys;
  private final Overlays overlays = new Overlays(this);
  private final DownloadState download = new DownloadState(this);
  private Edition edition;
  private IssueCalendar calendar;
  private LocalDate wanted;
  private Mode mode = Mode.READING;
  private Focus focus = Focus.PAGES;
  private int page;
  private int cursor;
  private ArticlePosition open;
  private int scroll;
  private Hits hits;
  private Note note;
  private boolean quit;
  private boolean startFailed;
  private int listRows = 10;
  private int articleRows = 10;
  private int articleLines;

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
    return focus;
  }

  /** The index of the page whose article list is shown. */
  public int page() {
    return page;
  }

  /** The index of the highlighted article in the article list. */
  public int cursor() {
    return cursor;
  }

  /** The open article, or empty before one is opened. */
  public Optional<ArticlePosition> open() {
    return Optional.ofNullable(open);
  }

  /** The first line of the open article on screen. */
  public int scroll() {
    return scroll;
  }

  /** The last message, or empty. */
  public Optional<Note> note() {
    return Optional.ofNullable(note);
  }

  /** The search results being stepped through with n and N, or empty. */
  public Optional<Hits> hits() {
    return Optional.ofNullable(hits);
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
    if (open == null) {
      return 0;
    }
    int before = 0;
    for (int p = 0; p < open.page(); p++) {
      before += edition.pages().get(p).articles().size();
    }
    return before + open.article() + 1;
  }

  // ---- what the UI reports

  /**
   * The sizes of the last drawing: rows of a list pane, rows of the article pane and the lines
   * of the open article at its width.
   */
  public void viewport(int listRows, int articleRows, int articleLines) {
    this.listRows = Math.max(1, listRows);
    this.articleRows = Math.max(1, articleRows);
    this.articleLines = Math.max(0, articleLines);
    scroll = clampScroll(scroll);
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
    page = 0;
    cursor = 0;
    open = null;
    scroll = 0;
    hits = null;
    focus = Focus.PAGES;
    note = null;
  }

  /** The wanted issue could not be loaded: say why and stay where the reader was. */
  public void issueFailed(LocalDate date, String reason) {
    if (date == null ? wanted != null : !date.equals(wanted)) {
      return;
    }
    wanted = null;
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
      case PREVIOUS_HIT -> previousHit();
      case NEXT_PAGE -> turnPage(1);
      case PREVIOUS_PAGE -> turnPage(-1);
      case NEXT_ISSUE -> otherIssue(true);
      case PREVIOUS_ISSUE -> otherIssue(false);
      case CALENDAR -> overlays.openCalendar();
      case GO_TO_DATE -> overlays.openPrompt(Mode.DATE_PROMPT);
      case SEARCH -> overlays.openPrompt(Mode.SEARCH_PROMPT);
      case DOWNLOAD -> download.ask(edition.date());
      case FOCUS -> cycleFocus(1);
      case FOCUS_BACK -> cycleFocus(-1);
      case OPEN -> enter();
      case LINE_UP -> move(-1);
      case LINE_DOWN -> move(1);
      case SCREEN_UP -> move(-screen());
      case SCREEN_DOWN -> move(screen());
      case TOP -> move(Integer.MIN_VALUE / 2);
      case BOTTOM -> move(Integer.MAX_VALUE / 2);
      case HELP -> mode = Mode.HELP;
      case BACK -> back();
      case QUIT -> quit = true;
    }
  }

  private static boolean isAlwaysOn(Action action) {
    return action == Action.BACK || action == Action.QUIT || action == Action.HELP;
  }

  private void nextArticle() {
    if (hits != null) {
      step(hits.next(), Kind.LAST_HIT);
      return;
    }
    Optional<ArticlePosition> next = open == null ? Moves.firstFrom(edition, page) : edition.articleAfter(open);
    next.ifPresentOrElse(this::openAt, () -> note = Note.of(Kind.LAST_ARTICLE));
  }

  private void previousArticle() {
    if (hits != null) {
      step(hits.previous(), Kind.FIRST_HIT);
      return;
    }
    Optional<ArticlePosition> before =
        open == null ? Moves.lastBefore(edition, page) : edition.articleBefore(open);
    before.ifPresentOrElse(this::openAt, () -> note = Note.of(Kind.FIRST_ARTICLE));
  }

  private void previousHit() {
    if (hits == null) {
      note = Note.of(Kind.NO_SEARCH);
      return;
    }
    step(hits.previous(), Kind.FIRST_HIT);
  }

  private void step(Optional<Hits> moved, Kind atEnd) {
    if (moved.isEmpty()) {
      note = Note.of(atEnd, hits.size(), hits.query());
      return;
    }
    hits = moved.get();
    openAt(hits.current());
    note = Note.of(Kind.HIT, hits.index() + 1, hits.size(), hits.query());
  }

  void openAt(ArticlePosition at) {
    open = at;
    page = at.page();
    cursor = at.article();
    scroll = 0;
    articleLines = 0;
    focus = Focus.ARTICLE;
  }

  private void turnPage(int delta) {
    List<Page> pages = edition.pages();
    int target = page + delta;
    if (target < 0 || target >= pages.size()) {
      note = Note.of(delta > 0 ? Kind.LAST_PAGE : Kind.FIRST_PAGE);
      return;
    }
    page = target;
    cursor = 0;
    open = null;
    scroll = 0;
    focus = Focus.ARTICLES;
  }

  private void otherIssue(boolean later) {
    Moves.issue(calendar, edition, later).ifPresentOrElse(this::want,
        () -> note = Note.of(later ? Kind.NEWEST_ISSUE : Kind.OLDEST_ISSUE));
  }

  /** Asks for the issue of {@code date}; the reader stays where they are until it arrives. */
  void want(LocalDate date) {
    if (edition != null && date.equals(edition.date())) {
      wanted = null;
      return;
    }
    wanted = date;
    note = Note.of(Kind.LOADING, date);
  }

  private void cycleFocus(int delta) {
    Focus[] all = Focus.values();
    Focus next = all[Math.floorMod(focus.ordinal() + delta, all.length)];
    if (next == Focus.ARTICLE && open == null) {
      next = all[Math.floorMod(next.ordinal() + delta, all.length)];
    }
    focus = next;
  }

  private void enter() {
    switch (focus) {
      case PAGES -> {
        cursor = 0;
        focus = Focus.ARTICLES;
      }
      case ARTICLES -> {
        if (edition.pages().get(page).articles().isEmpty()) {
          note = Note.of(Kind.NO_ARTICLES);
        } else {
          openAt(new ArticlePosition(page, cursor));
        }
      }
      case ARTICLE -> { }
    }
  }

  private int screen() {
    return focus == Focus.ARTICLE ? Math.max(1, articleRows - 1) : listRows;
  }

  private void move(int delta) {
    switch (focus) {
      case PAGES -> {
        int target = clamp(page + delta, edition.pages().size());
        if (target != page) {
          page = target;
          cursor = 0;
        }
      }
      case ARTICLES -> cursor = clamp(cursor + delta, edition.pages().get(page).articles().size());
      case ARTICLE -> scroll = clampScroll(scroll + delta);
    }
  }

  private static int clamp(int value, int size) {
    return Math.max(0, Math.min(value, size - 1));
  }

  private int clampScroll(int value) {
    return Math.max(0, Math.min(value, Math.max(0, articleLines - articleRows)));
  }

  private void back() {
    if (hits != null) {
      hits = null;
      note = Note.of(Kind.SEARCH_CLOSED);
      return;
    }
    switch (focus) {
      case ARTICLE -> focus = Focus.ARTICLES;
      case ARTICLES -> focus = Focus.PAGES;
      case PAGES -> quit = true;
    }
  }

  // ---- for the overlays

  void mode(Mode newMode) {
    mode = newMode;
  }

  void say(Note newNote) {
    note = newNote;
  }

  void search(Hits found) {
    hits = found;
    openAt(found.current());
    note = Note.of(Kind.HIT, found.index() + 1, found.size(), found.query());
  }
}
