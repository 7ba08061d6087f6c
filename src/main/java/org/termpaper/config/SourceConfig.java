package org.termpaper.config;

/**
 * A paper the user configured by name: {@code [sources.NAME]} with a {@code url}, optionally,
 * for a Founder-style site, the {@code profile} to read it with, and the paper's name and region
 * for {@code termpaper papers}. A name here wins over the same short name in the catalogue of
 * real papers. Immutable.
 *
 * @param name the name used with {@code --source}
 * @param url the location, as {@code --source} would take it
 * @param profile a site profile's name, or null to pick the matching one
 * @param paper the paper's name ({@code paper = "东港晨报"}), or null
 * @param region the region it serves ({@code region = "山东"}), or null
 */
public record SourceConfig(String name, String url, String profile, String paper,
    String region) {
  public SourceConfig {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("source name is required");
    }
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("[sources." + name + "] needs a url");
    }
    profile = blank(profile) ? null : profile;
    paper = blank(paper) ? null : paper.strip();
    region = blank(region) ? null : region.strip();
  }

  /** A source with a url and, optionally, a profile. */
  public SourceConfig(String name, String url, String profile) {
    this(name, url, profile, null, null);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
