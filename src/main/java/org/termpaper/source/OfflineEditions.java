package org.termpaper.source;

import java.util.Optional;

/**
 * Editions kept for reading without the network (the archive), offered to the resolver without
 * the source package depending on the archive. Implementations are thread-safe.
 */
@FunctionalInterface
public interface OfflineEditions {
  /** No archive: every lookup is empty. */
  OfflineEditions NONE = location -> Optional.empty();

  /** The location prefix that names an archived paper directly: {@code archive:ID}. */
  String PREFIX = "archive:";

  /**
   * A source of the archived editions of the paper last fetched from {@code location}, or of the
   * paper named by an {@code archive:ID} location; empty when the archive has none.
   */
  Optional<EditionSource> archived(String location);
}
