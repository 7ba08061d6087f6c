package org.termpaper.speech;

import java.util.ArrayList;
import java.util.List;
import org.termpaper.model.Article;
import org.termpaper.model.Figure;
import org.termpaper.text.TextCleaner;

/**
 * What is read aloud of an article, in reading order: the title block (pre-title, title,
 * subtitle, byline), then the captions and paragraphs where the article layout shows them (the
 * captions first, since the model does not say where in the text a picture stood). Each part is
 * cleaned as a line (no control character, no escape sequence), and what an engine would take
 * for an instruction rather than text is defused ({@link #defused}). Stateless.
 *
 * <p>This is the one place that decides the order; an article body that keeps paragraphs and
 * figures in place would be walked here instead.
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
    List<String> captions = new ArrayList<>();
    for (Figure figure : article.figures()) {
      addCleaned(captions, figure.caption());
    }
    add(segments, Part.CAPTION, captions);
    List<String> paragraphs = new ArrayList<>();
    article.paragraphs().forEach(p -> addCleaned(paragraphs, p));
    add(segments, Part.PARAGRAPH, paragraphs);
    return List.copyOf(segments);
  }

  private static void add(List<Segment> segments, Part part, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      segments.add(new Segment(part, i + 1, texts.size(), texts.get(i)));
    }
  }

  private static void addCleaned(List<String> texts, String text) {
    String cleaned = TextCleaner.line(text);
    if (cleaned != null && !cleaned.isBlank()) {
      texts.add(defused(cleaned));
    }
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
