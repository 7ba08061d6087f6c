package org.termpaper.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.termpaper.archive.Archive;
import org.termpaper.archive.Resource;
import org.termpaper.model.TermpaperException;
import org.termpaper.net.Fetcher;
import org.termpaper.source.SourceUrls;
import org.termpaper.ui.PictureBytes;

/**
 * The pictures the reader asks for: the archive's copy first, then the sample's own pictures
 * inside the jar ({@code bundled:sample/…}), a file beside a local source, or the network.
 * Nothing is fetched until a picture is asked for. Thread-safe.
 *
 * <p>A {@code file:} picture is read only for a source on this machine, so that a feed from the
 * network cannot make termpaper read the reader's files.
 */
final class PictureSource implements PictureBytes {
  static final String BUNDLED = "bundled:sample/";
  private static final String SAMPLE_FOLDER = "/org/termpaper/sample/";
  private static final long MAX_BUNDLED = 1 << 20;

  private final Supplier<Archive> archive;
  private final Supplier<Fetcher> fetcher;
  private final boolean local;
  private final Opener opener;

  /**
   * @param archive the archive, opened on first use
   * @param fetcher the fetcher, made on first use (its settings say whether we are offline)
   * @param local the source reads from this machine (files, folders, the sample)
   * @param opener what hands a file to the desktop's viewer
   */
  PictureSource(Supplier<Archive> archive, Supplier<Fetcher> fetcher, boolean local,
      Opener opener) {
    this.archive = archive;
    this.fetcher = fetcher;
    this.local = local;
    this.opener = opener;
  }

  /** The pictures of the source {@code spec} names, for the command being run. */
  static PictureSource of(Main main, String spec) {
    AppContext app = main.app();
    boolean network = SourceUrls.isNetwork(app.resolver().location(spec));
    return new PictureSource(app::archive, app::fetcher, !network,
        new Opener(main.env, System.getProperty("os.name", ""), app.dirs().cache()));
  }

  @Override
  public String view(String url, String name) {
    Path file = save(url, name);
    return opener.open(file) ? "opened " + file : "saved to " + file;
  }

  /** The file at {@code url} saved for the viewer as {@code name} and its extension. */
  Path save(String url, String name) {
    byte[] data = read(url).data();
    return opener.save(name + "." + ImageDump.extension(data), data);
  }

  /** Starts the desktop's viewer on {@code file}; false when there is none. */
  boolean open(Path file) {
    return opener.open(file);
  }

  @Override
  public Fetched read(String url) {
    if (url.startsWith(BUNDLED)) {
      return new Fetched(bundled(url.substring(BUNDLED.length())), "sample");
    }
    Optional<Resource> kept = archived(url);
    if (kept.isPresent()) {
      return new Fetched(kept.get().data(), "archive");
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("file:") && !local) {
      throw new TermpaperException("a picture on this machine named by a source on the network "
          + "is not read: " + url);
    }
    if (!SourceUrls.isNetwork(url) && !lower.startsWith("file:")) {
      throw new TermpaperException("cannot read a picture from " + url);
    }
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new TermpaperException("not a valid picture address: " + url);
    }
    return new Fetched(fetcher.get().get(uri).body(),
        lower.startsWith("file:") ? "file" : "network");
  }

  private Optional<Resource> archived(String url) {
    try {
      return archive.get().resource(url);
    } catch (TermpaperException e) {
      return Optional.empty();
    }
  }

  /** A picture of the sample, by its name under the sample's folder; never outside it. */
  static byte[] bundled(String name) {
    if (!name.matches("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.(jpg|png)")) {
      throw new TermpaperException("no picture " + BUNDLED + name + " in the sample");
    }
    try (InputStream in = PictureSource.class.getResourceAsStream(SAMPLE_FOLDER + name)) {
      if (in == null) {
        throw new TermpaperException("no picture " + BUNDLED + name + " in the sample");
      }
      byte[] data = in.readNBytes((int) MAX_BUNDLED + 1);
      if (data.length > MAX_BUNDLED) {
        throw new TermpaperException("the sample's picture " + name + " is too large");
      }
      return data;
    } catch (IOException e) {
      throw new TermpaperException("cannot read the sample's picture " + name, e);
    }
  }
}
