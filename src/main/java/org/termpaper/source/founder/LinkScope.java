package org.termpaper.source.founder;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.termpaper.source.SourceUrls;

/**
 * Where the links of a site's pages may lead the crawler. The pages it reads are data from the
 * network, so a link alone must never make it read a local file or another machine:
 *
 * <ul>
 *   <li>a link keeps the scheme of the site: {@code http} and {@code https} lead to each other,
 *       never to {@code file:}; a {@code file:} mirror leads only to files;</li>
 *   <li>in a {@code file:} mirror, a link stays inside the mirror's folder: no {@code ../}
 *       escape, however it is spelled ({@code %2e%2e/} included);</li>
 *   <li>the pages and articles of an edition stay on the site's host or the hosts its profile
 *       names ({@link #of}); a PDF or a picture may live on any web host
 *       ({@link #allowsResource}).</li>
 * </ul>
 *
 * Immutable and thread-safe.
 */
final class LinkScope {
  private final boolean file;
  private final Set<String> hosts;
  private final Path folder;
  private final boolean saved;

  private LinkScope(boolean file, Set<String> hosts, Path folder, boolean saved) {
    this.file = file;
    this.hosts = hosts;
    this.folder = folder;
    this.saved = saved;
  }

  /** The pages and articles of the site at {@code root} (ending in {@code /}). */
  static LinkScope of(URI root, SiteProfile profile) {
    if (isFile(root)) {
      boolean saved = profile.urls().issue() != null;
      return new LinkScope(true, Set.of(), folderOf(root, true), saved);
    }
    Set<String> hosts = new HashSet<>();
    hosts.add(lower(root.getHost()));
    profile.hosts().forEach(h -> hosts.add(lower(h)));
    return new LinkScope(false, Set.copyOf(hosts), null, false);
  }

  /**
   * The links a location may redirect through before the site is known: for a web location
   * any web host (as an HTTP redirect may), for a file or folder the folder it names or lies in.
   */
  static LinkScope around(URI start) {
    if (isFile(start)) {
      return new LinkScope(true, Set.of(), folderOf(start, false), false);
    }
    return new LinkScope(false, null, null, false);
  }

  /** True when {@code url} may be read as a page, an article or a calendar of the site. */
  boolean allows(URI url) {
    if (!sameScheme(url)) {
      return false;
    }
    if (file) {
      return inFolder(url);
    }
    return hosts == null || url.getHost() != null && hosts.contains(lower(url.getHost()));
  }

  /**
   * True when {@code url} is a file outside the folder of a page saved on its own (a site whose
   * layout was read from its content, see {@link PageSniffer}), which links to articles it was
   * not saved with: never read, but its headline may be named. Always false for a mirror.
   */
  boolean outsideFolder(URI url) {
    return saved && isFile(url) && !inFolder(url);
  }

  /** True when {@code url} may be kept as a PDF or a picture: any web URL, or a mirror's file. */
  boolean allowsResource(URI url) {
    return isWeb(url) || file && isFile(url) && inFolder(url);
  }

  /** {@code url} when it is allowed, else empty. */
  Optional<URI> filter(URI url) {
    return allows(url) ? Optional.of(url) : Optional.empty();
  }

  private boolean sameScheme(URI url) {
    return file ? isFile(url) : isWeb(url);
  }

  private boolean inFolder(URI url) {
    if (url.getRawAuthority() != null || url.getPath() == null) {
      return false;
    }
    try {
      return Path.of(url.getPath()).normalize().startsWith(folder);
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static Path folderOf(URI url, boolean isFolder) {
    Path path = SourceUrls.path(url).normalize();
    boolean folder = isFolder || url.getPath().endsWith("/") || path.toFile().isDirectory();
    Path parent = path.getParent();
    return folder || parent == null ? path : parent;
  }

  private static boolean isWeb(URI url) {
    String scheme = lower(url.getScheme());
    return scheme.equals("http") || scheme.equals("https");
  }

  private static boolean isFile(URI url) {
    return lower(url.getScheme()).equals("file");
  }

  private static String lower(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT);
  }
}
