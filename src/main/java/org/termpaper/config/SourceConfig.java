package org.termpaper.config;

/**
 * A paper the user configured by name: {@code [sources.NAME]} with a {@code url} and, for a
 * Founder-style site, optionally the {@code profile} to read it with. Immutable.
 *
 * @param name the name used with {@code --source}
 * @param url the location, as {@code --source} would take it
 * @param profile a site profile's name, or null to pick the matching one
 */
public record SourceConfig(String name, String url, String profile) {
  public SourceConfig {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("source name is required");
    }
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("[sources." + name + "] needs a url");
    }
    profile = profile == null || profile.isBlank() ? null : profile;
  }
}
