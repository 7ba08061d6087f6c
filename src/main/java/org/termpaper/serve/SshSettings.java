package org.termpaper.serve;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@code termpaper serve} was told about SSH: the port, and who may log in. Immutable.
 *
 * @param port the port to listen on (0: any free port)
 * @param authorizedKeys the OpenSSH {@code authorized_keys} file of the keys let in; null when
 *     {@code open}
 * @param open anyone may log in without a key, to read and search only
 */
public record SshSettings(int port, Path authorizedKeys, boolean open) {
  public SshSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not 0 to 65535");
    }
    if (open == (authorizedKeys != null)) {
      throw new IllegalArgumentException("either authorized keys or open, not "
          + (open ? "both" : "neither"));
    }
  }

  /** Keys from {@code file}. */
  public static SshSettings keys(int port, Path file) {
    return new SshSettings(port, Objects.requireNonNull(file, "file"), false);
  }

  /** A public station: anyone in, read-only. */
  public static SshSettings open(int port) {
    return new SshSettings(port, null, true);
  }
}
