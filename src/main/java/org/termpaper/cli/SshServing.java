package org.termpaper.cli;

import org.termpaper.serve.SshSettings;
import org.termpaper.serve.StationService;

/**
 * Where {@code termpaper serve --ssh} gets its SSH service: the one place the SSH reader
 * ({@code org.termpaper.serve.ssh}) plugs into the command line. This build has none, so
 * {@code --ssh} is refused as bad usage before anything starts.
 */
final class SshServing {
  private SshServing() {}

  /** The SSH service for {@code settings}. */
  static StationService service(SshSettings settings) {
    throw new UsageException("SSH serving is not available in this build; serve feeds with "
        + "--http PORT");
  }
}
