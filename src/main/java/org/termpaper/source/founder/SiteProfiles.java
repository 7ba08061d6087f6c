package org.termpaper.source.founder;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.termpaper.config.Config;
import org.termpaper.config.ConfigException;
import org.termpaper.model.TermpaperException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * The site profiles termpaper knows: those in the jar ({@code founder-classic},
 * {@code founder-pc}, {@code founder-pc-con}, {@code founder-layout}, {@code founder-flat},
 * {@code founder-paperindex}, {@code peoples-daily}) and those of the config file. A config table
 * {@code [profiles.NAME]} with the name of a profile in the jar overrides the keys it gives;
 * with a new name it starts from {@code base} (default {@code founder-classic}):
 *
 * <pre>
 * [profiles.my-paper]
 * base = "founder-classic"
 * urls.front-page = "html/{yyyy}-{MM}/{dd}/node_1.htm"
 * paper.name = "我的晚报"
 * </pre>
 *
 * Immutable and thread-safe once made.
 */
public final class SiteProfiles {
  /** The profiles in the jar, in the order they are tried: the most particular first. */
  static final List<String> BUILT_IN = List.of("peoples-daily", "founder-pc", "founder-pc-con",
      "founder-layout", "founder-flat", "founder-paperindex", "founder-classic");
  static final String DEFAULT_BASE = "founder-classic";
  private static final String RESOURCES = "/org/termpaper/profiles/";
  private static final TomlMapper TOML = new TomlMapper();

  private final Map<String, SiteProfile> profiles;

  private SiteProfiles(Map<String, SiteProfile> profiles) {
    this.profiles = profiles;
  }

  /** The profiles in the jar only. */
  public static SiteProfiles builtIn() {
    return load(Config.empty());
  }

  /** The profiles in the jar with the config file's {@code [profiles.*]} tables applied. */
  public static SiteProfiles load(Config config) {
    Map<String, JsonNode> trees = new LinkedHashMap<>();
    JsonNode user = config.section("profiles");
    for (String name : user.propertyNames()) {
      if (!user.path(name).isObject()) {
        throw new ConfigException(where(config) + ": [profiles." + name + "] must be a table");
      }
      trees.put(name, null);
    }
    for (String name : BUILT_IN) {
      trees.put(name, null);
    }
    Map<String, SiteProfile> built = new LinkedHashMap<>();
    for (String name : trees.keySet()) {
      JsonNode tree = resolve(name, user, new ArrayList<>(), config);
      built.put(name, ProfileReader.read(name, tree, where(config)));
    }
    return new SiteProfiles(built);
  }

  /** The profile of this name, or a failure listing the known names. */
  public SiteProfile get(String name) {
    SiteProfile profile = profiles.get(name);
    if (profile == null) {
      throw new TermpaperException("no site profile named '" + name + "'; known: "
          + String.join(", ", profiles.keySet()));
    }
    return profile;
  }

  /** All profiles in the order they are tried: the config's first, then the jar's. */
  public List<SiteProfile> all() {
    return List.copyOf(profiles.values());
  }

  /** The first profile whose page or article pattern matches {@code url}, or empty. */
  public Optional<SiteProfile> matching(URI url) {
    return profiles.values().stream().filter(p -> p.urls().match(url).isPresent()).findFirst();
  }

  /** The first profile that names {@code url}'s host, or empty. */
  public Optional<SiteProfile> forHost(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    return profiles.values().stream()
        .filter(p -> p.hosts().stream().anyMatch(h -> h.equalsIgnoreCase(host)))
        .findFirst();
  }

  private static JsonNode resolve(String name, JsonNode user, List<String> seen, Config config) {
    if (seen.contains(name)) {
      throw new ConfigException(where(config) + ": profiles " + String.join(" → ", seen)
          + " → " + name + " form a loop of base profiles");
    }
    seen.add(name);
    JsonNode own = user.path(name);
    JsonNode jar = BUILT_IN.contains(name) ? resource(name) : null;
    if (!own.isObject() && jar == null) {
      throw new ConfigException(where(config) + ": no site profile named '" + name + "'");
    }
    String base = baseOf(own);
    if (base == null && jar != null) {
      base = baseOf(jar);
    } else if (base == null && !name.equals(DEFAULT_BASE)) {
      base = DEFAULT_BASE;
    }
    ObjectNode merged = base == null ? TOML.createObjectNode()
        : (ObjectNode) resolve(base, user, seen, config).deepCopy();
    if (jar != null) {
      merge(merged, jar);
    }
    if (own.isObject()) {
      merge(merged, own);
    }
    merged.remove("base");
    return merged;
  }

  private static String baseOf(JsonNode tree) {
    JsonNode base = tree.path("base");
    return base.isString() && !base.asString().isBlank() ? base.asString() : null;
  }

  /** Copies {@code from} into {@code into}, table by table; other values replace. */
  private static void merge(ObjectNode into, JsonNode from) {
    for (String key : from.propertyNames()) {
      JsonNode value = from.path(key);
      JsonNode existing = into.path(key);
      if (value.isObject() && existing.isObject()) {
        merge((ObjectNode) existing, value);
      } else {
        into.set(key, value.deepCopy());
      }
    }
  }

  private static JsonNode resource(String name) {
    try (InputStream in = SiteProfiles.class.getResourceAsStream(RESOURCES + name + ".toml")) {
      if (in == null) {
        throw new IllegalStateException("profile " + name + " is missing from the jar");
      }
      return TOML.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read profile " + name + " from the jar", e);
    }
  }

  private static String where(Config config) {
    return config.file() == null ? "config" : config.file().toString();
  }
}
