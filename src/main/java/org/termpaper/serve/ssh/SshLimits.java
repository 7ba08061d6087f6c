package org.termpaper.serve.ssh;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.termpaper.config.Config;
import org.termpaper.config.ConfigException;
import tools.jackson.databind.JsonNode;

/**
 * The bounds of the SSH side of a station, from the {@code [ssh]} section of the config file,
 * each with a default. Immutable.
 *
 * <pre>
 * [ssh]
 * max-sessions = 64              # sessions at once
 * max-sessions-per-address = 4   # sessions at once from one client address
 * max-unauthenticated = 16       # connections at once that have not logged in yet
 * login-time = "30s"             # time to log in, then to open a session
 * idle-time = "30m"              # a session with no traffic either way is closed
 * output-buffer = 262144         # bytes queued for a client that does not read
 * </pre>
 *
 * @param sessions sessions (logged-in connections) at once
 * @param perAddress sessions at once from one client address
 * @param unauthenticated connections at once that have not logged in yet
 * @param login the time a client has to log in
 * @param idle how long a connection may pass with no traffic
 * @param outputBuffer the most bytes of output queued for one session
 */
public record SshLimits(int sessions, int perAddress, int unauthenticated, Duration login,
    Duration idle, int outputBuffer) {
  public static final SshLimits DEFAULT =
      new SshLimits(64, 4, 16, Duration.ofSeconds(30), Duration.ofMinutes(30), 256 * 1024);
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

  public SshLimits {
    if (sessions < 1 || perAddress < 1 || unauthenticated < 1 || outputBuffer < 4096) {
      throw new IllegalArgumentException("limits must be at least 1 (output-buffer 4096)");
    }
    if (login.isNegative() || login.isZero() || idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("times must be positive");
    }
  }

  /** The limits of the config's {@code [ssh]} section, the defaults where it says nothing. */
  public static SshLimits of(Config config) {
    JsonNode ssh = config.section("ssh");
    String file = config.file() == null ? "config" : config.file().toString();
    String where = file + ": ssh.";
    try {
      return new SshLimits(
          count(ssh, "max-sessions", DEFAULT.sessions, where),
          count(ssh, "max-sessions-per-address", DEFAULT.perAddress, where),
          count(ssh, "max-unauthenticated", DEFAULT.unauthenticated, where),
          time(ssh, "login-time", DEFAULT.login, where),
          time(ssh, "idle-time", DEFAULT.idle, where),
          count(ssh, "output-buffer", DEFAULT.outputBuffer, where));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file + ": [ssh] " + e.getMessage());
    }
  }

  /** A duration written {@code 30s}, {@code 30m}, {@code 1h} or {@code 500ms}. */
  static Duration parseDuration(String text) {
    Matcher m = DURATION.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a time such as 30s, 30m or 1h");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }

  private static int count(JsonNode ssh, String key, int fallback, String where) {
    JsonNode value = ssh.path(key);
    if (value.isMissingNode()) {
      return fallback;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1) {
      throw new ConfigException(where + key + " must be a whole number of at least 1");
    }
    return value.intValue();
  }

  private static Duration time(JsonNode ssh, String key, Duration fallback, String where) {
    JsonNode value = ssh.path(key);
    if (value.isMissingNode()) {
      return fallback;
    }
    try {
      if (!value.isString()) {
        throw new IllegalArgumentException("must be a time such as \"30s\"");
      }
      return parseDuration(value.stringValue());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where + key + ": " + e.getMessage());
    }
  }
}
