package org.termpaper.ui.nav;

import java.util.List;
import java.util.Optional;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.ui.nav.Note.Kind;

/**
 * Where the reader is within the issue shown: the focused pane, the page whose articles are
 * listed, the cursor in that list, the open article and how far it is scrolled; the moves
 * between them ({@code n p ] [}, Tab, Enter, scrolling) and the sizes the view last drew with,
 * which bound the scrolling. Part of {@link Reader}; mutable, UI thread only.
 */
final class Place {
  private final Reader reader;
  private Focus focus = Focus.PAGES;
  private int page;
  private int cursor;
  private ArticlePosition open;
  private int scroll;
  private int listRows = 10;
  private int articleRows = 10;
  private int articleLines;

  Place(Reader reader) {
    this.reader = reader;
  }

  Focus focus() {
    return focus;
  }

  int page() {
    return page;
  }

  int cursor() {
    return cursor;
  }

  /** The open article, or null. */
  ArticlePosition open() {
    return open;
  }

  int scroll() {
    return scroll;
  }

  /** The 1-based number of the open article in the whole edition, or 0 when none is open. */
  int articleNumber() {
    if (open == null) {
      return 0;
    }
    int before = 0;
    for (int p = 0; p < open.page(); p++) {
      before += reader.edition().pages().get(p).articles().size();
    }
    return before + open.article() + 1;
  }

  /** The page list of an issue just shown, with no article open. */
  void reset() {
    page = 0;
    cursor = 0;
    open = null;
    scroll = 0;
    focus = Focus.PAGES;
  }

  /**
   * The issue just shown opens on page {@code pageIndex}, its row marked in the page list
   * ({@link Focus#PAGES}) or its article list shown ({@link Focus#ARTICLES}), no article open.
   */
  void landOn(int pageIndex, Focus paneFocus) {
    page = pageIndex;
    cursor = 0;
    open = null;
    scroll = 0;
    focus = paneFocus == Focus.ARTICLE ? Focus.ARTICLES : paneFocus;
  }

  void viewport(int listRows, int articleRows, int articleLines) {
    this.listRows = Math.max(1, listRows);
    this.articleRows = Math.max(1, articleRows);
    this.articleLines = Math.max(0, articleLines);
    scroll = clampScroll(scroll);
  }

  /** Scrolls line {@code line} of the open article into view, unless on the first screen. */
  void reveal(int line) {
    if (line >= articleRows) {
      scroll = clampScroll(line - articleRows / 3);
    }
  }

  void openAt(ArticlePosition at) {
    open = at;
    page = at.page();
    cursor = at.article();
    scroll = 0;
    articleLines = 0;
    focus = Focus.ARTICLE;
  }

  void nextArticle() {
    if (noPages()) {
      return;
    }
    Edition edition = reader.edition();
    Optional<ArticlePosition> next =
        open == null ? Moves.firstFrom(edition, page) : edition.articleAfter(open);
    next.ifPresentOrElse(this::openAt, () -> reader.say(Note.of(Kind.LAST_ARTICLE)));
  }

  void previousArticle() {
    if (noPages()) {
      return;
    }
    Edition edition = reader.edition();
    Optional<ArticlePosition> before =
        open == null ? Moves.lastBefore(edition, page) : edition.articleBefore(open);
    before.ifPresentOrElse(this::openAt, () -> reader.say(Note.of(Kind.FIRST_ARTICLE)));
  }

  void turnPage(int delta) {
    if (noPages()) {
      return;
    }
    int target = page + delta;
    if (target < 0 || target >= reader.edition().pages().size()) {
      reader.say(Note.of(delta > 0 ? Kind.LAST_PAGE : Kind.FIRST_PAGE));
      return;
    }
    page = target;
    cursor = 0;
    open = null;
    scroll = 0;
    focus = Focus.ARTICLES;
  }

  void cycleFocus(int delta) {
    Focus[] all = Focus.values();
    Focus next = all[Math.floorMod(focus.ordinal() + delta, all.length)];
    if (next == Focus.ARTICLE && open == null) {
      next = all[Math.floorMod(next.ordinal() + delta, all.length)];
    }
    focus = next;
  }

  void enter() {
    switch (focus) {
      case PAGES -> {
        if (!noPages()) {
          cursor = 0;
          focus = Focus.ARTICLES;
        }
      }
      case ARTICLES -> {
        if (noPages()) {
          return;
        }
        if (articlesOnPage() == 0) {
          reader.say(Note.of(Kind.NO_ARTICLES));
        } else {
          openAt(new ArticlePosition(page, cursor));
        }
      }
      case ARTICLE -> { }
    }
  }

  /** The rows a screenful moves in the focused pane. */
  int screen() {
    return focus == Focus.ARTICLE ? Math.max(1, articleRows - 1) : listRows;
  }

  void move(int delta) {
    Edition edition = reader.edition();
    switch (focus) {
      case PAGES -> {
        int target = clamp(page + delta, edition.pages().size());
        if (target != page) {
          page = target;
          cursor = 0;
        }
      }
      case ARTICLES -> cursor = clamp(cursor + delta, articlesOnPage());
      case ARTICLE -> scroll = clampScroll(scroll + delta);
    }
  }

  /** Steps out of the article, then the article list; false at the page list, to quit. */
  boolean back() {
    switch (focus) {
      case ARTICLE -> focus = Focus.ARTICLES;
      case ARTICLES -> focus = Focus.PAGES;
      case PAGES -> {
        return false;
      }
    }
    return true;
  }

  /**
   * True, having said so, when the issue has no pages ({@code "pages": []} is a valid feed): then
   * there is no page to list, turn or open, and no article.
   */
  private boolean noPages() {
    if (reader.edition().pages().isEmpty()) {
      reader.say(Note.of(Kind.NO_PAGES));
      return true;
    }
    return false;
  }

  /** The articles of the page whose list is shown; 0 when the issue has no pages. */
  private int articlesOnPage() {
    List<Page> pages = reader.edition().pages();
    return page < pages.size() ? pages.get(page).articles().size() : 0;
  }

  /** {@code value} within {@code 0..size-1}; 0 when {@code size} is 0. */
  private static int clamp(int value, int size) {
    return Math.max(0, Math.min(value, size - 1));
  }

  private int clampScroll(int value) {
    return Math.max(0, Math.min(value, Math.max(0, articleLines - articleRows)));
  }
}
