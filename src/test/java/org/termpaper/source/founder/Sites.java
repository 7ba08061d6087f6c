package org.termpaper.source.founder;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.termpaper.config.Config;
import org.termpaper.config.DataDirs;
import org.termpaper.net.Fetcher;
import org.termpaper.net.HttpSettings;
import org.termpaper.source.EditionSource;
import org.termpaper.source.SourceContext;

/** Test helpers: a fetcher, a context, a source on a fixture site at a fixed "today". */
final class Sites {
  static final Clock JULY_2022 = Clock.fixed(Instant.parse("2022-07-20T08:00:00Z"),
      ZoneOffset.ofHours(8));
  static final Clock FEBRUARY_2023 = Clock.fixed(Instant.parse("2023-02-12T08:00:00Z"),
      ZoneOffset.ofHours(8));

  private Sites() {}

  /** A fetcher that retries after 5 ms, not the default half second, to keep tests quick. */
  static Fetcher fetcher() {
    return new Fetcher(HttpSettings.defaults("test")
        .withRetries(3, java.time.Duration.ofMillis(5)));
  }

  static SourceContext context(Fetcher fetcher, Config config) {
    return new SourceContext(fetcher, config, DataDirs.under(java.nio.file.Path.of("target")));
  }

  static EditionSource open(String location, Fetcher fetcher, Clock clock) {
    return new FounderKind(clock).open(location, null, context(fetcher, Config.empty()))
        .orElseThrow(() -> new AssertionError("not recognised: " + location));
  }

  static String folder(String name) {
    return SiteServer.resource("/founder/" + name).toString();
  }

  static URI file(String path) {
    return SiteServer.resource("/founder/" + path).toUri();
  }
}
