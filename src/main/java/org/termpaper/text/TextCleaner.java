package org.termpaper.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes hostile text safe and tidy before the model holds it (DESIGN.md §6, rules C1–C3):
 * no control characters or escape sequences, folded white space, no empty paragraphs.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextCleaner {
  private TextCleaner() {}

  /** One line of text (a title, a name, a caption): cleaned and trimmed; null stays null. */
  public static String line(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0) {
        out.append(' ');
      } else if (!Character.isISOControl(cp)) {
        out.appendCodePoint(cp);
      }
    });
    return out.toString().replaceAll(" {2,}", " ").strip();
  }

  /** Paragraphs cleaned as lines, the source's indent removed, empty ones dropped. */
  public static List<String> paragraphs(List<String> paragraphs) {
    List<String> kept = new ArrayList<>(paragraphs.size());
    for (String paragraph : paragraphs) {
      String cleaned = line(paragraph).replaceAll("^[\\s\\u3000]+", "");
      if (!cleaned.isEmpty()) {
        kept.add(cleaned);
      }
    }
    return kept;
  }
}
