package org.termpaper.archive;

import java.util.Objects;

/**
 * A picture or a page PDF kept with an edition. Immutable by convention: do not change the
 * array.
 *
 * @param url where it was fetched from; the key the reader asks by
 * @param kind what it is
 * @param contentType the server's {@code Content-Type}, or null
 * @param data the bytes
 */
public record Resource(String url, Kind kind, String contentType, byte[] data) {
  /** What a resource is. */
  public enum Kind { IMAGE, PDF }

  public Resource {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(data, "data");
  }
}
