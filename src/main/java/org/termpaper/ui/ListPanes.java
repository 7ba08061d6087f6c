package org.termpaper.ui;

import java.util.ArrayList;
import java.util.List;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.ui.term.Style;

/**
 * Draws the page list (版面) and the article list of a page (标题导航), keeping the cursor in
 * view. Remembers where each list was scrolled to; not thread-safe.
 */
final class ListPanes {
  private final Texts texts;
  private final Theme theme;
  private int pagesTop;
  private int articlesTop;
  private int articlesPage = -1;

  ListPanes(Texts texts, Theme theme) {
    this.texts = texts;
    this.theme = theme;
  }

  void pages(Canvas c, Edition edition, int selected, boolean focused) {
    List<Page> pages = edition.pages();
    if (pages.isEmpty()) {
      noPages(c);
      return;
    }
    pagesTop = follow(pagesTop, selected, selected, c.height());
    for (int r = 0; r < c.height() && pagesTop + r < pages.size(); r++) {
      int i = pagesTop + r;
      Page page = pages.get(i);
      boolean at = i == selected;
      Style style = !at ? theme.text() : focused ? theme.cursor() : theme.cursorUnfocused();
      if (at) {
        c.fill(r, focused ? theme.cursor() : theme.text());
      }
      String count = page.isUnavailable() && page.articles().isEmpty()
          ? texts.get("page.unavailable") : texts.get("articles.count", page.articles().size());
      int countAt = c.width() - c.columns(count) - 1;
      c.text(0, r, at ? ">" : " ", style);
      c.text(2, r, c.fit(page.label(), countAt - 3), style);
      c.text(countAt, r, count, at && focused ? style : theme.secondary());
    }
  }

  /** What the page list and the article list say of an issue with no pages. */
  void noPages(Canvas c) {
    c.text(1, 0, c.fit(texts.get("no.pages"), c.width() - 1), theme.secondary());
  }

  void articles(Canvas c, Page page, int pageIndex, int selected, boolean focused) {
    if (page.articles().isEmpty()) {
      c.text(1, 0, texts.get("no.articles"), theme.secondary());
      return;
    }
    List<Integer> starts = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < page.articles().size(); i++) {
      starts.add(rows.size());
      entry(rows, page.articles().get(i), i, i == selected, focused);
    }
    starts.add(rows.size());
    if (articlesPage != pageIndex) {
      articlesTop = 0;
      articlesPage = pageIndex;
    }
    articlesTop = follow(articlesTop, starts.get(selected), starts.get(selected + 1) - 1,
        c.height());
    for (int r = 0; r < c.height() && articlesTop + r < rows.size(); r++) {
      Row row = rows.get(articlesTop + r);
      if (row.fill) {
        c.fill(r, row.style);
      }
      c.text(0, r, row.marker, row.style);
      c.text(row.indent, r, c.fit(row.text, c.width() - row.indent), row.style);
    }
  }

  private void entry(List<Row> rows, Article article, int index, boolean at, boolean focused) {
    Style cursor = focused ? theme.cursor() : theme.cursorUnfocused();
    boolean fill = at && focused;
    if (article.preTitle() != null) {
      rows.add(new Row(" ", LINE_INDENT, article.preTitle(), at ? cursor : theme.secondary(),
          fill));
    }
    rows.add(new Row(at ? ">" : " ", TITLE_INDENT, article.title(),
        at ? cursor : theme.title(), fill));
    if (article.subtitle() != null) {
      rows.add(new Row(" ", LINE_INDENT, article.subtitle(), at ? cursor : theme.secondary(),
          fill));
    }
  }

  /** The first row to show so that rows {@code from..to} are in a window of {@code height}. */
  static int follow(int top, int from, int to, int height) {
    int result = top;
    if (to >= result + height) {
      result = to - height + 1;
    }
    if (from < result) {
      result = from;
    }
    return Math.max(0, result);
  }

  /**
   * One row of the article list. Pre-titles and subtitles sit further in than the title, so that
   * each article reads as one entry even on a terminal without colour.
   */
  private record Row(String marker, int indent, String text, Style style, boolean fill) {}

  private static final int TITLE_INDENT = 2;
  private static final int LINE_INDENT = 4;
}
