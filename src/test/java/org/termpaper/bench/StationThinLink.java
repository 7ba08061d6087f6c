package org.termpaper.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.termpaper.archive.Archive;
import org.termpaper.archive.ArchiveSource;
import org.termpaper.archive.Downloader;
import org.termpaper.archive.FetchListener;
import org.termpaper.archive.FetchRequest;
import org.termpaper.config.Config;
import org.termpaper.config.DataDirs;
import org.termpaper.model.Edition;
import org.termpaper.net.Fetcher;
import org.termpaper.net.HttpSettings;
import org.termpaper.serve.ServedSource;
import org.termpaper.serve.StationContext;
import org.termpaper.serve.StationLog;
import org.termpaper.serve.http.FeedServer;
import org.termpaper.source.EditionSource;
import org.termpaper.source.SourceContext;
import org.termpaper.source.SourceResolver;
import org.termpaper.testing.Editions;
import org.termpaper.testing.FounderSite;
import org.termpaper.testing.PaperServer;

/**
 * One issue read over a thin link (a round trip before each answer, one shared bandwidth; the
 * same emulation for both): by crawling the Founder site directly, and from a station's edition
 * feed ({@code termpaper serve --http}) that has the issue archived. Each read is cold: a new
 * client with an empty HTTP cache, as a reader opening the issue for the first time. Prints
 * requests, body bytes over the link and wall time per run, and the medians and ratios.
 *
 * <p>Run by {@code bench/station-thin-link [runs] [rtt-ms] [kbit/s]}; not a test.
 */
public final class StationThinLink {
  private static final LocalDate DAY = LocalDate.of(2022, 7, 14);

  private StationThinLink() {}

  /** What one read cost. */
  private record Cost(int requests, long bytes, long millis) {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    long rtt = args.length > 1 ? Long.parseLong(args[1]) : 150;
    long kbits = args.length > 2 ? Long.parseLong(args[2]) : 256;
    Edition edition = Editions.generate(DAY, 4, 4);
    FounderSite site = FounderSite.of(List.of(edition.withNeighbours(DAY.minusDays(1), null)));
    Path dir = Files.createTempDirectory("tp-station-bench");
    try (PaperServer paper = PaperServer.serve(site);
        Fetcher stationFetcher = new Fetcher(HttpSettings.defaults("bench"));
        Archive archive = Archive.open(dir.resolve("archive.db"))) {
      String siteUrl = paper.url("/paperindex.htm").toString();
      DataDirs stationDirs = DataDirs.under(dir.resolve("station"));
      SourceResolver stationResolver = resolver(stationFetcher, stationDirs, archive);
      try (EditionSource source = stationResolver.resolveOnline(siteUrl)) {
        new Downloader(archive, stationFetcher).fetch(source, siteUrl, FetchRequest.of(DAY),
            FetchListener.NONE);
      }
      StationContext station = new StationContext(
          List.of(new ServedSource("paper", siteUrl, siteUrl)), archive, stationFetcher,
          stationResolver, new StationLog(new PrintWriter(new StringWriter()),
              Clock.systemUTC(), null), Config.empty(), stationDirs,
          InetAddress.getLoopbackAddress(), Clock.systemUTC());
      FeedServer feeds = new FeedServer(0);
      feeds.start(station);
      paper.latency(rtt);
      paper.bandwidth(kbits * 1000);
      try (ThinLinkProxy proxy = new ThinLinkProxy(
          URI.create("http://127.0.0.1:" + feeds.port() + "/"), rtt, kbits * 1000)) {
        System.out.printf(Locale.ROOT, "one issue (4 pages, 16 articles), cold; link: %d ms "
            + "round trip, %d kbit/s%n", rtt, kbits);
        System.out.printf(Locale.ROOT, "%-8s %-8s %9s %9s %9s%n", "run", "from", "requests",
            "bytes", "wall ms");
        List<Cost> crawls = new ArrayList<>();
        List<Cost> feedReads = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
          int before = paper.requestCount();
          paper.resetCounts();
          Cost crawl = read(siteUrl, dir.resolve("crawl" + run));
          crawl = new Cost(paper.requestCount() - before, paper.bodyBytesSent(), crawl.millis());
          int proxied = proxy.requestCount();
          long proxiedBytes = proxy.bodyBytesSent();
          Cost feed = read(proxy.url("/paper/").toString(), dir.resolve("feed" + run));
          feed = new Cost(proxy.requestCount() - proxied, proxy.bodyBytesSent() - proxiedBytes,
              feed.millis());
          crawls.add(crawl);
          feedReads.add(feed);
          print(run, "site", crawl);
          print(run, "station", feed);
        }
        Cost site1 = median(crawls);
        Cost feed1 = median(feedReads);
        System.out.printf(Locale.ROOT, "median   site     %9d %9d %9d%n", site1.requests(),
            site1.bytes(), site1.millis());
        System.out.printf(Locale.ROOT, "median   station  %9d %9d %9d%n", feed1.requests(),
            feed1.bytes(), feed1.millis());
        System.out.printf(Locale.ROOT, "station/site: requests %.2f, bytes %.2f, wall %.2f%n",
            (double) feed1.requests() / site1.requests(), (double) feed1.bytes() / site1.bytes(),
            (double) feed1.millis() / site1.millis());
      } finally {
        feeds.stop(Duration.ZERO);
      }
    }
  }

  /** Reads the issue of {@link #DAY} from {@code location} with a new client, cold. */
  private static Cost read(String location, Path dir) {
    DataDirs dirs = DataDirs.under(dir);
    try (Fetcher fetcher = new Fetcher(HttpSettings.defaults("bench")
        .withCache(dirs.cache(), 50_000_000))) {
      long start = System.nanoTime();
      SourceResolver resolver = new SourceResolver(new SourceContext(fetcher, Config.empty(),
          dirs));
      try (EditionSource source = resolver.resolveOnline(location)) {
        Edition read = source.edition(DAY);
        if (read.articleCount() != 16) {
          throw new IllegalStateException("read " + read.articleCount() + " articles");
        }
      }
      return new Cost(0, 0, (System.nanoTime() - start) / 1_000_000);
    }
  }

  private static SourceResolver resolver(Fetcher fetcher, DataDirs dirs, Archive archive) {
    return new SourceResolver(new SourceContext(fetcher, Config.empty(), dirs))
        .withArchive(ArchiveSource.editions(() -> archive));
  }

  private static void print(int run, String from, Cost cost) {
    System.out.printf(Locale.ROOT, "%-8d %-8s %9d %9d %9d%n", run, from, cost.requests(),
        cost.bytes(), cost.millis());
  }

  private static Cost median(List<Cost> costs) {
    List<Long> millis = new ArrayList<>(costs.stream().map(Cost::millis).toList());
    Collections.sort(millis);
    Cost first = costs.get(0);
    return new Cost(first.requests(), first.bytes(), millis.get(millis.size() / 2));
  }
}
