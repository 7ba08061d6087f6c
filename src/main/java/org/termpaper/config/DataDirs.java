package org.termpaper.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where termpaper keeps its files. Immutable.
 *
 * <p>With {@code --data-dir DIR} everything lives under DIR; otherwise the XDG base directories
 * ({@code $XDG_DATA_HOME/termpaper}, {@code $XDG_CACHE_HOME/termpaper},
 * {@code $XDG_CONFIG_HOME/termpaper}, defaulting to {@code ~/.local/share}, {@code ~/.cache} and
 * {@code ~/.config}).
 *
 * @param data the archive and logs
 * @param cache the HTTP cache
 * @param config the folder of {@code config.toml}
 */
public record DataDirs(Path data, Path cache, Path config) {

  public static DataDirs under(Path dir) {
    Path root = dir.toAbsolutePath();
    return new DataDirs(root, root.resolve("cache"), root);
  }

  public static DataDirs fromEnvironment(Map<String, String> env) {
    Path home = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
    return new DataDirs(
        xdg(env, "XDG_DATA_HOME", home.resolve(".local/share")),
        xdg(env, "XDG_CACHE_HOME", home.resolve(".cache")),
        xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")));
  }

  public Path configFile() {
    return config.resolve("config.toml");
  }

  /**
   * The most bytes {@link #logFile} grows to: past it, a writer starts the file afresh (the
   * JDK's logging and the station's log both keep to it).
   */
  public static final int LOG_FILE_LIMIT = 5_000_000;

  public Path logFile() {
    return data.resolve("termpaper.log");
  }

  private static Path xdg(Map<String, String> env, String name, Path fallback) {
    String value = env.get(name);
    // The XDG spec says a relative path is invalid and must be ignored.
    Path base = value == null || value.isBlank() || !Path.of(value).isAbsolute()
        ? fallback : Path.of(value);
    return base.resolve("termpaper");
  }
}
