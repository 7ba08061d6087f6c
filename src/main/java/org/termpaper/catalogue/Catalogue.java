package org.termpaper.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.termpaper.catalogue.CatalogueEntry.Origin;
import org.termpaper.config.Config;
import org.termpaper.config.SourceConfig;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * The papers a short name opens: the catalogue in the jar ({@code papers.toml}, every key
 * explained there), and, once {@link #withConfig} has added them, the sources of the user's
 * config file, whose names win over the catalogue's. Immutable and thread-safe.
 */
public final class Catalogue {
  static final String RESOURCE = "/org/termpaper/catalogue/papers.toml";
  /** What a short name in the jar looks like: what one types after {@code --source}. */
  static final Pattern SHORT_NAME = Pattern.compile("[a-z][a-z0-9]*");
  private static final Set<String> KEYS =
      Set.of("name", "region", "url", "profile", "charset", "note");
  private static final TomlMapper TOML = new TomlMapper();
  private static final Catalogue BUILT_IN = load();

  private final Map<String, CatalogueEntry> entries;

  private Catalogue(Map<String, CatalogueEntry> entries) {
    this.entries = entries;
  }

  /** The catalogue shipped in the jar, read once. */
  public static Catalogue builtIn() {
    return BUILT_IN;
  }

  /**
   * The catalogue of a TOML text in the jar's format.
   *
   * @throws IllegalArgumentException naming the table and key of the first mistake
   */
  static Catalogue parse(String toml) {
    JsonNode root;
    try {
      root = TOML.readTree(toml);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("not valid TOML: " + e.getOriginalMessage(), e);
    }
    Map<String, CatalogueEntry> entries = new LinkedHashMap<>();
    for (String shortName : root.propertyNames()) {
      entries.put(shortName, entry(shortName, root.path(shortName)));
    }
    return new Catalogue(entries);
  }

  /**
   * This catalogue with the sources of {@code config} added: a source named like a paper of
   * the catalogue takes its place, the others come after the catalogue's papers.
   */
  public Catalogue withConfig(Config config) {
    Map<String, CatalogueEntry> merged = new LinkedHashMap<>(entries);
    for (SourceConfig source : config.sources()) {
      merged.put(source.name(), CatalogueEntry.fromConfig(source));
    }
    return new Catalogue(merged);
  }

  /** Every entry: the catalogue's in file order, then the config's. */
  public List<CatalogueEntry> entries() {
    return List.copyOf(entries.values());
  }

  /** The entries whose name, short name, region or address holds {@code word}. */
  public List<CatalogueEntry> matching(String word) {
    return entries.values().stream().filter(e -> word == null || e.matches(word)).toList();
  }

  /**
   * True when {@code spec} could be a short name: no URL, path or {@code archive:ID}. Such a
   * spec is the only one worth reading the catalogue for.
   */
  public static boolean isShortName(String spec) {
    return spec != null && !spec.isBlank() && spec.strip().chars()
        .noneMatch(c -> c == ':' || c == '/' || c == '\\' || c == '.');
  }

  /** The entry of this short name, or empty. */
  public Optional<CatalogueEntry> find(String shortName) {
    return Optional.ofNullable(shortName == null ? null : entries.get(shortName.strip()));
  }

  /** The catalogue's own entries whose address is {@code url}, in file order. */
  public List<CatalogueEntry> at(String url) {
    List<CatalogueEntry> found = new ArrayList<>();
    for (CatalogueEntry entry : entries.values()) {
      if (entry.origin() == Origin.CATALOGUE && entry.url().equals(url)) {
        found.add(entry);
      }
    }
    return found;
  }

  private static CatalogueEntry entry(String shortName, JsonNode table) {
    if (!SHORT_NAME.matcher(shortName).matches()) {
      throw new IllegalArgumentException("[" + shortName + "]: a short name is lower-case"
          + " letters and digits, starting with a letter");
    }
    if (!table.isObject()) {
      throw new IllegalArgumentException("[" + shortName + "] must be a table");
    }
    for (String key : table.propertyNames()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("[" + shortName + "]: unknown key " + key);
      }
    }
    return new CatalogueEntry(shortName, required(shortName, table, "name"),
        required(shortName, table, "region"), required(shortName, table, "url"),
        required(shortName, table, "profile"), optional(shortName, table, "charset"),
        optional(shortName, table, "note"), Origin.CATALOGUE);
  }

  private static String required(String shortName, JsonNode table, String key) {
    String value = optional(shortName, table, key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("[" + shortName + "]: " + key + " is required");
    }
    return value;
  }

  private static String optional(String shortName, JsonNode table, String key) {
    JsonNode value = table.path(key);
    if (value.isMissingNode()) {
      return null;
    }
    if (!value.isString()) {
      throw new IllegalArgumentException("[" + shortName + "]: " + key + " must be a string");
    }
    return value.asString();
  }

  private static Catalogue load() {
    try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the catalogue " + RESOURCE + " is missing from the jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the catalogue " + RESOURCE, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the catalogue in the jar is broken: " + e.getMessage(),
          e);
    }
  }
}
