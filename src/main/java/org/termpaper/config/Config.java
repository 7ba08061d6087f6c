package org.termpaper.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * The user's config file ({@code config.toml}), read once at start. Immutable and thread-safe.
 *
 * <p>A missing file is an empty config. Every setting has a default, so a user writes only what
 * they want changed:
 *
 * <pre>
 * source = "lzcb"              # the source used when --source is not given
 * offline = false
 * ambiguous-width = 1          # 1 or 2 columns for “ ” … — ·
 * language = "zh"              # UI language: en or zh; default from LANG
 *
 * [sources.lzcb]
 * url = "http://example.org/paperindex.htm"
 * profile = "founder-classic"  # optional
 * paper = "鲁中晨报"            # optional: the name and region termpaper papers shows
 * region = "山东"
 *
 * [keys]
 * next-article = "n"
 * </pre>
 */
public final class Config {
  private static final TomlMapper TOML = new TomlMapper();
  private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}\\u2028\\u2029]+");

  private final Path file;
  private final JsonNode root;

  private Config(Path file, JsonNode root) {
    this.file = file;
    this.root = root;
  }

  public static Config empty() {
    return new Config(null, MissingNode.getInstance());
  }

  /** Reads {@code file}; a missing file gives the empty config, a broken one throws. */
  public static Config load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      return new Config(file, MissingNode.getInstance());
    } catch (CharacterCodingException e) {
      throw new ConfigException(file + " is not valid UTF-8", e);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return parse(file, text);
  }

  static Config parse(Path file, String text) {
    try {
      return new Config(file, TOML.readTree(text));
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      String place = at == null || at.getLineNr() < 1
          ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new ConfigException((file == null ? "config" : file.toString())
          + " is not valid TOML" + place + ": " + oneLine(e.getOriginalMessage()), e);
    }
  }

  /** The file this config was read from, or null for the empty config. */
  public Path file() {
    return file;
  }

  /** The name of the source to use when none is given, or empty. */
  public Optional<String> defaultSource() {
    return Optional.ofNullable(string(root, "source"));
  }

  public boolean offline() {
    return bool(root, "offline", false);
  }

  /** 1 or 2: the columns of East Asian Ambiguous characters. */
  public int ambiguousWidth() {
    JsonNode value = root.path("ambiguous-width");
    if (value.isMissingNode()) {
      return 1;
    }
    String problem = where("ambiguous-width") + " must be 1 or 2";
    if (!value.isIntegralNumber()) {
      throw new ConfigException(problem);
    }
    if (!value.canConvertToInt() || value.intValue() != 1 && value.intValue() != 2) {
      throw new ConfigException(problem + ", not " + value.asString());
    }
    return value.intValue();
  }

  /** The UI language ({@code en}, {@code zh}), or empty to follow the locale. */
  public Optional<String> language() {
    return Optional.ofNullable(string(root, "language"));
  }

  public List<SourceConfig> sources() {
    List<SourceConfig> sources = new ArrayList<>();
    JsonNode table = root.path("sources");
    for (String name : table.propertyNames()) {
      JsonNode entry = table.path(name);
      try {
        sources.add(new SourceConfig(name, string(entry, "url"), string(entry, "profile"),
            string(entry, "paper"), string(entry, "region")));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(where("sources." + name) + ": " + e.getMessage());
      }
    }
    return sources;
  }

  public Optional<SourceConfig> source(String name) {
    return sources().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The string values of a table such as {@code [keys]}, in file order; empty if absent. */
  public Map<String, String> table(String name) {
    Map<String, String> values = new LinkedHashMap<>();
    JsonNode table = root.path(name);
    for (String key : table.propertyNames()) {
      values.put(key, string(table, key));
    }
    return values;
  }

  /** A section as a tree, for the packages that own it (site profiles, HTTP settings). */
  public JsonNode section(String name) {
    return root.path(name);
  }

  private String where(String key) {
    return file == null ? key : file + ": " + key;
  }

  private String string(JsonNode node, String key) {
    JsonNode value = node.path(key);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw new ConfigException(where(key) + " must be a string");
    }
    return value.asString();
  }

  private boolean bool(JsonNode node, String key, boolean fallback) {
    JsonNode value = node.path(key);
    if (value.isMissingNode()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      throw new ConfigException(where(key) + " must be true or false");
    }
    return value.booleanValue();
  }

  /** The parser's message on one line, without the control characters a bad byte may bring. */
  private static String oneLine(String message) {
    return message == null ? "" : CONTROLS.matcher(message).replaceAll(" ").strip();
  }
}
