package org.termpaper.archive;

import java.time.LocalDate;

/**
 * One part of an issue that could not be fetched: an article, a page, a picture or a PDF, or the
 * whole issue. Immutable.
 *
 * @param date the issue date
 * @param page the page number, or null when the whole issue failed
 * @param part what failed: an article's title, {@code picture}, {@code PDF}, {@code page}
 * @param url the resource's URL, or null when unknown
 * @param reason why, as the fetcher or the source said it
 */
public record FetchFailure(LocalDate date, String page, String part, String url, String reason) {

  /** One line for a report: {@code 2022-07-14 page 03 "标题": HTTP 404 (http://…)}. */
  public String describe() {
    StringBuilder line = new StringBuilder(date.toString());
    if (page != null) {
      line.append(" page ").append(page);
    }
    if (part != null) {
      line.append(' ').append(part);
    }
    line.append(": ").append(reason);
    if (url != null && !reason.contains(url)) {
      line.append(" (").append(url).append(')');
    }
    return line.toString();
  }
}
