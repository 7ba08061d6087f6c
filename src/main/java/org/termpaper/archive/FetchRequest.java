package org.termpaper.archive;

import java.time.LocalDate;

/**
 * Which issues to download and what to keep with them. Immutable.
 *
 * @param from the first issue date, or null for the newest issue only
 * @param to the last issue date (inclusive), or null for just {@code from}
 * @param images also keep the articles' pictures
 * @param pdfs also keep the pages' PDFs
 * @param refresh read issues again that are already archived whole (conditional requests keep
 *     this cheap when nothing changed)
 */
public record FetchRequest(LocalDate from, LocalDate to, boolean images, boolean pdfs,
    boolean refresh) {

  public FetchRequest {
    if (from == null && to != null) {
      throw new IllegalArgumentException("a range needs its first date");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from
          + ")");
    }
  }

  /** The newest issue, text only. */
  public static FetchRequest newest() {
    return new FetchRequest(null, null, false, false, false);
  }

  /** One issue, text only. */
  public static FetchRequest of(LocalDate date) {
    return new FetchRequest(date, null, false, false, false);
  }

  public FetchRequest withImages(boolean value) {
    return new FetchRequest(from, to, value, pdfs, refresh);
  }

  public FetchRequest withPdfs(boolean value) {
    return new FetchRequest(from, to, images, value, refresh);
  }

  public FetchRequest withRefresh(boolean value) {
    return new FetchRequest(from, to, images, pdfs, value);
  }

  /** True when a range of dates was asked for, rather than one date or the newest. */
  public boolean isRange() {
    return to != null && !to.equals(from);
  }
}
