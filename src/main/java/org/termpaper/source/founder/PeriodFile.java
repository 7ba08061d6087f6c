package org.termpaper.source.founder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * One month's {@code period.xml}: {@code <periodlist><period><period_date>2022-07-14
 * </period_date><front_page>node_2.htm</front_page></period>…</periodlist>}. Immutable.
 *
 * @param frontPages each issue date with its front page's file name (may be empty text)
 */
record PeriodFile(Map<LocalDate, String> frontPages) {
  private static final List<DateTimeFormatter> FORMATS = List.of(
      DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyyMMdd"),
      DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"));

  PeriodFile {
    frontPages = Collections.unmodifiableMap(new TreeMap<>(frontPages));
  }

  /** The issues of a calendar file, or empty when the text holds none (an error page). */
  static Optional<PeriodFile> parse(String xml) {
    Document doc = Parser.xmlParser().parseInput(xml, "");
    Map<LocalDate, String> dates = new TreeMap<>();
    for (Element period : doc.select("period")) {
      Element date = period.selectFirst("period_date");
      Optional<LocalDate> parsed = date == null ? Optional.empty() : date(date.text());
      if (parsed.isPresent()) {
        Element front = period.selectFirst("front_page");
        dates.put(parsed.get(), front == null ? "" : front.text().strip());
      }
    }
    return dates.isEmpty() ? Optional.empty() : Optional.of(new PeriodFile(dates));
  }

  List<LocalDate> dates() {
    return List.copyOf(frontPages.keySet());
  }

  boolean has(LocalDate date) {
    return frontPages.containsKey(date);
  }

  private static Optional<LocalDate> date(String text) {
    String trimmed = text.strip();
    for (DateTimeFormatter format : FORMATS) {
      try {
        return Optional.of(LocalDate.parse(trimmed, format));
      } catch (DateTimeParseException e) {
        // sites write the date in one of several formats; the next may fit
      }
    }
    return Optional.empty();
  }
}
