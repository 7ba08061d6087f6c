package org.termpaper.ui.nav;

/**
 * One row of the results of an all-issues search: the article, its page and headline, and a
 * line of its text around the match. Immutable.
 *
 * @param hit the article
 * @param page the page as a reader names it, such as {@code 第03版 经济}
 * @param title the headline
 * @param snippet text around the first match, on one line; cut ends show {@code …}
 * @param matchStart where the match begins in {@code snippet} (a {@code String} index)
 * @param matchLength how long the match is in {@code snippet}; 0 when it is not in it
 */
public record Result(Hit hit, String page, String title, String snippet, int matchStart,
    int matchLength) {
  public Result {
    if (hit == null || page == null || title == null || snippet == null) {
      throw new IllegalArgumentException("result.hit, page, title and snippet are required");
    }
    matchStart = Math.max(0, Math.min(matchStart, snippet.length()));
    matchLength = Math.max(0, Math.min(matchLength, snippet.length() - matchStart));
  }
}
