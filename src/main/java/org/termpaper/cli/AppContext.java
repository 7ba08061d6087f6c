package org.termpaper.cli;

import java.nio.file.Path;
import java.util.Map;
import org.termpaper.archive.Archive;
import org.termpaper.archive.ArchiveSource;
import org.termpaper.config.Config;
import org.termpaper.config.DataDirs;
import org.termpaper.net.Fetcher;
import org.termpaper.source.EditionSource;
import org.termpaper.source.SourceContext;
import org.termpaper.source.SourceResolver;

/**
 * What a command works with: the data directories, the config, one fetcher, the archive and the
 * source resolver. Made once per run, on first use, and closed at the end of it. Logging goes to
 * the data directory's log file from here on. Thread-safe: the text UI opens its source and
 * downloads issues on worker threads.
 */
final class AppContext implements AutoCloseable {
  private final DataDirs dirs;
  private final Config config;
  private final Map<String, String> env;
  private final boolean offline;
  private Fetcher fetcher;
  private Archive archive;

  AppContext(Path dataDir, Map<String, String> env, boolean offline) {
    this(dataDir, env, offline, false);
  }

  AppContext(Path dataDir, Map<String, String> env, boolean offline, boolean debug) {
    this.dirs = dataDir != null ? DataDirs.under(dataDir) : DataDirs.fromEnvironment(env);
    this.env = env;
    Logs.toFile(dirs.logFile(), debug);
    this.config = Config.load(dirs.configFile());
    this.offline = offline || config.offline();
  }

  DataDirs dirs() {
    return dirs;
  }

  Config config() {
    return config;
  }

  boolean offline() {
    return offline;
  }

  synchronized Fetcher fetcher() {
    if (fetcher == null) {
      fetcher = new Fetcher(HttpConfig.settings(config, dirs, env, Version.get(), offline));
    }
    return fetcher;
  }

  /** The archive in the data directory, opened (and created) on first use. */
  synchronized Archive archive() {
    if (archive == null) {
      archive = Archive.in(dirs);
    }
    return archive;
  }

  /** The resolver, with the archive for offline reading and network failures. */
  SourceResolver resolver() {
    return new SourceResolver(SourceContext.lazy(this::fetcher, config, dirs))
        .withArchive(ArchiveSource.editions(this::archive));
  }

  EditionSource source(String spec) {
    return resolver().resolve(spec);
  }

  @Override
  public synchronized void close() {
    if (fetcher != null) {
      fetcher.close();
      fetcher = null;
    }
    if (archive != null) {
      archive.close();
      archive = null;
    }
  }
}
