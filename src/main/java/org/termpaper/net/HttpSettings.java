package org.termpaper.net;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How termpaper talks to servers. Immutable.
 *
 * @param connectTimeout the longest wait for a connection
 * @param readTimeout the longest wait between two reads of a response
 * @param deadline the longest a whole resource may take, retries included; bounds a server that
 *     sends one byte a second, which the read timeout alone never ends
 * @param maxBytes the largest body accepted; a larger one is an error for that resource
 * @param userAgent the {@code User-Agent} header
 * @param offline true to refuse every network request without opening a connection
 * @param retries how many times a resource is asked for again after a 5xx or an I/O error
 * @param backoff the pause before the first retry; each further retry waits twice as long
 * @param maxPerHost the most requests (and so connections) to one host at a time
 * @param cacheDir the HTTP cache folder, or null for no cache
 * @param cacheBytes the most bytes the HTTP cache keeps
 * @param proxyEnv the environment to read {@code http_proxy}, {@code https_proxy},
 *     {@code all_proxy} and {@code no_proxy} from; empty for a direct connection
 */
public record HttpSettings(
    Duration connectTimeout, Duration readTimeout, Duration deadline, long maxBytes,
    String userAgent, boolean offline, int retries, Duration backoff, int maxPerHost,
    Path cacheDir, long cacheBytes, Map<String, String> proxyEnv) {

  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
  public static final long DEFAULT_CACHE_BYTES = 50L * 1024 * 1024;

  public HttpSettings {
    requireDuration(connectTimeout, "connectTimeout");
    requireDuration(readTimeout, "readTimeout");
    requireDuration(deadline, "deadline");
    requireDuration(backoff, "backoff");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent is required");
    }
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be zero or more: " + retries);
    }
    if (maxPerHost < 1) {
      throw new IllegalArgumentException("maxPerHost must be at least 1: " + maxPerHost);
    }
    if (cacheBytes < 0) {
      throw new IllegalArgumentException("cacheBytes must be zero or more: " + cacheBytes);
    }
    proxyEnv = proxyEnv == null ? Map.of() : Map.copyOf(proxyEnv);
  }

  /** The settings of earlier versions: no cache, no proxy, the default retries and deadline. */
  public HttpSettings(Duration connectTimeout, Duration readTimeout, long maxBytes,
      String userAgent, boolean offline) {
    this(connectTimeout, readTimeout, Duration.ofMinutes(3), maxBytes, userAgent, offline, 3,
        Duration.ofMillis(500), 4, null, DEFAULT_CACHE_BYTES, Map.of());
  }

  /** 10 s to connect, 30 s between reads, 3 minutes a resource, 3 retries, 4 per host. */
  public static HttpSettings defaults(String version) {
    return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BYTES,
        "termpaper/" + version + " (terminal e-paper reader)", false);
  }

  public HttpSettings withOffline(boolean value) {
    return new HttpSettings(connectTimeout, readTimeout, deadline, maxBytes, userAgent, value,
        retries, backoff, maxPerHost, cacheDir, cacheBytes, proxyEnv);
  }

  public HttpSettings withTimeouts(Duration connect, Duration read, Duration whole) {
    return new HttpSettings(connect, read, whole, maxBytes, userAgent, offline, retries, backoff,
        maxPerHost, cacheDir, cacheBytes, proxyEnv);
  }

  public HttpSettings withRetries(int count, Duration firstPause) {
    return new HttpSettings(connectTimeout, readTimeout, deadline, maxBytes, userAgent, offline,
        count, firstPause, maxPerHost, cacheDir, cacheBytes, proxyEnv);
  }

  public HttpSettings withMaxBytes(long value) {
    return new HttpSettings(connectTimeout, readTimeout, deadline, value, userAgent, offline,
        retries, backoff, maxPerHost, cacheDir, cacheBytes, proxyEnv);
  }

  public HttpSettings withMaxPerHost(int value) {
    return new HttpSettings(connectTimeout, readTimeout, deadline, maxBytes, userAgent, offline,
        retries, backoff, value, cacheDir, cacheBytes, proxyEnv);
  }

  /** A disk cache in {@code dir} of at most {@code bytes}; a null dir turns it off. */
  public HttpSettings withCache(Path dir, long bytes) {
    return new HttpSettings(connectTimeout, readTimeout, deadline, maxBytes, userAgent, offline,
        retries, backoff, maxPerHost, dir, bytes, proxyEnv);
  }

  /** Proxies as the environment's {@code http_proxy} and friends say. */
  public HttpSettings withProxyEnv(Map<String, String> env) {
    return new HttpSettings(connectTimeout, readTimeout, deadline, maxBytes, userAgent, offline,
        retries, backoff, maxPerHost, cacheDir, cacheBytes, env);
  }

  private static void requireDuration(Duration value, String name) {
    if (value == null || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be zero or more");
    }
  }
}
