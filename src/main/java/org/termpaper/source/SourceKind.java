package org.termpaper.source;

import java.util.Optional;

/**
 * One kind of source (JSON feeds, the bundled sample, a Founder-style site …) that recognises
 * the locations it can read. {@link SourceResolver} asks each kind in turn.
 */
public interface SourceKind {

  /**
   * A source for {@code location}, or empty when this kind does not read such locations.
   *
   * @param location what the user gave: a URL, a {@code file:} URL or a path
   * @param profile a site profile named in the config, or null
   */
  Optional<EditionSource> open(String location, String profile, SourceContext context);
}
