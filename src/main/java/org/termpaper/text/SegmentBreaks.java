package org.termpaper.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * The segment-break rule of CSS Text 3 (§4.1.2), for line breaks that a page's source puts
 * inside a paragraph: a break, with the white space around it, disappears where the characters
 * on both sides are East Asian Wide or Fullwidth (ideographs, kana, fullwidth punctuation), and
 * becomes one space otherwise (Latin words, numbers, a Chinese word next to a Latin one). As
 * Chinese typesetting does, quotation marks, dashes and ellipses, which Unicode counts as
 * Ambiguous, join like their wide neighbour across the break ({@code 。} then {@code “}). Hangul
 * keeps its space, since Korean separates words. Stateless.
 */
public final class SegmentBreaks {
  private SegmentBreaks() {}

  /**
   * {@code text} with every run of white space that holds a line break (CR or LF) removed or
   * made one space by the rule above. Other white space is left as it is; null stays null.
   */
  public static String join(String text) {
    if (text == null || text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      boolean lineBreak = false;
      while (end < text.length() && isSpace(text.charAt(end))) {
        lineBreak |= text.charAt(end) == '\n' || text.charAt(end) == '\r';
        end++;
      }
      if (!lineBreak) {
        out.append(text, i, end);
      } else if (out.length() == 0 || end == text.length()) {
        out.append(' ');
      } else {
        int before = Character.codePointBefore(out, out.length());
        int after = text.codePointAt(end);
        if (!joins(before, after)) {
          out.append(' ');
        }
      }
      i = end;
    }
    return out.toString();
  }

  /** True when a segment break between these two characters disappears. */
  static boolean joins(int before, int after) {
    boolean wideBefore = wide(before);
    boolean wideAfter = wide(after);
    return wideBefore && wideAfter || wideBefore && widePunctuation(after)
        || widePunctuation(before) && wideAfter;
  }

  private static boolean wide(int codePoint) {
    if (UCharacter.getIntPropertyValue(codePoint, UProperty.SCRIPT)
        == UScript.HANGUL) {
      return false;
    }
    int width = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
    return width == UCharacter.EastAsianWidth.WIDE
        || width == UCharacter.EastAsianWidth.FULLWIDTH;
  }

  /** Ambiguous punctuation that sets as wide beside an ideograph: “ ” ‘ ’ … — · and the like. */
  private static boolean widePunctuation(int codePoint) {
    if (UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH)
        != UCharacter.EastAsianWidth.AMBIGUOUS) {
      return false;
    }
    int type = Character.getType(codePoint);
    return type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION;
  }

  /** White space of a page's source (U+3000, an ideographic space, is text and stays). */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }
}
