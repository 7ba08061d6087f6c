package org.termpaper.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes hostile text safe and tidy before the model holds it (DESIGN.md §6, rules C1–C3).
 *
 * <ul>
 *   <li>C1: control characters and whole escape sequences go (see {@link EscapeStripper} for
 *       what a sequence is and how far it may reach); so do the bidi embeddings, overrides and
 *       isolates U+202A–U+202E and U+2066–U+2069 and U+FEFF. A lone surrogate becomes U+FFFD.
 *       Tabs and line breaks become spaces.</li>
 *   <li>C2: runs of spaces and no-break spaces become one space; text is trimmed; paragraphs
 *       lose the source's indent (ideographic or plain spaces) and empty ones are dropped.</li>
 *   <li>C3: nothing is normalised: {@code ，：（）…} stay as they are.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class TextCleaner {
  /** The most code points {@link #id} keeps. */
  public static final int MAX_ID = 64;
  /** The most code points {@link #quote} keeps. */
  public static final int MAX_QUOTE = 80;

  private static final char NBSP = 0xA0;
  private static final char LINE_SEPARATOR = 0x2028;
  private static final char PARAGRAPH_SEPARATOR = 0x2029;

  private TextCleaner() {}

  /** One line of text (a title, a name, a caption): cleaned and trimmed; null stays null. */
  public static String line(String text) {
    if (text == null) {
      return null;
    }
    return fold(EscapeStripper.strip(text)).strip();
  }

  /**
   * An identifier (a paper's or an article's id) safe in a terminal, a file name and a URL:
   * cleaned as a line, then each run of characters other than letters, digits, {@code .},
   * {@code _} and {@code -} becomes one {@code -}, a leading {@code .} becomes {@code -} (so no
   * {@code ..}), and at most {@value #MAX_ID} code points are kept. Null when nothing is left.
   */
  public static String id(String text) {
    String cleaned = line(text);
    if (cleaned == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    boolean replaced = false;
    int count = 0;
    for (int i = 0; i < cleaned.length() && count < MAX_ID; ) {
      int c = cleaned.codePointAt(i);
      i += Character.charCount(c);
      boolean kept = Character.isLetterOrDigit(c) || c == '_' || c == '-'
          || c == '.' && out.length() > 0;
      if (kept) {
        out.appendCodePoint(c);
        count++;
      } else if (!replaced) {
        out.append('-');
        count++;
      }
      replaced = !kept;
    }
    return out.length() == 0 ? null : out.toString();
  }

  /** A URL cleaned as a line, with a space inside it written {@code %20}; null stays null. */
  public static String url(String text) {
    String cleaned = line(text);
    return cleaned == null || cleaned.isEmpty() ? null : cleaned.replace(" ", "%20");
  }

  /**
   * A value from outside for quoting in a message: cleaned as a line and cut to
   * {@value #MAX_QUOTE} code points, {@code …} marking the cut; null stays null.
   */
  public static String quote(String text) {
    String cleaned = line(text);
    if (cleaned == null || cleaned.codePointCount(0, cleaned.length()) <= MAX_QUOTE) {
      return cleaned;
    }
    return cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_QUOTE)) + "…";
  }

  /**
   * Paragraphs cleaned as lines, the source's indent removed, empty ones (nothing but spaces or
   * U+3000) dropped. The list may be empty; it is never null.
   */
  public static List<String> paragraphs(List<String> paragraphs) {
    List<String> kept = new ArrayList<>(paragraphs.size());
    for (String paragraph : paragraphs) {
      String cleaned = line(paragraph);
      if (cleaned != null && !cleaned.isEmpty()) {
        kept.add(cleaned);
      }
    }
    return kept;
  }

  /** Drops the invisible characters of C1 and folds runs of spaces (C2) in one pass. */
  private static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == NBSP || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR) {
        space = true;
        continue;
      }
      if (isInvisible(c)) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      if (Character.isSurrogate(c)) {
        i = surrogate(text, i, out);
      } else {
        out.append(c);
      }
    }
    if (space) {
      out.append(' ');
    }
    return out.toString();
  }

  private static boolean isInvisible(char c) {
    return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0xFEFF;
  }

  /** Appends a surrogate pair whole, or U+FFFD for half of one; returns the last index read. */
  private static int surrogate(String text, int i, StringBuilder out) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      out.append(c).append(text.charAt(i + 1));
      return i + 1;
    }
    out.append('\uFFFD');
    return i;
  }
}
