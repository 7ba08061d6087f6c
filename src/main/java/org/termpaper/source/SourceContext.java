package org.termpaper.source;

import org.termpaper.config.Config;
import org.termpaper.config.DataDirs;
import org.termpaper.net.Fetcher;

/**
 * What a source may need to open: the fetcher (its settings say whether we are offline), the
 * user's config and the data directories. Immutable.
 */
public record SourceContext(Fetcher fetcher, Config config, DataDirs dirs) {}
