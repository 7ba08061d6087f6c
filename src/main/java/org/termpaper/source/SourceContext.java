package org.termpaper.source;

import java.util.Objects;
import java.util.function.Supplier;
import org.termpaper.config.Config;
import org.termpaper.config.DataDirs;
import org.termpaper.net.Fetcher;

/**
 * What a source may need to open: the fetcher (its settings say whether we are offline), the
 * user's config and the data directories. Thread-safe.
 *
 * <p>The fetcher is made on first use: building the HTTP client costs a noticeable part of a
 * start-up, and a source on the disk or in the jar never needs it.
 */
public final class SourceContext {
  private final Supplier<Fetcher> fetchers;
  private final Config config;
  private final DataDirs dirs;
  private Fetcher fetcher;

  public SourceContext(Fetcher fetcher, Config config, DataDirs dirs) {
    this(() -> fetcher, config, dirs);
    Objects.requireNonNull(fetcher, "fetcher");
  }

  private SourceContext(Supplier<Fetcher> fetchers, Config config, DataDirs dirs) {
    this.fetchers = fetchers;
    this.config = Objects.requireNonNull(config, "config");
    this.dirs = Objects.requireNonNull(dirs, "dirs");
  }

  /** A context whose fetcher is asked of {@code fetchers} once, when a source first needs it. */
  public static SourceContext lazy(Supplier<Fetcher> fetchers, Config config, DataDirs dirs) {
    return new SourceContext(Objects.requireNonNull(fetchers, "fetchers"), config, dirs);
  }

  public synchronized Fetcher fetcher() {
    if (fetcher == null) {
      fetcher = Objects.requireNonNull(fetchers.get(), "fetcher");
    }
    return fetcher;
  }

  public Config config() {
    return config;
  }

  public DataDirs dirs() {
    return dirs;
  }
}
