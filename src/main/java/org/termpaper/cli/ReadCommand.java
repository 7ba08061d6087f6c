package org.termpaper.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.termpaper.archive.Archive;
import org.termpaper.archive.Downloader;
import org.termpaper.archive.FetchListener;
import org.termpaper.archive.FetchReport;
import org.termpaper.archive.FetchRequest;
import org.termpaper.archive.SearchHit;
import org.termpaper.archive.SearchQuery;
import org.termpaper.model.Edition;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.EditionSource;
import org.termpaper.source.OfflineEditions;
import org.termpaper.source.SourceResolver;
import org.termpaper.source.SourceUrls;
import org.termpaper.ui.ArchiveAccess;
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
    String location = app.resolver().location(source);
    boolean network = SourceUrls.isNetwork(location);
    return TextUi.run(() -> app.source(source), network, downloads(app, source), archive(app),
        PictureSource.of(main, source), date, app.config(),
        app.offline(), main.env, main.terminal.interactive(), main.err);
  }

  /**
   * The all-issues search and the archived issues, from the archive in the data directory; an
   * issue is read back through the {@code archive:ID} source, cleaned and with its archived
   * neighbours.
   */
  static ArchiveAccess archive(AppContext app) {
    return new ArchiveAccess() {
      @Override
      public Optional<List<SearchHit>> search(String paperId, String text, int limit) {
        Archive archive = app.archive();
        boolean any = archive.calendar(paperId).map(c -> !c.isEmpty()).orElse(false);
        return any ? Optional.of(archive.search(new SearchQuery(text, paperId, limit)))
            : Optional.empty();
      }

      @Override
      public Optional<Edition> edition(String paperId, LocalDate date) {
        boolean held = app.archive().calendar(paperId).map(c -> c.has(date)).orElse(false);
        if (!held) {
          return Optional.empty();
        }
        try (EditionSource archived = app.source(OfflineEditions.PREFIX + paperId)) {
          return Optional.of(archived.edition(date));
        }
      }
    };
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
