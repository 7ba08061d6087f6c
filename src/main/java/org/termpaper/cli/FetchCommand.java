package org.termpaper.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.termpaper.archive.Downloader;
import org.termpaper.archive.FetchReport;
import org.termpaper.archive.FetchRequest;
import org.termpaper.model.TermpaperException;
import org.termpaper.net.Fetcher;
import org.termpaper.source.EditionSource;
import org.termpaper.source.SourceResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code termpaper fetch}: downloads issues into the archive for offline reading, with progress
 * on standard error and a summary on standard output. Exits 1 when anything is still missing.
 * The progress line is redrawn in place when standard error is a terminal (see
 * {@link TerminalInfo#errInteractive}), whatever standard output is; else it is one plain line
 * per issue.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = "Download issues into the archive for offline reading.")
final class FetchCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Mixin
  SourceOption source;

  @Mixin
  DateOption date;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "The first issue of a range.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "The last issue of a range (default: today).")
  LocalDate to;

  @Option(names = "--images", description = "Also keep the articles' pictures.")
  boolean images;

  @Option(names = "--pdf", description = "Also keep the pages' PDFs.")
  boolean pdf;

  @Option(names = "--refresh",
      description = "Read issues again that are archived whole (cheap when unchanged).")
  boolean refresh;

  @Override
  public Integer call() {
    FetchRequest request = request();
    AppContext app = main.app();
    if (app.offline()) {
      throw new TermpaperException("cannot fetch while offline (--offline, or offline = true "
          + "in " + app.dirs().configFile() + ")");
    }
    SourceResolver resolver = app.resolver();
    Fetcher fetcher = app.fetcher();
    FetchProgress progress = new FetchProgress(main.err, main.terminal.errInteractive(),
        () -> fetcher.stats().bytesReceived());
    Downloader downloader = new Downloader(app.archive(), fetcher);
    // Counted from before the source is opened, since opening it asks the network too.
    Downloader.Start start = downloader.start();
    FetchReport report;
    try (EditionSource from = resolver.resolveOnline(source.source)) {
      report = downloader.fetch(from, resolver.location(source.source), request, progress,
          start);
    }
    if (report.editions().isEmpty()) {
      throw new TermpaperException(report.paper().name() + " has no issues from "
          + request.from() + " to " + request.to());
    }
    FetchSummary.print(main.out, report);
    if (!report.isComplete()) {
      main.err.println("termpaper: " + FetchSummary.count(report.failures().size(), "part",
          "parts") + " could not be fetched; run the same fetch again to complete them");
      return 1;
    }
    return 0;
  }

  private FetchRequest request() {
    if (date.date != null && (from != null || to != null)) {
      throw new UsageException("give either --date or --from/--to, not both");
    }
    if (to != null && from == null) {
      throw new UsageException("--to needs --from");
    }
    LocalDate first = date.date != null ? date.date : from;
    LocalDate last = from == null ? null : to != null ? to : LocalDate.now();
    if (last != null && last.isBefore(first)) {
      throw new UsageException("--to " + last + " is before --from " + first);
    }
    return new FetchRequest(first, last, images, pdf, refresh);
  }
}
