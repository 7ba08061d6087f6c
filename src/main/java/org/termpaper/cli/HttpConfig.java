package org.termpaper.cli;

import java.time.Duration;
import java.util.Map;
import org.termpaper.config.Config;
import org.termpaper.config.ConfigException;
import org.termpaper.config.DataDirs;
import org.termpaper.net.HttpSettings;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP settings of a run: the defaults, changed by the config file's {@code [http]} table,
 * with the cache in the cache directory and proxies from the environment.
 *
 * <pre>
 * [http]
 * connect-timeout = 10   # seconds to wait for a connection
 * read-timeout = 30      # seconds to wait between two reads
 * deadline = 180         # seconds one resource may take, retries included
 * retries = 3            # after a 5xx or an I/O error, with doubling pauses
 * cache-size = 50        # MB of HTTP cache; 0 turns it off
 * max-size = 5           # MB a single response may have
 * </pre>
 */
final class HttpConfig {
  private HttpConfig() {}

  static HttpSettings settings(Config config, DataDirs dirs, Map<String, String> env,
      String version, boolean offline) {
    HttpSettings defaults = HttpSettings.defaults(version);
    JsonNode http = config.section("http");
    HttpSettings settings = defaults
        .withTimeouts(seconds(http, "connect-timeout", defaults.connectTimeout()),
            seconds(http, "read-timeout", defaults.readTimeout()),
            seconds(http, "deadline", defaults.deadline()))
        .withRetries(number(http, "retries", defaults.retries(), 0, 10), defaults.backoff())
        .withMaxBytes(number(http, "max-size", 5, 1, 1024) * 1024L * 1024L)
        .withCache(dirs.cache(), number(http, "cache-size", 50, 0, 100_000) * 1024L * 1024L)
        .withProxyEnv(env);
    return settings.withOffline(offline);
  }

  private static Duration seconds(JsonNode http, String key, Duration fallback) {
    return Duration.ofSeconds(number(http, key, (int) fallback.toSeconds(), 1, 3600));
  }

  private static int number(JsonNode http, String key, int fallback, int min, int max) {
    JsonNode value = http.path(key);
    if (value.isMissingNode() || value.isNull()) {
      return fallback;
    }
    if (!value.isIntegralNumber() || value.intValue() < min || value.intValue() > max) {
      throw new ConfigException("[http] " + key + " must be a whole number from " + min + " to "
          + max + ", not " + value);
    }
    return value.intValue();
  }
}
