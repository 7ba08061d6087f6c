package org.termpaper.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.termpaper.archive.Downloader;
import org.termpaper.archive.FetchListener;
import org.termpaper.archive.FetchReport;
import org.termpaper.archive.FetchRequest;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.EditionSource;
import org.termpaper.source.SourceResolver;
import org.termpaper.ui.Downloads;
import org.termpaper.ui.TextUi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code termpaper read}: the text UI on a source's newest issue or the issue of a date. */
@Command(name = "read", mixinStandardHelpOptions = true,
    description = "Read a paper in the terminal (the default command).")
final class ReadCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Mixin
  SourceOption source;

  @Mixin
  DateOption date;

  @Override
  public Integer call() {
    return read(main, source.source, date.date);
  }

  /** The UI opens (and closes) the source itself, on its loader thread, after the screen is up. */
  static int read(Main main, String source, LocalDate date) {
    AppContext app = main.app();
    return TextUi.run(() -> app.source(source), downloads(app, source), date, app.config(),
        app.offline(), main.env, main.terminal.interactive(), main.err);
  }

  /** The {@code d} key: the issue being read, from the source online, into the archive. */
  static Downloads downloads(AppContext app, String source) {
    return (day, step) -> {
      if (app.offline()) {
        throw new TermpaperException("offline: nothing can be downloaded");
      }
      SourceResolver resolver = app.resolver();
      try (EditionSource online = resolver.resolveOnline(source)) {
        FetchReport report = new Downloader(app.archive(), app.fetcher()).fetch(online,
            resolver.location(source), FetchRequest.of(day), new FetchListener() {
              @Override
              public void step(LocalDate date, String what, int done, int total) {
                step.parts(done, total);
              }
            });
        return report.editions().get(0);
      }
    };
  }
}
