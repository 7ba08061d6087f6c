package org.termpaper.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.termpaper.archive.Archive;
import org.termpaper.archive.Downloader;
import org.termpaper.archive.FetchListener;
import org.termpaper.archive.FetchReport;
import org.termpaper.archive.FetchRequest;
import org.termpaper.config.Config;
import org.termpaper.config.DataDirs;
import org.termpaper.model.Edition;
import org.termpaper.net.Fetcher;
import org.termpaper.net.HttpSettings;
import org.termpaper.source.EditionSource;
import org.termpaper.source.SourceContext;
import org.termpaper.source.founder.FounderKind;
import org.termpaper.testing.Editions;
import org.termpaper.testing.FounderSite;
import org.termpaper.testing.PaperServer;

/**
 * Fetches a four-page, sixteen-article Founder site over a simulated thin link (150 ms round
 * trip before each response, 256 kbit/s shared by all responses) into a fresh archive, and
 * compares the wall time with the floor: the bytes sent over the bandwidth, plus the round
 * trips that cannot overlap (index, front page, the other pages, their articles: four).
 *
 * <p>Run by {@code bench/fetch-thin-link [runs] [rtt-ms] [kbit/s]}; not a test.
 */
public final class FetchThinLink {
  private static final LocalDate DAY = LocalDate.of(2022, 7, 14);
  private static final Clock TODAY =
      Clock.fixed(Instant.parse("2022-07-20T08:00:00Z"), ZoneOffset.UTC);
  private static final int DEPENDENT_ROUND_TRIPS = 4;

  private FetchThinLink() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    long rtt = args.length > 1 ? Long.parseLong(args[1]) : 150;
    long kbits = args.length > 2 ? Long.parseLong(args[2]) : 256;
    Edition edition = Editions.generate(DAY, 4, 4);
    FounderSite site = FounderSite.of(List.of(edition));
    System.out.printf(Locale.ROOT, "site: %d documents, %d bytes of HTML; link: %d ms round "
        + "trip, %d kbit/s shared%n", site.documents().size(), site.htmlBytes(), rtt, kbits);
    System.out.printf(Locale.ROOT, "%-10s %9s %9s %9s %9s %9s %7s%n", "run", "requests",
        "sent B", "wall ms", "floor ms", "bytes ms", "ratio");
    for (int run = 1; run <= runs; run++) {
      Path dir = Files.createTempDirectory("tp-bench");
      try (PaperServer server = PaperServer.serve(site);
          Fetcher fetcher = new Fetcher(HttpSettings.defaults("bench")
              .withCache(dir.resolve("cache"), 50_000_000));
          Archive archive = Archive.open(dir.resolve("archive.db"))) {
        server.latency(rtt);
        server.bandwidth(kbits * 1000);
        DataDirs dirs = DataDirs.under(dir.resolve("data"));
        once(server, fetcher, archive, dirs, false, rtt, kbits, "cold " + run);
        server.resetCounts();
        once(server, fetcher, archive, dirs, true, rtt, kbits, "refresh " + run);
      }
    }
  }

  private static void once(PaperServer server, Fetcher fetcher, Archive archive, DataDirs dirs,
      boolean refresh, long rtt, long kbits, String label) {
    String location = server.url("/paperindex.htm").toString();
    SourceContext context = new SourceContext(fetcher, Config.empty(), dirs);
    int requestsBefore = server.requestCount();
    long start = System.nanoTime();
    FetchReport report;
    try (EditionSource source = new FounderKind(TODAY).open(location, null, context)
        .orElseThrow()) {
      report = new Downloader(archive, fetcher).fetch(source, location,
          FetchRequest.of(DAY).withRefresh(refresh), FetchListener.NONE);
    }
    long wall = (System.nanoTime() - start) / 1_000_000;
    if (!report.isComplete()) {
      throw new IllegalStateException("incomplete fetch: " + report.failures());
    }
    long sent = server.bodyBytesSent();
    long bytesMillis = sent * 8 / kbits;
    long floor = bytesMillis + DEPENDENT_ROUND_TRIPS * rtt;
    System.out.printf(Locale.ROOT, "%-10s %9d %9d %9d %9d %9d %7.2f%n", label,
        server.requestCount() - requestsBefore, sent, wall, floor, bytesMillis,
        (double) wall / floor);
  }
}
