package org.termpaper.ui.nav;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads a date typed at the go-to-date prompt: {@code 2022-07-14}, {@code 20220714}, or
 * {@code 07-14} and {@code 0714} (month and day, in the year of the issue being read), in ASCII
 * or full-width digits and dashes ({@code １０２８}). Stateless.
 */
public final class DateInput {
  private DateInput() {}

  /** The date {@code text} names, or empty when it names none. */
  public static Optional<LocalDate> parse(String text, int year) {
    String s = halfWidth(text.strip());
    try {
      if (s.matches("\\d{1,2}-\\d{1,2}")) {
        String[] parts = s.split("-");
        return Optional.of(LocalDate.of(year, Integer.parseInt(parts[0]),
            Integer.parseInt(parts[1])));
      }
      if (s.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
        String[] parts = s.split("-");
        return Optional.of(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
            Integer.parseInt(parts[2])));
      }
      if (s.matches("\\d{8}")) {
        return Optional.of(LocalDate.of(Integer.parseInt(s.substring(0, 4)),
            Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6))));
      }
      if (s.matches("\\d{4}")) {
        return Optional.of(LocalDate.of(year, Integer.parseInt(s.substring(0, 2)),
            Integer.parseInt(s.substring(2))));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** {@code text} with full-width digits and dashes (a Chinese input method's) as ASCII. */
  private static String halfWidth(String text) {
    StringBuilder ascii = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c >= '\uFF10' && c <= '\uFF19') {
        ascii.append((char) ('0' + c - '\uFF10'));
      } else if (c == '\uFF0D' || c == '\u2014' || c == '\u2013' || c == '/') {
        ascii.append('-');
      } else {
        ascii.append(c);
      }
    }
    return ascii.toString();
  }
}
