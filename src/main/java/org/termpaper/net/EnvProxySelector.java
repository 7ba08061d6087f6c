package org.termpaper.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks a proxy the way curl and most command-line tools read the environment. Immutable and
 * thread-safe.
 *
 * <ul>
 *   <li>{@code http_proxy} for {@code http:} URLs (lower case only: the upper-case form can be
 *       set by a CGI request header, so curl ignores it, and so do we);
 *   <li>{@code https_proxy} or {@code HTTPS_PROXY} for {@code https:} URLs;
 *   <li>{@code all_proxy} or {@code ALL_PROXY} for either, when the specific one is unset;
 *   <li>{@code no_proxy} or {@code NO_PROXY}: a comma-separated list of host names (matching the
 *       host and its subdomains; a leading dot is allowed), addresses, optionally with
 *       {@code :port}, or {@code *} for every host.
 * </ul>
 *
 * <p>A proxy is written {@code [http://|socks5://][user:password@]host[:port]}; the port
 * defaults to 1080, as in curl.
 */
final class EnvProxySelector extends ProxySelector {
  private final Map<String, String> env;

  EnvProxySelector(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public List<Proxy> select(URI uri) {
    return List.of(proxyFor(uri).map(ProxyUrl::proxy).orElse(Proxy.NO_PROXY));
  }

  /** The proxy for {@code uri}, with its credentials, or empty for a direct connection. */
  Optional<ProxyUrl> proxyFor(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (host == null || bypassed(host, port(uri, scheme))) {
      return Optional.empty();
    }
    String value = switch (scheme) {
      case "http" -> first("http_proxy");
      case "https" -> first("https_proxy", "HTTPS_PROXY");
      default -> null;
    };
    if (value == null) {
      value = first("all_proxy", "ALL_PROXY");
    }
    return value == null ? Optional.empty() : Optional.of(ProxyUrl.parse(value));
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException e) {
    // Nothing to learn: there is only one proxy to choose.
  }

  private boolean bypassed(String host, int port) {
    String list = first("no_proxy", "NO_PROXY");
    if (list == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT);
    for (String raw : list.split(",")) {
      String entry = raw.strip().toLowerCase(Locale.ROOT);
      if (entry.equals("*")) {
        return true;
      }
      int colon = entry.lastIndexOf(':');
      if (colon > 0 && entry.indexOf(':') == colon && !entry.endsWith("]")) {
        if (!entry.substring(colon + 1).equals(Integer.toString(port))) {
          continue;
        }
        entry = entry.substring(0, colon);
      }
      entry = entry.startsWith(".") ? entry.substring(1) : entry;
      if (!entry.isEmpty() && (name.equals(entry) || name.endsWith("." + entry))) {
        return true;
      }
    }
    return false;
  }

  private static int port(URI uri, String scheme) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return scheme.equals("https") ? 443 : 80;
  }

  private String first(String... names) {
    for (String name : names) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  /**
   * A proxy as written in the environment.
   *
   * @param type HTTP or SOCKS
   * @param host the proxy's host
   * @param port the proxy's port
   * @param user the user name, or null
   * @param password the password, or null
   */
  record ProxyUrl(Proxy.Type type, String host, int port, String user, String password) {
    static ProxyUrl parse(String value) {
      String rest = value;
      Proxy.Type type = Proxy.Type.HTTP;
      int scheme = rest.indexOf("://");
      if (scheme >= 0) {
        String name = rest.substring(0, scheme).toLowerCase(Locale.ROOT);
        type = name.startsWith("socks") ? Proxy.Type.SOCKS : Proxy.Type.HTTP;
        rest = rest.substring(scheme + 3);
      }
      int slash = rest.indexOf('/');
      rest = slash >= 0 ? rest.substring(0, slash) : rest;
      String user = null;
      String password = null;
      int at = rest.lastIndexOf('@');
      if (at >= 0) {
        String[] credentials = rest.substring(0, at).split(":", 2);
        user = decode(credentials[0]);
        password = credentials.length > 1 ? decode(credentials[1]) : "";
        rest = rest.substring(at + 1);
      }
      URI hostPort = URI.create("x://" + rest);
      if (hostPort.getHost() == null) {
        throw new IllegalArgumentException("not a proxy address: " + value);
      }
      int port = hostPort.getPort() == -1 ? 1080 : hostPort.getPort();
      return new ProxyUrl(type, hostPort.getHost(), port, user, password);
    }

    Proxy proxy() {
      return new Proxy(type, InetSocketAddress.createUnresolved(host, port));
    }

    private static String decode(String part) {
      return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
  }

  /** The proxies' hosts that need credentials, for the authenticator. */
  List<ProxyUrl> withCredentials() {
    List<ProxyUrl> found = new ArrayList<>();
    for (String name : List.of("http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy",
        "ALL_PROXY")) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        ProxyUrl url = ProxyUrl.parse(value.strip());
        if (url.user() != null) {
          found.add(url);
        }
      }
    }
    return found;
  }
}
