package org.termpaper.serve.ssh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.termpaper.model.TermpaperException;

/**
 * The checks on the station's key files before it listens, as OpenSSH's sshd makes them: an
 * authorized_keys file others may write lets them add a key, and a host key others may read lets
 * them pose as the station. An entry with options ({@code from=}, {@code command=},
 * {@code restrict}, ...) is refused too: the station enforces none of them, and an admin who
 * wrote {@code from="10.0.0.0/8"} must not believe the key is bound to that network.
 */
final class KeyFiles {
  private static final Set<PosixFilePermission> OTHERS_WRITE =
      Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
  private static final Set<PosixFilePermission> OTHERS_READ =
      Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

  private KeyFiles() {}

  /** Throws a one-line {@link TermpaperException} when {@code file} may not be trusted. */
  static void checkAuthorizedKeys(Path file) {
    if (anyOf(file, OTHERS_WRITE)) {
      throw new TermpaperException(file + " may be written by other users: chmod go-w " + file);
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException | RuntimeException e) {
      throw new TermpaperException("cannot read the authorized keys file " + file + ": " + e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      AuthorizedKeyEntry entry;
      try {
        entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line);
      } catch (IllegalArgumentException e) {
        throw new TermpaperException(file + " line " + (i + 1) + " is not a public key");
      }
      if (entry != null && !entry.getLoginOptions().isEmpty()) {
        throw new TermpaperException(file + " line " + (i + 1) + " has options ("
            + String.join(", ", entry.getLoginOptions().keySet()) + ") this station does not "
            + "enforce: remove them, or serve that key from a station that does");
      }
    }
  }

  /** Throws a one-line {@link TermpaperException} when others may read the host key. */
  static void checkHostKey(Path file) {
    if (Files.exists(file) && anyOf(file, OTHERS_READ)) {
      throw new TermpaperException("the host key " + file + " may be read by other users: "
          + "chmod go-rwx " + file);
    }
  }

  private static boolean anyOf(Path file, Set<PosixFilePermission> flags) {
    try {
      return Files.getPosixFilePermissions(file).stream().anyMatch(flags::contains);
    } catch (UnsupportedOperationException e) {
      return false; // no POSIX modes on this file system: nothing to check
    } catch (IOException e) {
      throw new TermpaperException("cannot read the modes of " + file + ": " + e.getMessage());
    }
  }
}
