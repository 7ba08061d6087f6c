package org.termpaper.source.founder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that a page writes with a script, such as People's Daily's titles, {@code
 * document.write(view("标题"))}. The string literal is read with JavaScript's escapes ({@code
 * \"}, {@code \\}, {@code \n}, {@code \u4E2D}, {@code \x41}) and is HTML: tags such as {@code
 * <br>} are breaks and entities such as {@code &nbsp;} are resolved ({@link HtmlText#markup}).
 * Stateless.
 */
final class ScriptStrings {
  private static final Pattern CALL =
      Pattern.compile("(?:view|document\\.write(?:ln)?)\\s*\\(\\s*(?=[\"'])");
  private static final int MAX_LENGTH = 4096;

  private ScriptStrings() {}

  /** The text of the first string a script writes or views, or null when there is none. */
  static String written(String script) {
    Matcher m = CALL.matcher(script);
    while (m.find()) {
      String literal = literal(script, m.end());
      if (literal != null && !literal.isBlank()) {
        return HtmlText.markup(literal);
      }
    }
    return null;
  }

  /** The JavaScript string literal that starts at {@code start}, or null when it is cut off. */
  static String literal(String source, int start) {
    char quote = source.charAt(start);
    StringBuilder out = new StringBuilder();
    for (int i = start + 1; i < source.length() && out.length() <= MAX_LENGTH; i++) {
      char c = source.charAt(i);
      if (c == quote) {
        return out.toString();
      }
      if (c == '\n' || c == '\r') {
        return null;
      }
      if (c != '\\' || i + 1 >= source.length()) {
        out.append(c);
        continue;
      }
      char e = source.charAt(++i);
      switch (e) {
        case 'n', 'r' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'u', 'x' -> {
          int digits = e == 'u' ? 4 : 2;
          String hex = i + digits < source.length() ? source.substring(i + 1, i + 1 + digits)
              : "";
          if (hex.matches("[0-9A-Fa-f]{" + digits + "}")) {
            out.append((char) Integer.parseInt(hex, 16));
            i += digits;
          } else {
            out.append(e);
          }
        }
        case '\n' -> { }
        default -> out.append(e);
      }
    }
    return null;
  }
}
