package org.termpaper.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.termpaper.layout.ArticleLayout;
import org.termpaper.model.Article;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.ui.nav.Focus;
import org.termpaper.ui.nav.KeyMap;
import org.termpaper.ui.nav.Matches.Span;
import org.termpaper.ui.nav.Mode;
import org.termpaper.ui.nav.Reader;
import org.termpaper.ui.term.Grid;
import org.termpaper.ui.term.Style;

/**
 * Draws a whole frame from the navigation model: the breadcrumb line, the panes (side by side
 * from {@value #WIDE} columns, else the focused one), the status line and the message or prompt
 * line, and above them the help, the calendar or the results of an all-issues search. Below
 * 40x12 it only says the window is too small. Not thread-safe.
 */
final class ReaderView {
  /** From this many columns the three panes stand side by side. */
  static final int WIDE = 100;
  static final int MIN_COLUMNS = 40;
  static final int MIN_ROWS = 12;
  private static final int PAGES_WIDTH = 24;

  private final Texts texts;
  private final Theme theme;
  private final ListPanes lists;
  private final ArticlePane article;
  private final OverlayPanes overlays;
  private final ResultsPane results;
  private final StatusLine status;

  ReaderView(Texts texts, Theme theme, KeyMap keys, ArticleLayout layout) {
    this.texts = texts;
    this.theme = theme;
    this.lists = new ListPanes(texts, theme);
    this.article = new ArticlePane(layout, texts, theme);
    this.overlays = new OverlayPanes(texts, theme, keys);
    this.results = new ResultsPane(texts, theme);
    this.status = new StatusLine(texts, theme);
  }

  /** Draws the frame into {@code grid} and tells {@code reader} the sizes it drew with. */
  void draw(Grid grid, Reader reader, Activity activity) {
    grid.clear();
    Canvas all = Canvas.of(grid);
    boolean small = tooSmall(grid);
    reader.tooSmall(small);
    if (small) {
      tooSmall(all, grid.columns(), grid.rows());
      return;
    }
    int rows = grid.rows();
    Canvas body = all.sub(0, 1, grid.columns(), rows - 3);
    Edition edition = reader.edition();
    status.breadcrumb(all.sub(0, 0, grid.columns(), 1), reader);
    if (edition == null && reader.issues().startFailure() != null) {
      startFailed(body, reader);
    } else if (edition == null) {
      body.text(1, 1, texts.get("waiting"), theme.secondary());
    } else if (grid.columns() >= WIDE) {
      wide(body, reader, edition);
    } else {
      narrow(body, reader, edition);
    }
    if (reader.mode() == Mode.HELP) {
      int lines = overlays.helpLines().size();
      int textRows = body.height() - 1;
      reader.overlays().helpViewport(lines, lines > textRows ? textRows - 1 : textRows);
      overlays.help(body, reader.overlays());
    } else if (reader.mode() == Mode.CALENDAR) {
      overlays.calendar(body, reader.issues().calendar(), reader.overlays().day().day());
    } else if (reader.mode() == Mode.RESULTS && reader.search().results().isPresent()) {
      results.draw(body, reader.search().results().get(), edition.paper().name());
    }
    status.status(all.sub(0, rows - 2, grid.columns(), 1), reader, activity);
    status.message(all.sub(0, rows - 1, grid.columns(), 1), reader, activity);
  }

  /** True when {@code grid} is smaller than the reader can be drawn in. */
  static boolean tooSmall(Grid grid) {
    return grid.columns() < MIN_COLUMNS || grid.rows() < MIN_ROWS;
  }

  /** Says, wrapped by words and centred, that the window is too small and what it needs. */
  private void tooSmall(Canvas all, int columns, int rows) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : texts.get("too.small", columns, rows, MIN_COLUMNS, MIN_ROWS)
        .split(" ")) {
      String longer = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && all.columns(longer) > columns) {
        lines.add(line);
        longer = word;
      }
      line = longer;
    }
    lines.add(line);
    int top = Math.max(0, (rows - lines.size()) / 2);
    for (int i = 0; i < lines.size() && top + i < rows; i++) {
      String text = all.fit(lines.get(i), columns);
      all.text(Math.max(0, (columns - all.columns(text)) / 2), top + i, text, theme.notice());
    }
  }

  /** The first issue could not be loaded: says so, why, and what can be done. */
  private void startFailed(Canvas body, Reader reader) {
    LocalDate date = reader.issues().date();
    String line = date == null ? texts.get("start.failed.newest")
        : texts.get("start.failed", date);
    body.text(1, 1, body.fit(line, body.width() - 2), theme.notice());
    article.drawNotice(body.sub(0, 2, body.width(), body.height() - 2),
        reader.issues().startFailure(), texts.get("start.failed.hint"));
  }

  private void wide(Canvas body, Reader reader, Edition edition) {
    int listWidth = Math.min(44, (body.width() - PAGES_WIDTH) * 2 / 5);
    int articleLeft = PAGES_WIDTH + 1 + listWidth + 1;
    Canvas pages = body.sub(0, 0, PAGES_WIDTH, body.height());
    Canvas list = body.sub(PAGES_WIDTH + 1, 0, listWidth, body.height());
    Canvas text = body.sub(articleLeft, 0, body.width() - articleLeft, body.height());
    for (int r = 0; r < body.height(); r++) {
      body.text(PAGES_WIDTH, r, "│", theme.secondary());
      body.text(PAGES_WIDTH + 1 + listWidth, r, "│", theme.secondary());
    }
    Focus focus = reader.focus();
    heading(pages, texts.get("pages"), focus == Focus.PAGES);
    heading(list, texts.get("articles"), focus == Focus.ARTICLES);
    heading(text, texts.get("article"), focus == Focus.ARTICLE);
    lists.pages(below(pages), edition, reader.page(), focus == Focus.PAGES);
    drawArticles(below(list), reader, edition, focus == Focus.ARTICLES);
    drawArticle(below(text), reader, edition, below(list).height());
  }

  private void narrow(Canvas body, Reader reader, Edition edition) {
    switch (reader.focus()) {
      case PAGES -> {
        lists.pages(body, edition, reader.page(), true);
        reader.viewport(body.height(), body.height(), 0);
      }
      case ARTICLES -> {
        drawArticles(body, reader, edition, true);
        reader.viewport(body.height(), body.height(), 0);
      }
      case ARTICLE -> drawArticle(body, reader, edition, body.height());
    }
  }

  private void drawArticles(Canvas c, Reader reader, Edition edition, boolean focused) {
    if (edition.pages().isEmpty()) {
      lists.noPages(c);
      return;
    }
    Page page = edition.pages().get(reader.page());
    if (page.isUnavailable() && page.articles().isEmpty()) {
      article.drawNotice(c, texts.get("page.unavailable.why", page.unavailable()));
      return;
    }
    lists.articles(c, page, reader.page(), reader.cursor(), focused);
  }

  private void drawArticle(Canvas c, Reader reader, Edition edition, int listRows) {
    if (reader.open().isEmpty()) {
      reader.viewport(listRows, c.height(), 0);
      Page page = edition.pages().isEmpty() ? null : edition.pages().get(reader.page());
      article.drawNotice(c, page != null && page.isUnavailable() && page.articles().isEmpty()
          ? texts.get("page.unavailable.why", page.unavailable()) : texts.get("article.none"));
      return;
    }
    ArticlePosition at = reader.open().get();
    Article open = edition.article(at);
    int lines = article.lines(open, c.width()).size();
    reader.viewport(listRows, c.height(), lines);
    List<Span> marks = article.marks(open, c.width(), reader.search().terms());
    reader.firstMatch(marks.isEmpty() ? -1 : marks.get(0).line());
    article.draw(c, open, reader.scroll(), marks);
  }

  private void heading(Canvas pane, String title, boolean focused) {
    Style style = focused ? theme.headingFocused() : theme.heading();
    pane.fill(0, focused ? style : theme.text());
    pane.text(1, 0, title, style);
  }

  private static Canvas below(Canvas pane) {
    return pane.sub(0, 1, pane.width(), pane.height() - 1);
  }

  /** The rows of the frame as text, for tests and the byte check. */
  static List<String> rows(Grid grid) {
    List<String> rows = new ArrayList<>();
    for (int r = 0; r < grid.rows(); r++) {
      rows.add(grid.row(r));
    }
    return rows;
  }
}
