package org.termpaper.ui;

import java.util.List;
import org.termpaper.ui.nav.Result;
import org.termpaper.ui.nav.SearchResults;
import org.termpaper.ui.term.Style;

/**
 * Draws the results of an all-issues search over the reading view: a heading with the query and
 * how many results there are, two rows a result (date, page and headline; then the text around
 * the match, the match marked), the result picked highlighted and kept in view, and the keys at
 * the foot. Remembers where the list was scrolled to; not thread-safe.
 */
final class ResultsPane {
  private static final int ROWS_PER_RESULT = 2;
  private static final int SNIPPET_INDENT = 4;

  private final Texts texts;
  private final Theme theme;
  private SearchResults drawn;
  private int top;

  ResultsPane(Texts texts, Theme theme) {
    this.texts = texts;
    this.theme = theme;
  }

  /** Draws {@code results} of a search of the paper {@code paper} over the whole of {@code c}. */
  void draw(Canvas c, SearchResults results, String paper) {
    c.clear();
    c.fill(0, theme.headingFocused());
    c.text(1, 0, c.fit(heading(results, paper), c.width() - 2), theme.headingFocused());
    c.text(1, c.height() - 1, c.fit(texts.get("results.hint"), c.width() - 2),
        theme.secondary());
    Canvas list = c.sub(0, 1, c.width(), c.height() - 2);
    int shown = Math.max(1, list.height() / ROWS_PER_RESULT);
    results.viewport(shown);
    if (results != drawn) {
      drawn = results;
      top = 0;
    }
    List<Result> all = results.results();
    top = ListPanes.follow(Math.min(top, Math.max(0, all.size() - shown)), results.selected(),
        results.selected(), shown);
    for (int i = 0; i < shown && top + i < all.size(); i++) {
      entry(list, i * ROWS_PER_RESULT, all.get(top + i), top + i == results.selected());
    }
  }

  private String heading(SearchResults results, String paper) {
    if (results.searching()) {
      return texts.get("results.searching", paper, results.query());
    }
    return texts.get(results.more() ? "results.more" : "results.count",
        results.results().size(), results.query());
  }

  /** One result: date, page and headline on the first row, the snippet under them. */
  private void entry(Canvas c, int row, Result result, boolean picked) {
    Style cursor = theme.cursor();
    if (picked) {
      c.fill(row, cursor);
    }
    c.text(0, row, picked ? ">" : " ", picked ? cursor : theme.text());
    int at = c.text(2, row, result.hit().date().toString(), picked ? cursor : theme.heading());
    at = c.text(at + 2, row, result.page(), picked ? cursor : theme.secondary());
    c.text(at + 2, row, c.fit(result.title(), c.width() - at - 3),
        picked ? cursor : theme.title());
    snippet(c, row + 1, result);
  }

  /** The snippet, cut to the pane, with the match marked where it is not cut off. */
  private void snippet(Canvas c, int row, Result result) {
    String snippet = result.snippet();
    String shown = c.fit(snippet, c.width() - SNIPPET_INDENT - 1);
    c.text(SNIPPET_INDENT, row, shown, theme.text());
    int end = result.matchStart() + result.matchLength();
    boolean whole = shown.equals(snippet) || end <= shown.length() - 1;
    if (result.matchLength() > 0 && whole) {
      int col = SNIPPET_INDENT + c.columns(snippet.substring(0, result.matchStart()));
      c.text(col, row, snippet.substring(result.matchStart(), end), theme.match());
    }
  }
}
