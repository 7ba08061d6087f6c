package org.termpaper.serve.ssh;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.termpaper.archive.Archive;
import org.termpaper.archive.Downloader;
import org.termpaper.archive.FetchListener;
import org.termpaper.archive.FetchReport;
import org.termpaper.archive.FetchRequest;
import org.termpaper.archive.SearchHit;
import org.termpaper.archive.SearchQuery;
import org.termpaper.model.Edition;
import org.termpaper.model.TermpaperException;
import org.termpaper.serve.ServedSource;
import org.termpaper.serve.StationContext;
import org.termpaper.source.EditionSource;
import org.termpaper.source.OfflineEditions;
import org.termpaper.source.SourceUrls;
import org.termpaper.ui.ArchiveAccess;
import org.termpaper.ui.Downloads;

/**
 * A served source as the reader sessions see it, made from the station's shared parts: opened by
 * the station's resolver (so with its one HTTP client and archive), its {@code d} key downloading
 * into the one archive, its search reading that archive. Stateless.
 */
final class StationAccess {
  private StationAccess() {}

  static SessionSource of(StationContext context, ServedSource served) {
    return new SessionSource(served.name(), () -> context.resolver().resolve(served.spec()),
        SourceUrls.isNetwork(served.location()), downloads(context, served), archive(context));
  }

  /** The {@code d} key: the issue being read, from the source online, into the archive. */
  static Downloads downloads(StationContext context, ServedSource served) {
    return (day, step) -> {
      if (context.offline()) {
        throw new TermpaperException("the station is offline: nothing can be downloaded");
      }
      try (EditionSource online = context.resolver().resolveOnline(served.spec())) {
        FetchReport report = new Downloader(context.archive(), context.fetcher()).fetch(online,
            served.location(), FetchRequest.of(day), new FetchListener() {
              @Override
              public void step(LocalDate date, String what, int done, int total) {
                step.parts(done, total);
              }
            });
        return report.editions().get(0);
      }
    };
  }

  /** The all-issues search and the archived issues, from the station's archive. */
  static ArchiveAccess archive(StationContext context) {
    return new ArchiveAccess() {
      @Override
      public Optional<List<SearchHit>> search(String paperId, String text, int limit) {
        Archive archive = context.archive();
        boolean any = archive.calendar(paperId).map(c -> !c.isEmpty()).orElse(false);
        return any ? Optional.of(archive.search(new SearchQuery(text, paperId, limit)))
            : Optional.empty();
      }

      @Override
      public Optional<Edition> edition(String paperId, LocalDate date) {
        boolean held = context.archive().calendar(paperId).map(c -> c.has(date)).orElse(false);
        if (!held) {
          return Optional.empty();
        }
        try (EditionSource archived = context.resolver().resolve(OfflineEditions.PREFIX
            + paperId)) {
          return Optional.of(archived.edition(date));
        }
      }
    };
  }
}
