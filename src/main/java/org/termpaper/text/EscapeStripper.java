package org.termpaper.text;

/**
 * Removes control characters and whole terminal escape sequences from text (rule C1), keeping
 * what surrounded them. Stateless and thread-safe.
 *
 * <p>What counts as one sequence follows the ECMA-48 shapes a terminal parses:
 * <ul>
 *   <li>CSI ({@code ESC [} or U+009B): parameter and intermediate bytes up to a final byte
 *       U+0040–U+007E. A character that cannot belong to it ends it early and stays; the end
 *       of the text ends it too.</li>
 *   <li>OSC ({@code ESC ]} or U+009D) up to BEL or ST; DCS, SOS, PM and APC ({@code ESC P},
 *       {@code ESC X}, {@code ESC ^}, {@code ESC _} or U+0090, U+0098, U+009E, U+009F) up to ST.
 *       ST is {@code ESC \} or U+009C; CAN and SUB cancel the string, and another ESC starts a
 *       new sequence, as in a terminal.</li>
 *   <li>Any other {@code ESC}, its intermediates U+0020–U+002F and one final U+0030–U+007E.</li>
 * </ul>
 *
 * <p>Bounds, so that a missing terminator cannot swallow an article: a CSI longer than
 * {@value #MAX_CONTROL} characters, or a string sequence whose terminator does not come within
 * {@value #MAX_STRING} characters (the end of the text included), is not taken as a sequence.
 * Only its introducer is dropped and the rest is kept as text, which is harmless once the
 * introducer is gone.
 */
final class EscapeStripper {
  static final int MAX_CONTROL = 64;
  static final int MAX_STRING = 4096;

  private static final char ESC = 0x1B;
  private static final char BEL = 0x07;
  private static final char CAN = 0x18;
  private static final char SUB = 0x1A;
  private static final char C1_ST = 0x9C;

  private EscapeStripper() {}

  /**
   * The text without control characters and escape sequences. Tab, line feed, carriage return,
   * vertical tab, form feed and NEL become a space, so that words they separated stay apart.
   */
  static String strip(String text) {
    StringBuilder out = null;
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        if (out != null) {
          out.append(c);
        }
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(length).append(text, 0, i);
      }
      if (isSpacing(c)) {
        out.append(' ');
        i++;
      } else {
        i = skip(text, i);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isControl(char c) {
    return c < 0x20 || c >= 0x7F && c <= 0x9F;
  }

  private static boolean isSpacing(char c) {
    return c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x85;
  }

  /** The index after the control character or sequence that starts at {@code at}. */
  private static int skip(String text, int at) {
    char c = text.charAt(at);
    switch (c) {
      case ESC:
        return escape(text, at);
      case 0x9B:
        return csi(text, at + 1);
      case 0x9D:
        return string(text, at + 1, true);
      case 0x90:
      case 0x98:
      case 0x9E:
      case 0x9F:
        return string(text, at + 1, false);
      default:
        return at + 1;
    }
  }

  private static int escape(String text, int at) {
    if (at + 1 >= text.length()) {
      return at + 1;
    }
    char next = text.charAt(at + 1);
    switch (next) {
      case '[':
        return csi(text, at + 2);
      case ']':
        return string(text, at + 2, true);
      case 'P':
      case 'X':
      case '^':
      case '_':
        return string(text, at + 2, false);
      default:
        return shortEscape(text, at);
    }
  }

  /** {@code ESC}, intermediates, final: such as {@code ESC c}, {@code ESC ( B}, {@code ESC # 8}. */
  private static int shortEscape(String text, int at) {
    int j = at + 1;
    int limit = Math.min(text.length(), at + 1 + MAX_CONTROL);
    while (j < limit && text.charAt(j) >= 0x20 && text.charAt(j) <= 0x2F) {
      j++;
    }
    if (j < limit && text.charAt(j) >= 0x30 && text.charAt(j) <= 0x7E) {
      return j + 1;
    }
    return at + 1;
  }

  private static int csi(String text, int start) {
    int j = start;
    int length = text.length();
    while (j < length) {
      if (j - start >= MAX_CONTROL) {
        return start;
      }
      char c = text.charAt(j);
      if (c >= 0x40 && c <= 0x7E) {
        return j + 1;
      }
      if (c < 0x20 || c > 0x3F) {
        return j;
      }
      j++;
    }
    return length;
  }

  private static int string(String text, int start, boolean belEnds) {
    int limit = Math.min(text.length(), start + MAX_STRING);
    for (int j = start; j < limit; j++) {
      char c = text.charAt(j);
      if (c == BEL && belEnds || c == C1_ST || c == CAN || c == SUB) {
        return j + 1;
      }
      if (c == ESC) {
        boolean terminator = j + 1 < text.length() && text.charAt(j + 1) == '\\';
        return terminator ? j + 2 : j;
      }
    }
    return start;
  }
}
