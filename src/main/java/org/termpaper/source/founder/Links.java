package org.termpaper.source.founder;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Resolving and comparing the links of a page: absolute, without query and fragment. Only
 * {@code http}, {@code https} and {@code file} links are links here; which of them a crawl may
 * follow is {@link LinkScope}'s to say.
 */
final class Links {
  private static final Set<String> SCHEMES = Set.of("http", "https", "file");
  private static final Pattern ABOVE_ROOT = Pattern.compile("^(?:/\\.\\.)+/");

  private Links() {}

  /** The absolute target of an element's {@code href}, or empty for none or a script. */
  static Optional<URI> target(Element element) {
    String href = element.attr("href").strip();
    if (href.isEmpty() || href.regionMatches(true, 0, "javascript:", 0, 11)
        || href.startsWith("#")) {
      return Optional.empty();
    }
    return resolve(element.baseUri(), href);
  }

  /**
   * {@code href} resolved against {@code base}; empty when either is not a URL or the result is
   * not an {@code http}, {@code https} or {@code file} URL.
   */
  static Optional<URI> resolve(String base, String href) {
    URI resolved;
    try {
      URI baseUri = new URI(base.replace(" ", "%20"));
      resolved = baseUri.resolve(new URI(href.replace(" ", "%20")
          .replace("\\", "/"))).normalize();
      String path = resolved.getPath();
      if (path != null && path.startsWith("/../")) {
        // As a browser does (RFC 3986, 5.2.4): "../" past the root stays at the root.
        resolved = new URI(resolved.getScheme(), resolved.getAuthority(),
            ABOVE_ROOT.matcher(path).replaceFirst("/"), resolved.getQuery(),
            resolved.getFragment());
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
    String scheme = resolved.getScheme() == null ? ""
        : resolved.getScheme().toLowerCase(Locale.ROOT);
    return SCHEMES.contains(scheme) && !resolved.isOpaque() ? Optional.of(resolved)
        : Optional.empty();
  }

  /** The URL without its query and fragment: {@code content_1.htm?div=-1} is content_1.htm. */
  static URI canonical(URI url) {
    try {
      return new URI(url.getScheme(), url.getRawAuthority() == null ? null
          : url.getAuthority(), url.getPath(), null, null);
    } catch (URISyntaxException e) {
      return url;
    }
  }

  /** For a {@code file:} URL with a query, the file {@code wget -m} saved it as; else null. */
  static URI mirrorFile(URI url) {
    if (!"file".equalsIgnoreCase(url.getScheme()) || url.getRawQuery() == null) {
      return null;
    }
    try {
      return new URI("file", null, url.getPath() + "?" + url.getQuery(), null);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The last path segment without its extension: {@code content_12}. */
  static String id(URI url) {
    String path = url.getPath() == null ? "" : url.getPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
