package org.termpaper.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.termpaper.archive.Archive;
import org.termpaper.archive.ArchiveSource;
import org.termpaper.config.Config;
import org.termpaper.config.DataDirs;
import org.termpaper.model.Edition;
import org.termpaper.net.Fetcher;
import org.termpaper.net.HttpSettings;
import org.termpaper.source.SourceContext;
import org.termpaper.source.SourceResolver;

/** A station's shared parts on a temporary folder, with its log kept as text, for tests. */
public final class StationFixture implements AutoCloseable {
  public final DataDirs dirs;
  public final Archive archive;
  public final Fetcher fetcher;
  public final StringWriter logText = new StringWriter();
  public final StationLog log;

  public StationFixture(Path dir) {
    this(dir, Clock.systemUTC());
  }

  public StationFixture(Path dir, Clock clock) {
    dirs = DataDirs.under(dir);
    archive = Archive.in(dirs);
    fetcher = new Fetcher(HttpSettings.defaults("test").withRetries(0, Duration.ofMillis(1)));
    log = new StationLog(new PrintWriter(logText, true), clock, dirs.logFile());
  }

  public SourceResolver resolver() {
    return new SourceResolver(new SourceContext(fetcher, Config.empty(), dirs))
        .withArchive(ArchiveSource.editions(() -> archive));
  }

  /** A context serving {@code sources}, bound to loopback, on {@code clock}. */
  public StationContext context(List<ServedSource> sources, Clock clock) {
    return new StationContext(sources, archive, fetcher, resolver(), log, Config.empty(), dirs,
        InetAddress.getLoopbackAddress(), clock);
  }

  public StationContext context(ServedSource... sources) {
    return context(List.of(sources), Clock.systemUTC());
  }

  /** Archives {@code editions} as fetched from {@code location}. */
  public void archived(String location, Edition... editions) {
    for (Edition edition : editions) {
      archive.store(edition, List.of());
      archive.remember(location, edition.paper());
    }
  }

  public String log() {
    return logText.toString();
  }

  @Override
  public void close() {
    fetcher.close();
    archive.close();
  }
}
