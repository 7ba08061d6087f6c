package org.termpaper.ui.nav;

import java.util.List;

/**
 * The list of results of an all-issues search, while it runs and once it has answered, with the
 * result picked. Part of {@link Searching}; mutable, UI thread only.
 */
public final class SearchResults {
  private final SearchRequest request;
  private List<Result> results = List.of();
  private boolean searching = true;
  private boolean more;
  private int selected;
  private int entries = 10;

  SearchResults(SearchRequest request) {
    this.request = request;
  }

  public String query() {
    return request.query();
  }

  /** True until the archive has answered. */
  public boolean searching() {
    return searching;
  }

  /** The results, newest issue first; empty while searching. */
  public List<Result> results() {
    return results;
  }

  /** True when the archive holds more results than these, which are the newest. */
  public boolean more() {
    return more;
  }

  /** The index of the result picked. */
  public int selected() {
    return selected;
  }

  /** How many results the view shows at once, so that a screen's move is one screenful. */
  public void viewport(int shown) {
    entries = Math.max(1, shown);
  }

  SearchRequest request() {
    return request;
  }

  void arrived(List<Result> found, boolean truncated) {
    results = List.copyOf(found);
    more = truncated;
    searching = false;
    selected = 0;
  }

  /** The results as hits to step through, starting at the one picked. */
  Hits hits() {
    return new Hits(query(), Scope.ALL, results.stream().map(Result::hit).toList(), selected);
  }

  void select(int index) {
    selected = Math.max(0, Math.min(index, results.size() - 1));
  }

  /** Takes a movement key; false for any other key. */
  boolean move(String key) {
    switch (key) {
      case Keys.DOWN, "j", "n" -> select(selected + 1);
      case Keys.UP, "k", "N", "p" -> select(selected - 1);
      case Keys.PAGE_DOWN, Keys.SPACE -> select(selected + entries);
      case Keys.PAGE_UP, "b" -> select(selected - entries);
      case Keys.HOME -> select(0);
      case Keys.END -> select(results.size() - 1);
      default -> {
        return false;
      }
    }
    return true;
  }
}
