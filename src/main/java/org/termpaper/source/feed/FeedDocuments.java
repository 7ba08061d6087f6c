package org.termpaper.source.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.termpaper.model.TermpaperException;
import org.termpaper.net.FetchException;
import org.termpaper.net.Fetcher;

/**
 * The documents of a feed location by name: {@code calendar.json} and {@code YYYY-MM-DD.json}
 * in a folder, under a URL, or in the jar. Implementations are thread-safe.
 */
public interface FeedDocuments {

  /** The location for messages. */
  String location();

  /** The document's bytes, or empty when there is no such document. */
  Optional<byte[]> read(String name);

  /** The names of the documents, where the location can be listed; else empty. */
  default List<String> list() {
    return List.of();
  }

  /** A folder on the disk. */
  static FeedDocuments folder(Path dir) {
    return new FeedDocuments() {
      @Override
      public String location() {
        return dir.toString();
      }

      @Override
      public Optional<byte[]> read(String name) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
          return Optional.empty();
        }
        try {
          return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
          throw new TermpaperException("cannot read " + file + ": " + e.getMessage(), e);
        }
      }

      @Override
      public List<String> list() {
        try (Stream<Path> files = Files.list(dir)) {
          return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
          throw new TermpaperException("cannot list " + dir + ": " + e.getMessage(), e);
        }
      }
    };
  }

  /** Documents under a base URL (ending in {@code /}), fetched on demand; 404 means absent. */
  static FeedDocuments url(URI base, Fetcher fetcher) {
    return new FeedDocuments() {
      @Override
      public String location() {
        return base.toString();
      }

      @Override
      public Optional<byte[]> read(String name) {
        try {
          return Optional.of(fetcher.get(base.resolve(name)).body());
        } catch (FetchException e) {
          if (e.status() == 404 || e.status() == 410) {
            return Optional.empty();
          }
          throw e;
        }
      }
    };
  }

  /** Documents packaged in the jar under a resource folder such as {@code /org/x/sample/}. */
  static FeedDocuments classpath(String location, String folder, List<String> names) {
    return new FeedDocuments() {
      @Override
      public String location() {
        return location;
      }

      @Override
      public Optional<byte[]> read(String name) {
        try (InputStream in = FeedDocuments.class.getResourceAsStream(folder + name)) {
          return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
          throw new TermpaperException("cannot read " + location + "/" + name, e);
        }
      }

      @Override
      public List<String> list() {
        return names;
      }
    };
  }

  /** {@code inner}, with the document {@code name} already read as {@code bytes}. */
  static FeedDocuments remembering(FeedDocuments inner, String name, byte[] bytes) {
    return new FeedDocuments() {
      @Override
      public String location() {
        return inner.location();
      }

      @Override
      public Optional<byte[]> read(String wanted) {
        return wanted.equals(name) ? Optional.of(bytes.clone()) : inner.read(wanted);
      }

      @Override
      public List<String> list() {
        return inner.list();
      }
    };
  }
}
