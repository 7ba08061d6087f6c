package org.termpaper.source.founder;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.termpaper.source.EditionSource;
import org.termpaper.source.SourceContext;
import org.termpaper.source.SourceKind;
import org.termpaper.source.SourceUrls;

/**
 * Founder-style e-paper sites: an {@code http(s)} or {@code file:} URL or a path that is a page
 * ({@code node_N.htm}, {@code pc/layout/…/node_01.html}, {@code nbs.D110000renmrb_01.htm}), an
 * article ({@code content_N.htm}), a month's {@code period.xml}, an index page
 * ({@code paperindex.htm}), a site root, or a mirror folder holding an index page. With a
 * profile named in the config, that profile reads it; otherwise the profile whose patterns
 * match. Any other web address or file is claimed too, as the last of the kinds: it may be a
 * page or article saved under any name, which only its content tells. Opening reads nothing;
 * the site is fetched on first use, and a document that is no Founder page is then refused
 * with one line (see {@link SiteLocator}).
 */
public final class FounderKind implements SourceKind {
  private final Clock clock;

  public FounderKind() {
    this(Clock.systemDefaultZone());
  }

  /** A kind whose sources take today's date from {@code clock}. */
  public FounderKind(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<EditionSource> open(String location, String profile, SourceContext context) {
    Optional<URI> url = url(location);
    if (url.isEmpty()) {
      return Optional.empty();
    }
    SiteProfiles profiles = SiteProfiles.load(context.config());
    SiteProfile fixed = profile == null ? null : profiles.get(profile);
    if (fixed == null && !claims(url.get(), profiles)) {
      return Optional.empty();
    }
    return Optional.of(new FounderSource(url.get(), profiles, fixed, context.fetcher(), clock));
  }

  /** True when {@code url} looks like part of a Founder site to some profile. */
  static boolean claims(URI url, SiteProfiles profiles) {
    if (SiteLocator.recognise(url, profiles, null).isPresent()
        || profiles.forHost(url).isPresent()) {
      return true;
    }
    String path = url.getPath() == null ? "" : url.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    for (SiteProfile profile : profiles.all()) {
      if (profile.urls().matchPeriod(url).isPresent() || profile.urls().index().contains(name)) {
        return true;
      }
    }
    if ("file".equalsIgnoreCase(url.getScheme())) {
      Path folder = SourceUrls.path(url);
      return Files.isRegularFile(folder) || Files.isDirectory(folder) && profiles.all().stream()
          .flatMap(p -> p.urls().index().stream())
          .anyMatch(index -> !index.isEmpty() && Files.isRegularFile(folder.resolve(index)));
    }
    return name.isEmpty() || SourceUrls.isNetwork(url.toString()) && !name.endsWith(".json");
  }

  private static Optional<URI> url(String location) {
    if (SourceUrls.isUrl(location)) {
      return Optional.of(SourceUrls.parse(location));
    }
    try {
      Path path = Path.of(location);
      return Files.exists(path) ? Optional.of(path.toAbsolutePath().normalize().toUri())
          : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
