package org.termpaper.net;

import java.time.Duration;

/**
 * How termpaper talks to servers. Immutable.
 *
 * @param connectTimeout the longest wait for a connection
 * @param readTimeout the longest wait between two reads of a response
 * @param maxBytes the largest body accepted; a larger one is an error for that resource
 * @param userAgent the {@code User-Agent} header
 * @param offline true to refuse every network request without opening a connection
 */
public record HttpSettings(
    Duration connectTimeout, Duration readTimeout, long maxBytes, String userAgent,
    boolean offline) {

  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  public HttpSettings {
    if (connectTimeout == null || connectTimeout.isNegative()) {
      throw new IllegalArgumentException("connectTimeout must be zero or more");
    }
    if (readTimeout == null || readTimeout.isNegative()) {
      throw new IllegalArgumentException("readTimeout must be zero or more");
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent is required");
    }
  }

  public static HttpSettings defaults(String version) {
    return new HttpSettings(
        Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BYTES,
        "termpaper/" + version + " (terminal e-paper reader)", false);
  }

  public HttpSettings withOffline(boolean value) {
    return new HttpSettings(connectTimeout, readTimeout, maxBytes, userAgent, value);
  }
}
