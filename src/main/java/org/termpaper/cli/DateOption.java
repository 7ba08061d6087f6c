package org.termpaper.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --date} option: which issue, by its date; absent means the newest. */
final class DateOption {
  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "The issue date (default: the newest issue).")
  LocalDate date;
}
