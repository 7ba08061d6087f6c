package org.termpaper.serve.ssh;

import java.util.function.Supplier;
import org.termpaper.source.EditionSource;
import org.termpaper.ui.ArchiveAccess;
import org.termpaper.ui.Downloads;

/**
 * A source as the SSH side serves it: how to open it (once, for every session), whether it reads
 * over the network, what the {@code d} key does, and the archive behind search. Immutable.
 *
 * @param name the source's name, which a client may give as its user name
 * @param open opens the source
 * @param network true when the source reads over the network
 * @param downloads the {@code d} key: the issue into the archive
 * @param archive the all-issues search and the archived issues
 */
record SessionSource(String name, Supplier<EditionSource> open, boolean network,
    Downloads downloads, ArchiveAccess archive) {
  public SessionSource {
    if (name == null || name.isBlank() || open == null || downloads == null || archive == null) {
      throw new IllegalArgumentException("a served source needs a name, an opener, downloads "
          + "and an archive");
    }
  }
}
