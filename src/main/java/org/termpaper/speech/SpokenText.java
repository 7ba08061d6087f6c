package org.termpaper.speech;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.termpaper.model.Article;
import org.termpaper.model.Block;
import org.termpaper.model.Figure;
import org.termpaper.text.TextCleaner;

/**
 * What is read aloud of an article, in reading order: the title block (pre-title, title,
 * subtitle, byline), then the body as it stands: paragraphs and subheads, and each picture's
 * caption where the picture stands. Each part is
 * cleaned as a line (no control character, no escape sequence), and what an engine would take
 * for an instruction rather than text is defused ({@link #defused}). Stateless.
 */
public final class SpokenText {
  /** The kinds of part, for saying where the reading is. */
  public enum Part { TITLE, PARAGRAPH, CAPTION }

  /**
   * One part to speak. Immutable.
   *
   * @param part its kind
   * @param number its 1-based number among the parts of its kind
   * @param count how many parts of its kind the article has
   * @param text the words, cleaned; the lines of the title block are separated by {@code \n}
   */
  public record Segment(Part part, int number, int count, String text) {}

  private SpokenText() {}

  /** The parts of {@code article} to speak, in reading order; empty parts left out. */
  public static List<Segment> of(Article article) {
    List<Segment> segments = new ArrayList<>();
    List<String> heading = new ArrayList<>();
    for (String line : new String[] {article.preTitle(), article.title(), article.subtitle(),
        article.author()}) {
      addCleaned(heading, line);
    }
    if (!heading.isEmpty()) {
      segments.add(new Segment(Part.TITLE, 1, 1, String.join("\n", heading)));
    }
    List<Part> parts = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Block block : article.body()) {
      if (addCleaned(texts, spoken(block))) {
        parts.add(block instanceof Figure ? Part.CAPTION : Part.PARAGRAPH);
      }
    }
    Map<Part, Integer> counts = new EnumMap<>(Part.class);
    parts.forEach(part -> counts.merge(part, 1, Integer::sum));
    Map<Part, Integer> numbers = new EnumMap<>(Part.class);
    for (int i = 0; i < texts.size(); i++) {
      Part part = parts.get(i);
      int number = numbers.merge(part, 1, Integer::sum);
      segments.add(new Segment(part, number, counts.get(part), texts.get(i)));
    }
    return List.copyOf(segments);
  }

  /** A paragraph's or subhead's text, a picture's caption (or null). */
  private static String spoken(Block block) {
    if (block instanceof Figure figure) {
      return figure.caption();
    }
    return block instanceof Block.Subhead subhead
        ? subhead.text() : ((Block.Paragraph) block).text();
  }

  private static boolean addCleaned(List<String> texts, String text) {
    String cleaned = TextCleaner.line(text);
    if (cleaned == null || cleaned.isBlank()) {
      return false;
    }
    texts.add(defused(cleaned));
    return true;
  }

  /**
   * {@code text} with the engines' in-band instructions made plain text: Speech Dispatcher's pipe
   * mode runs a line that starts with {@code !-!} as a command (a leading space keeps it text),
   * and macOS speech obeys embedded commands in {@code [[ ]]} ({@code [ [} is read as is).
   */
  static String defused(String text) {
    String plain = text.replace("[[", "[ [");
    return plain.startsWith("!-!") ? " " + plain : plain;
  }
}
