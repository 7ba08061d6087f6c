package org.termpaper.serve;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code --fetch-every}: {@code 1h}, {@code 30m}, {@code 2h30m}, {@code 1d} or ISO. */
public final class FetchInterval {
  /** Shorter intervals would have a station hammer the sites it reads. */
  public static final Duration MIN = Duration.ofMinutes(5);
  public static final Duration MAX = Duration.ofDays(7);
  private static final Pattern PART = Pattern.compile("(\\d{1,6})([dhms])");

  private FetchInterval() {}

  /**
   * The interval {@code text} gives.
   *
   * @throws IllegalArgumentException with a message for the user when it is not one, or is
   *     outside {@link #MIN} to {@link #MAX}
   */
  public static Duration parse(String text) {
    String value = text.strip().toLowerCase(Locale.ROOT);
    Duration duration = value.startsWith("p") ? iso(text) : parts(value, text);
    if (duration.compareTo(MIN) < 0 || duration.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("--fetch-every " + text + " is not from 5m to 7d");
    }
    return duration;
  }

  private static Duration iso(String text) {
    try {
      return Duration.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw invalid(text);
    }
  }

  private static Duration parts(String value, String text) {
    Matcher part = PART.matcher(value);
    Duration total = Duration.ZERO;
    int at = 0;
    while (part.find() && part.start() == at) {
      long number = Long.parseLong(part.group(1));
      total = total.plus(switch (part.group(2)) {
        case "d" -> Duration.ofDays(number);
        case "h" -> Duration.ofHours(number);
        case "m" -> Duration.ofMinutes(number);
        default -> Duration.ofSeconds(number);
      });
      at = part.end();
    }
    if (at == 0 || at != value.length()) {
      throw invalid(text);
    }
    return total;
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException("--fetch-every takes a time such as 1h, 30m, 2h30m or "
        + "1d, not '" + text + "'");
  }
}
