package org.termpaper.source;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.termpaper.catalogue.Catalogue;
import org.termpaper.catalogue.CatalogueEntry;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.founder.FounderKind;

/**
 * Turns what the user gives with {@code --source} into a source: a name from the config file,
 * a short name from the catalogue of real papers ({@code rmrb}; a config name wins), or a
 * location one of the known kinds recognises. Every source it returns passes its text
 * through the cleaner. Thread-safe.
 *
 * <p>With an archive ({@link #withArchive}), a network source is read from the archive when the
 * fetcher is offline, and turns to the archive when the network fails; {@code archive:ID} names
 * an archived paper directly.
 */
public final class SourceResolver {
  /** The paper a new user sees with no source given and none configured. */
  public static final String DEFAULT_SOURCE = FeedKind.BUNDLED_SAMPLE;

  private final SourceContext context;
  private final List<SourceKind> kinds;
  private final OfflineEditions archive;

  public SourceResolver(SourceContext context) {
    this(context, List.of(new FeedKind(), new FounderKind()));
  }

  public SourceResolver(SourceContext context, List<SourceKind> kinds) {
    this(context, kinds, OfflineEditions.NONE);
  }

  private SourceResolver(SourceContext context, List<SourceKind> kinds,
      OfflineEditions archive) {
    this.context = context;
    this.kinds = List.copyOf(kinds);
    this.archive = archive;
  }

  /** This resolver, with {@code archive} for offline reading and network failures. */
  public SourceResolver withArchive(OfflineEditions archive) {
    return new SourceResolver(context, kinds, archive);
  }

  /** The papers a name opens: the catalogue's, with the config's sources in their place. */
  public Catalogue catalogue() {
    return Catalogue.builtIn().withConfig(context.config());
  }

  /**
   * The paper {@code wanted} names: a source of the config file, else a paper of the catalogue
   * (read only for a spec that could be a short name, so that a URL or path costs nothing).
   */
  private Optional<CatalogueEntry> named(String wanted) {
    Optional<CatalogueEntry> own = context.config().source(wanted)
        .map(CatalogueEntry::fromConfig);
    return own.isPresent() || !Catalogue.isShortName(wanted) ? own
        : Catalogue.builtIn().find(wanted);
  }

  /**
   * The source named or located by {@code spec}; null or blank means the config's default
   * source, else the bundled sample.
   */
  public EditionSource resolve(String spec) {
    return open(spec, true);
  }

  /**
   * The source for {@code spec} as {@link #resolve} finds it, but never the archive in its
   * place: what {@code fetch} reads from.
   */
  public EditionSource resolveOnline(String spec) {
    return open(spec, false);
  }

  /**
   * The location {@code spec} stands for: a configured source's URL, a catalogue paper's, or
   * the spec itself; a path
   * to an existing file or folder is made absolute, so that it names the same place from any
   * working directory (the archive remembers it).
   */
  public String location(String spec) {
    return locationOf(wanted(spec));
  }

  /** The source name or location asked for: {@code spec}, else the configured default. */
  private String wanted(String spec) {
    return spec == null || spec.isBlank()
        ? context.config().defaultSource().orElse(DEFAULT_SOURCE) : spec.strip();
  }

  private String locationOf(String wanted) {
    String location = named(wanted).map(CatalogueEntry::url).orElse(wanted);
    if (location.equals(DEFAULT_SOURCE) || location.startsWith(OfflineEditions.PREFIX)
        || SourceUrls.isUrl(location)) {
      return location;
    }
    try {
      Path path = Path.of(location);
      return Files.exists(path) ? path.toAbsolutePath().normalize().toString() : location;
    } catch (InvalidPathException e) {
      return location;
    }
  }

  private EditionSource open(String spec, boolean archiveAllowed) {
    String wanted = wanted(spec);
    String location = locationOf(wanted);
    String profile = named(wanted).map(CatalogueEntry::profile).orElse(null);
    if (location.startsWith(OfflineEditions.PREFIX)) {
      return new CleanSource(archive.archived(location).orElseThrow(() -> new TermpaperException(
          "nothing archived of paper '" + location.substring(OfflineEditions.PREFIX.length())
              + "' (see 'termpaper sources')")));
    }
    boolean network = archiveAllowed && SourceUrls.isNetwork(location);
    if (network && context.fetcher().settings().offline()) {
      return new CleanSource(archive.archived(location).orElseThrow(() -> new TermpaperException(
          "offline, and nothing from " + location + " is archived; fetch it while online with "
              + "'termpaper fetch --source " + wanted + "'")));
    }
    EditionSource source;
    try {
      source = openKind(location, profile);
    } catch (TermpaperException e) {
      if (!network || !FallbackSource.isNetworkFailure(e)) {
        throw e;
      }
      source = FallbackSource.unreachable(location, e);
    }
    return new CleanSource(network
        ? new FallbackSource(source, () -> archive.archived(location)) : source);
  }

  private EditionSource openKind(String location, String profile) {
    for (SourceKind kind : kinds) {
      Optional<EditionSource> source = kind.open(location, profile, context);
      if (source.isPresent()) {
        return source.get();
      }
    }
    throw new TermpaperException(unknown(location));
  }

  private String unknown(String location) {
    if (!location.contains(":") || location.startsWith("/") || location.startsWith(".")) {
      try {
        if (!Files.exists(Path.of(location))) {
          return !Catalogue.isShortName(location)
              ? "no such source, file or folder: " + location
              : "no source named '" + location + "' in the config or the catalogue (see"
                  + " 'termpaper papers'), and no such file or folder";
        }
      } catch (InvalidPathException e) {
        return "not a source name, URL or path: " + location;
      }
    }
    return "cannot read a source at " + location + " (expected a source name from the config,"
        + " a JSON feed or a folder of feeds, or a page of a Founder-style e-paper site)";
  }
}
