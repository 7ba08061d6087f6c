package org.termpaper.ui.nav;

import java.time.LocalDate;
import java.util.Optional;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;

/**
 * One article a search found: its issue, its place in that issue, and its id, by which it is
 * found again should the issue read now differ from the one that was archived. Immutable.
 *
 * @param date the issue the article is in
 * @param position where the article stood in that issue when it was found
 * @param articleId the article's id, or null when unknown
 */
public record Hit(LocalDate date, ArticlePosition position, String articleId) {
  public Hit {
    if (date == null || position == null) {
      throw new IllegalArgumentException("hit.date and hit.position are required");
    }
  }

  /**
   * Where this hit stands in {@code edition}, its issue: at its position if the article there
   * has its id, else wherever its id is; empty when the article is not in the issue (any more).
   */
  Optional<ArticlePosition> in(Edition edition) {
    boolean fits = position.page() < edition.pages().size()
        && position.article() < edition.pages().get(position.page()).articles().size();
    if (fits && (articleId == null || articleId.equals(edition.article(position).id()))) {
      return Optional.of(position);
    }
    return articleId == null ? Optional.empty() : edition.find(articleId);
  }
}
