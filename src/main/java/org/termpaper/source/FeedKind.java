package org.termpaper.source;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.feed.FeedDocuments;
import org.termpaper.source.feed.FeedException;
import org.termpaper.source.feed.FeedReader;
import org.termpaper.source.feed.FeedSource;

/**
 * JSON feeds: {@code bundled:sample}; a folder of feeds; a {@code .json} file or URL (an edition
 * feed, or {@code calendar.json}); an {@code http(s)} or {@code file:} URL ending in {@code /}.
 */
final class FeedKind implements SourceKind {
  static final String BUNDLED_SAMPLE = "bundled:sample";
  private static final Logger LOG = Logger.getLogger(FeedKind.class.getName());

  @Override
  public Optional<EditionSource> open(String location, String profile, SourceContext context) {
    if (profile != null) {
      return Optional.empty(); // site profiles belong to HTML sites, never to feeds
    }
    if (location.equals(BUNDLED_SAMPLE)) {
      return Optional.of(new FeedSource(FeedDocuments.classpath(
          BUNDLED_SAMPLE, "/org/termpaper/sample/", List.of()), null));
    }
    if (SourceUrls.isNetwork(location)) {
      return openUrl(SourceUrls.parse(location), context);
    }
    if (SourceUrls.isFile(location)) {
      return openPath(SourceUrls.path(SourceUrls.parse(location)));
    }
    try {
      return openPath(Path.of(location));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private Optional<EditionSource> openUrl(URI url, SourceContext context) {
    String path = url.getPath() == null ? "" : url.getPath();
    if (path.endsWith("/")) {
      return probeFolder(FeedDocuments.url(url, context.fetcher()));
    }
    if (!path.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return Optional.empty();
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    FeedDocuments documents = FeedDocuments.url(url.resolve("./"), context.fetcher());
    return Optional.of(new FeedSource(documents, pinned(name)));
  }

  /**
   * A URL ending in {@code /} is a feed folder only if it serves a calendar feed; otherwise it is
   * left to the other kinds (a site root, say). Any failure of the probe (403, 500, no
   * connection) means the same: the user never typed {@code calendar.json}, so an error naming
   * it would mislead; if the next kinds fail too, their error names the URL the user gave. The
   * calendar read here is kept, not read again.
   */
  private static Optional<EditionSource> probeFolder(FeedDocuments documents) {
    Optional<byte[]> calendar;
    try {
      calendar = documents.read("calendar.json");
    } catch (TermpaperException e) {
      LOG.fine(() -> "no feed folder at " + documents.location() + ": " + e.getMessage());
      return Optional.empty();
    }
    if (calendar.isEmpty() || !isCalendarFeed(calendar.get())) {
      return Optional.empty();
    }
    FeedDocuments remembered = FeedDocuments.remembering(documents, "calendar.json",
        calendar.get());
    return Optional.of(new FeedSource(remembered, null));
  }

  private static boolean isCalendarFeed(byte[] json) {
    try {
      return FeedReader.CALENDAR_FORMAT.equals(FeedReader.formatOf(json, "calendar.json"));
    } catch (FeedException e) {
      return false;
    }
  }

  private Optional<EditionSource> openPath(Path path) {
    if (Files.isDirectory(path)) {
      boolean hasHtml = hasHtml(path);
      boolean hasFeeds = Files.isRegularFile(path.resolve("calendar.json")) || hasDatedFeed(path);
      if (hasHtml && !hasFeeds) {
        return Optional.empty();
      }
      return Optional.of(new FeedSource(FeedDocuments.folder(path), null));
    }
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return Optional.empty();
    }
    if (!Files.exists(path)) {
      throw new TermpaperException("no such file: " + path);
    }
    Path folder = path.toAbsolutePath().getParent();
    return Optional.of(new FeedSource(FeedDocuments.folder(folder), pinned(name)));
  }

  private static String pinned(String name) {
    return name.equals("calendar.json") ? null : name;
  }

  private static boolean hasDatedFeed(Path dir) {
    return FeedDocuments.folder(dir).list().stream()
        .anyMatch(n -> FeedSource.dateOf(n).isPresent());
  }

  private static boolean hasHtml(Path dir) {
    return FeedDocuments.folder(dir).list().stream()
        .anyMatch(n -> n.endsWith(".htm") || n.endsWith(".html") || n.equals("html"));
  }
}
