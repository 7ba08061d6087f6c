package org.termpaper.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.termpaper.model.IssueCalendar;
import org.termpaper.print.CalendarText;
import org.termpaper.source.EditionSource;
import org.termpaper.source.feed.FeedWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code termpaper calendar}: the issue dates a source has, one a line, or the calendar feed. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
    description = "List the issue dates a source has.")
final class CalendarCommand implements Callable<Integer> {
  enum Format { text, json }

  @ParentCommand
  Main main;

  @Mixin
  SourceOption source;

  @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
      description = "Only the issues of this month.")
  YearMonth month;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text (one date a line, default) or json (the calendar feed).")
  Format format;

  @Override
  public Integer call() {
    IssueCalendar calendar;
    List<String> warnings;
    try (EditionSource from = main.app().source(source.source)) {
      calendar = from.calendar();
      warnings = from.warnings();
    }
    List<LocalDate> dates = month == null ? calendar.issues() : calendar.in(month);
    if (format == Format.json) {
      main.out.print(FeedWriter.calendar(new IssueCalendar(calendar.paper(), dates)));
    } else {
      dates.forEach(date -> main.out.println(date));
    }
    if (dates.isEmpty() && format == Format.text) {
      main.err.println(CalendarText.noIssues(calendar, month));
    }
    warnings.forEach(warning -> main.err.println("termpaper: warning: " + warning));
    return 0;
  }

  static final class MonthConverter implements ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
      try {
        return YearMonth.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a month (YYYY-MM)");
      }
    }
  }
}
