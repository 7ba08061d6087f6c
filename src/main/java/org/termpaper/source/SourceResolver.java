package org.termpaper.source;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.termpaper.config.SourceConfig;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.founder.FounderKind;

/**
 * Turns what the user gives with {@code --source} into a source: a name from the config file,
 * or a location one of the known kinds recognises. Every source it returns passes its text
 * through the cleaner. Thread-safe.
 */
public final class SourceResolver {
  /** The paper a new user sees with no source given and none configured. */
  public static final String DEFAULT_SOURCE = FeedKind.BUNDLED_SAMPLE;

  private final SourceContext context;
  private final List<SourceKind> kinds;

  public SourceResolver(SourceContext context) {
    this(context, List.of(new FeedKind(), new FounderKind()));
  }

  public SourceResolver(SourceContext context, List<SourceKind> kinds) {
    this.context = context;
    this.kinds = List.copyOf(kinds);
  }

  /**
   * The source named or located by {@code spec}; null or blank means the config's default
   * source, else the bundled sample.
   */
  public EditionSource resolve(String spec) {
    String wanted = spec == null || spec.isBlank()
        ? context.config().defaultSource().orElse(DEFAULT_SOURCE) : spec.strip();
    Optional<SourceConfig> named = context.config().source(wanted);
    if (named.isPresent()) {
      return open(named.get().url(), named.get().profile());
    }
    return open(wanted, null);
  }

  private EditionSource open(String location, String profile) {
    for (SourceKind kind : kinds) {
      Optional<EditionSource> source = kind.open(location, profile, context);
      if (source.isPresent()) {
        return new CleanSource(source.get());
      }
    }
    throw new TermpaperException(unknown(location));
  }

  private String unknown(String location) {
    if (!location.contains(":") || location.startsWith("/") || location.startsWith(".")) {
      try {
        if (!Files.exists(Path.of(location))) {
          return "no such source, file or folder: " + location;
        }
      } catch (InvalidPathException e) {
        return "not a source name, URL or path: " + location;
      }
    }
    return "cannot read a source at " + location + " (expected a source name from the config,"
        + " a JSON feed or a folder of feeds, or a page of a Founder-style e-paper site)";
  }
}
