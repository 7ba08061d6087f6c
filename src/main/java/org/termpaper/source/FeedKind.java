package org.termpaper.source;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.feed.FeedDocuments;
import org.termpaper.source.feed.FeedSource;

/**
 * JSON feeds: {@code bundled:sample}; a folder of feeds; a {@code .json} file or URL (an edition
 * feed, or {@code calendar.json}); an {@code http(s)} or {@code file:} URL ending in {@code /}.
 */
final class FeedKind implements SourceKind {
  static final String BUNDLED_SAMPLE = "bundled:sample";

  @Override
  public Optional<EditionSource> open(String location, String profile, SourceContext context) {
    if (location.equals(BUNDLED_SAMPLE)) {
      return Optional.of(new FeedSource(FeedDocuments.classpath(
          BUNDLED_SAMPLE, "/org/termpaper/sample/", List.of()), null));
    }
    String lower = location.toLowerCase();
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return openUrl(URI.create(location), context);
    }
    if (lower.startsWith("file:")) {
      return openPath(Path.of(URI.create(location)));
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
      return Optional.of(new FeedSource(FeedDocuments.url(url, context.fetcher()), null));
    }
    if (!path.toLowerCase().endsWith(".json")) {
      return Optional.empty();
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    FeedDocuments documents = FeedDocuments.url(url.resolve("./"), context.fetcher());
    return Optional.of(new FeedSource(documents, pinned(name)));
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
    if (!name.toLowerCase().endsWith(".json")) {
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
        .anyMatch(n -> n.matches("\\d{4}-\\d{2}-\\d{2}\\.json"));
  }

  private static boolean hasHtml(Path dir) {
    return FeedDocuments.folder(dir).list().stream()
        .anyMatch(n -> n.endsWith(".htm") || n.endsWith(".html") || n.equals("html"));
  }
}
