package org.termpaper.ui.nav;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;

/**
 * The results of a search being stepped through with {@code n} and {@code N}, and the one being
 * read. Immutable.
 *
 * @param query what was searched for
 * @param scope where it was searched: the results of {@link Scope#ISSUE} are all in one issue
 * @param all the articles found, in reading order or newest issue first; never empty
 * @param index the result being read, from zero
 */
public record Hits(String query, Scope scope, List<Hit> all, int index) {
  public Hits {
    if (query == null || scope == null) {
      throw new IllegalArgumentException("hits.query and hits.scope are required");
    }
    all = List.copyOf(all);
    if (all.isEmpty() || index < 0 || index >= all.size()) {
      throw new IllegalArgumentException("hit " + index + " of " + all.size());
    }
  }

  /**
   * The results of a search of {@code edition}, starting at the first one at or after
   * {@code from} (else the first).
   */
  static Hits inIssue(String query, Edition edition, List<ArticlePosition> positions,
      ArticlePosition from) {
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
    List<Hit> all = new ArrayList<>();
    for (ArticlePosition at : positions) {
      all.add(new Hit(edition.date(), at, edition.article(at).id()));
    }
    return new Hits(query, Scope.ISSUE, all, index);
  }

  public int size() {
    return all.size();
  }

  public Hit current() {
    return all.get(index);
  }

  /** Where the results stand in their issues. */
  public List<ArticlePosition> positions() {
    return all.stream().map(Hit::position).toList();
  }

  /**
   * The words to mark in a result: the whole query within an issue, where it is looked for as
   * one string; each word across the archive, which looks for every word on its own.
   */
  public List<String> terms() {
    return scope == Scope.ISSUE ? List.of(query) : List.of(query.split("\\s+"));
  }

  /** The next result, or empty at the last. */
  public Optional<Hits> next() {
    return index + 1 < all.size()
        ? Optional.of(new Hits(query, scope, all, index + 1)) : Optional.empty();
  }

  /** The previous result, or empty at the first. */
  public Optional<Hits> previous() {
    return index > 0 ? Optional.of(new Hits(query, scope, all, index - 1)) : Optional.empty();
  }
}
