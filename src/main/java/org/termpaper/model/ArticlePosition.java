package org.termpaper.model;

/**
 * Where an article stands in an edition: the index of its page and its index on that page, both
 * from zero. Immutable.
 */
public record ArticlePosition(int page, int article) {
  public ArticlePosition {
    if (page < 0 || article < 0) {
      throw new IllegalArgumentException("position out of range: " + page + "/" + article);
    }
  }
}
