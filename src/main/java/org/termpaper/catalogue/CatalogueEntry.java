package org.termpaper.catalogue;

import java.util.Locale;
import org.termpaper.config.SourceConfig;

/**
 * One paper a short name opens: from the catalogue in the jar, or a source of the user's config
 * file. Immutable.
 *
 * @param shortName what {@code --source} takes ({@code rmrb})
 * @param name the paper's name in Chinese; empty for a config source that gives none
 * @param region 全国, or the province or city it serves; empty when not known
 * @param url its e-paper: an index page, a site root or a page, as {@code --source} takes it
 * @param profile the site profile that reads it, or null to pick the one whose URLs match
 * @param charset the charset its pages are served in, or null when not known
 * @param note what a reader should know before opening it, or null
 * @param origin where the entry comes from
 */
public record CatalogueEntry(String shortName, String name, String region, String url,
    String profile, String charset, String note, Origin origin) {

  /** Where an entry comes from. */
  public enum Origin {
    /** The catalogue shipped in the jar. */
    CATALOGUE,
    /** A {@code [sources.NAME]} table of the user's config file. */
    CONFIG
  }

  public CatalogueEntry {
    if (shortName == null || shortName.isBlank()) {
      throw new IllegalArgumentException("a paper needs a short name");
    }
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException(shortName + ": url is required");
    }
    if (origin == null) {
      throw new IllegalArgumentException(shortName + ": origin is required");
    }
    name = name == null ? "" : name.strip();
    region = region == null ? "" : region.strip();
    profile = blankToNull(profile);
    charset = blankToNull(charset);
    note = blankToNull(note);
  }

  /** The entry of a {@code [sources.NAME]} table of the config file. */
  public static CatalogueEntry fromConfig(SourceConfig source) {
    return new CatalogueEntry(source.name(), source.paper(), source.region(), source.url(),
        source.profile(), null, null, Origin.CONFIG);
  }

  /** True when {@code word} is part of the name, short name, region or address (any case). */
  public boolean matches(String word) {
    String wanted = word.strip().toLowerCase(Locale.ROOT);
    return wanted.isEmpty() || shortName.toLowerCase(Locale.ROOT).contains(wanted)
        || name.toLowerCase(Locale.ROOT).contains(wanted)
        || region.toLowerCase(Locale.ROOT).contains(wanted)
        || url.toLowerCase(Locale.ROOT).contains(wanted);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
