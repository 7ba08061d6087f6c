package org.termpaper.cli;

import java.nio.file.Path;
import java.util.Map;
import org.termpaper.config.Config;
import org.termpaper.config.DataDirs;
import org.termpaper.net.Fetcher;
import org.termpaper.net.HttpSettings;
import org.termpaper.source.EditionSource;
import org.termpaper.source.SourceContext;
import org.termpaper.source.SourceResolver;

/**
 * What a command works with: the data directories, the config, one fetcher and the source
 * resolver. Made once per run, on first use, and closed at the end of it. Not thread-safe.
 */
final class AppContext implements AutoCloseable {
  private final DataDirs dirs;
  private final Config config;
  private final boolean offline;
  private Fetcher fetcher;

  AppContext(Path dataDir, Map<String, String> env, boolean offline) {
    this.dirs = dataDir != null ? DataDirs.under(dataDir) : DataDirs.fromEnvironment(env);
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

  Fetcher fetcher() {
    if (fetcher == null) {
      fetcher = new Fetcher(HttpSettings.defaults(Version.get()).withOffline(offline));
    }
    return fetcher;
  }

  SourceResolver resolver() {
    return new SourceResolver(new SourceContext(fetcher(), config, dirs));
  }

  EditionSource source(String spec) {
    return resolver().resolve(spec);
  }

  @Override
  public void close() {
    if (fetcher != null) {
      fetcher.close();
    }
  }
}
