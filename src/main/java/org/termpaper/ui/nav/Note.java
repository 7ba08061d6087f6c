package org.termpaper.ui.nav;

import java.util.Arrays;
import java.util.List;

/**
 * A message for the status line, as a kind and its arguments; the UI words it in the reader's
 * language. Immutable.
 *
 * @param kind what happened
 * @param args the values the message names (a date, a count, a query); may be empty
 */
public record Note(Kind kind, List<String> args) {
  /** What a message says. */
  public enum Kind {
    FIRST_ARTICLE, LAST_ARTICLE, FIRST_PAGE, LAST_PAGE, OLDEST_ISSUE, NEWEST_ISSUE,
    NO_ARTICLES, NO_PAGES, LOADING, SKIPPED, LOAD_FAILED, LOAD_NEWEST_FAILED,
    NO_ISSUE_SHOWN, CALENDAR_FAILED, NO_ISSUE_ON, BAD_DATE,
    NO_HITS, HIT, FIRST_HIT, LAST_HIT,
    NO_SEARCH, SEARCH_CLOSED, NO_HITS_ALL, HIT_ALL, HIT_GONE, NOTHING_ARCHIVED, SEARCH_FAILED,
    NOT_READY, UNBOUND_KEY,
    DOWNLOADING, DOWNLOAD_PROGRESS, DOWNLOADED, DOWNLOAD_PARTIAL, DOWNLOAD_FAILED, DOWNLOAD_BUSY,
    PAGE_BY_NUMBER, PAGE_MISSING,
    READING_ALOUD, READ_ALOUD_STOPPED, READ_ALOUD_DONE, READ_ALOUD_FAILED, READ_ALOUD_REMOTE,
    READ_ALOUD_NO_ENGINE, READ_ALOUD_NO_ARTICLE,
    NO_PICTURES, FIRST_PICTURE, LAST_PICTURE, NO_PAGE_IMAGE, FIRST_ON_PAGE, LAST_ON_PAGE,
    NO_PDF, VIEWING, VIEWED, VIEW_FAILED
  }

  public Note {
    if (kind == null) {
      throw new IllegalArgumentException("note.kind is required");
    }
    args = List.copyOf(args);
  }

  /** A note of {@code kind} naming {@code args}. */
  public static Note of(Kind kind, Object... args) {
    return new Note(kind, Arrays.stream(args).map(String::valueOf).toList());
  }
}
