package org.termpaper.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import org.termpaper.model.TermpaperException;
import org.termpaper.text.TextCleaner;

/**
 * What a location is by its syntax, the one place that decides it for the resolver and every
 * kind of source: an {@code http(s):} URL, a {@code file:} URL, or neither (a source name, a
 * path, {@code bundled:sample}). A location that claims to be a URL and is not a valid one is a
 * {@link TermpaperException} that says so, never a raw {@link IllegalArgumentException}.
 * Stateless and thread-safe.
 */
public final class SourceUrls {
  private static final int MAX_QUOTED = 200;

  private SourceUrls() {}

  /** True for an {@code http:} or {@code https:} URL, in any letter case. */
  public static boolean isNetwork(String location) {
    String lower = lower(location);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** True for a {@code file:} URL, in any letter case. */
  public static boolean isFile(String location) {
    return lower(location).startsWith("file:");
  }

  /** True for a location {@link #parse} reads: {@code http(s):} or {@code file:}. */
  public static boolean isUrl(String location) {
    return isNetwork(location) || isFile(location);
  }

  /**
   * The URL {@code location} names; a space is read as {@code %20}, as browsers do.
   *
   * @throws TermpaperException "not a valid URL: …" when it has no host (http), no absolute
   *     path or a host (file), or does not parse at all
   */
  public static URI parse(String location) {
    URI url;
    try {
      url = new URI(location.strip().replace(" ", "%20"));
    } catch (URISyntaxException e) {
      throw invalid(location, e.getReason());
    }
    if (isNetwork(location) && (url.getHost() == null || url.getHost().isEmpty())) {
      throw invalid(location, "no valid host name");
    }
    if (isFile(location)) {
      path(url, location);
    }
    return url;
  }

  /**
   * The path of a {@code file:} URL.
   *
   * @throws TermpaperException "not a valid URL: …" when it names no absolute local path
   */
  public static Path path(URI fileUrl) {
    return path(fileUrl, fileUrl.toString());
  }

  private static Path path(URI url, String location) {
    if (url.isOpaque() || url.getPath() == null || !url.getPath().startsWith("/")) {
      throw invalid(location,
          "a file: URL needs an absolute path, such as file:/home/me/feed.json");
    }
    if (url.getRawAuthority() != null) {
      throw invalid(location, "a file: URL cannot name a host; write file:/path or file:///path");
    }
    try {
      return Path.of(new URI("file", null, url.getPath(), null));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw invalid(location, e.getMessage());
    }
  }

  private static TermpaperException invalid(String location, String why) {
    String shown = TextCleaner.line(location);
    if (shown.length() > MAX_QUOTED) {
      shown = shown.substring(0, MAX_QUOTED) + "…";
    }
    return new TermpaperException("not a valid URL: " + shown + " (" + TextCleaner.line(why)
        + ")");
  }

  private static String lower(String location) {
    return location.strip().toLowerCase(Locale.ROOT);
  }
}
