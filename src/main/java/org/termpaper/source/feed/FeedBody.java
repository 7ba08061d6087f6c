package org.termpaper.source.feed;

import java.util.ArrayList;
import java.util.List;
import org.termpaper.model.Article;
import org.termpaper.model.Block;
import org.termpaper.model.Figure;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An article's body in the edition feed, kept readable by readers that know only paragraphs and
 * figures: {@code paragraphs} holds the text of every paragraph and subhead in order, {@code
 * subheads} (left out when empty) the indexes in {@code paragraphs} that are subheads, and a
 * figure's {@code at} (left out when 0) how many of {@code paragraphs} stand before it. An old
 * reader so sees every word and every picture; a document without the new fields reads as
 * before, its figures before the text. Stateless.
 */
final class FeedBody {
  private FeedBody() {}

  /** A figure of the feed and where it stands. */
  record Placed(Figure figure, int at) {}

  static void write(Article article, ObjectNode node) {
    ArrayNode paragraphs = node.putArray("paragraphs");
    ArrayNode figures = node.putArray("figures");
    List<Integer> subheads = new ArrayList<>();
    for (Block block : article.body()) {
      if (block instanceof Block.Paragraph p) {
        paragraphs.add(p.text());
      } else if (block instanceof Block.Subhead s) {
        subheads.add(paragraphs.size());
        paragraphs.add(s.text());
      } else if (block instanceof Figure figure) {
        ObjectNode f = figures.addObject();
        f.put("src", figure.src());
        f.put("caption", figure.caption());
        if (paragraphs.size() > 0) {
          f.put("at", paragraphs.size());
        }
      }
    }
    if (!subheads.isEmpty()) {
      ArrayNode indexes = node.putArray("subheads");
      subheads.forEach(indexes::add);
    }
  }

  /**
   * The blocks of a body read from the feed; indexes were checked by the reader. Blank
   * paragraphs are left out, but count for the positions.
   */
  static List<Block> blocks(List<String> paragraphs, List<Integer> subheads,
      List<Placed> figures) {
    List<Block> blocks = new ArrayList<>();
    List<Placed> sorted = new ArrayList<>(figures);
    sorted.sort((a, b) -> Integer.compare(a.at(), b.at()));
    int next = 0;
    for (int i = 0; i <= paragraphs.size(); i++) {
      while (next < sorted.size() && sorted.get(next).at() == i) {
        blocks.add(sorted.get(next++).figure());
      }
      if (i < paragraphs.size() && !paragraphs.get(i).isBlank()) {
        String text = paragraphs.get(i);
        blocks.add(subheads.contains(i) ? new Block.Subhead(text) : new Block.Paragraph(text));
      }
    }
    return blocks;
  }
}
