package org.termpaper.archive;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What to look for in the archive. Immutable.
 *
 * <p>The text is split at spaces, the ideographic space (U+3000) of Chinese input methods among
 * them, into terms; an article matches when its titles, byline, body or captions contain every
 * term (ASCII letters in any case). Terms of three characters or more go
 * through the full-text index; shorter ones are looked for by scanning.
 *
 * @param text the terms, separated by spaces; not blank
 * @param paperId only this paper's editions, or null for every paper in the archive
 * @param limit the most hits to return, newest issues first
 */
public record SearchQuery(String text, String paperId, int limit) {
  public static final int DEFAULT_LIMIT = 200;
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

  public SearchQuery {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("search text is required");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    text = text.strip();
    paperId = paperId == null || paperId.isBlank() ? null : paperId;
  }

  /** Every paper, the default number of hits. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, DEFAULT_LIMIT);
  }

  /** The same search within one paper's editions. */
  public SearchQuery inPaper(String id) {
    return new SearchQuery(text, id, limit);
  }

  /** The terms, in the order given. */
  public List<String> terms() {
    return List.of(SPACES.split(text));
  }
}
