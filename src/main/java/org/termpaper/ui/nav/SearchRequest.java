package org.termpaper.ui.nav;

/**
 * A search of the archive the reader asked for. The UI runs it off the UI thread and answers
 * {@link Searching} with its serial, so that an answer to an older search is told apart.
 * Immutable.
 *
 * @param serial which search this is, counting from 1
 * @param paperId the paper whose archived issues to search
 * @param query the words, all of which an article must hold
 */
public record SearchRequest(int serial, String paperId, String query) {
  public SearchRequest {
    if (paperId == null || query == null || query.isBlank()) {
      throw new IllegalArgumentException("search request needs a paper and a query");
    }
  }
}
