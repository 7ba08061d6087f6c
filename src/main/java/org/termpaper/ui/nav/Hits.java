package org.termpaper.ui.nav;

import java.util.List;
import java.util.Optional;
import org.termpaper.model.ArticlePosition;

/**
 * The results of a search within the edition and the one being read. Immutable.
 *
 * @param query what was searched for
 * @param positions the articles found, in reading order; never empty
 * @param index the result being read, from zero
 */
public record Hits(String query, List<ArticlePosition> positions, int index) {
  public Hits {
    positions = List.copyOf(positions);
    if (positions.isEmpty() || index < 0 || index >= positions.size()) {
      throw new IllegalArgumentException("hit " + index + " of " + positions.size());
    }
  }

  /** The results, starting at the first one at or after {@code from} (else the first). */
  static Hits startingAt(String query, List<ArticlePosition> positions, ArticlePosition from) {
    int index = 0;
    if (from != null) {
      for (int i = 0; i < positions.size(); i++) {
        ArticlePosition at = positions.get(i);
        if (at.page() > from.page() || at.page() == from.page() && at.article() >= from.article()) {
          index = i;
          break;
        }
      }
    }
    return new Hits(query, positions, index);
  }

  public int size() {
    return positions.size();
  }

  public ArticlePosition current() {
    return positions.get(index);
  }

  /** The next result, or empty at the last. */
  public Optional<Hits> next() {
    return index + 1 < positions.size()
        ? Optional.of(new Hits(query, positions, index + 1)) : Optional.empty();
  }

  /** The previous result, or empty at the first. */
  public Optional<Hits> previous() {
    return index > 0 ? Optional.of(new Hits(query, positions, index - 1)) : Optional.empty();
  }
}
