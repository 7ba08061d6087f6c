package org.termpaper.cli;

import org.termpaper.serve.SshSettings;
import org.termpaper.serve.StationService;
import org.termpaper.serve.ssh.SshService;

/**
 * Where {@code termpaper serve --ssh} gets its SSH service: the one place the SSH reader
 * ({@code org.termpaper.serve.ssh}) plugs into the command line.
 */
final class SshServing {
  private SshServing() {}

  /** The SSH service for {@code settings}. */
  static StationService service(SshSettings settings) {
    return new SshService(settings);
  }
}
