package org.termpaper.ui;

import java.util.Map;
import org.termpaper.config.Config;
import org.termpaper.config.ConfigException;
import org.termpaper.text.ColumnWidth;
import org.termpaper.ui.nav.KeyMap;
import org.termpaper.ui.term.Palette;

/**
 * What the reading UI is configured with: keys, words, colours, column widths, and whether the
 * source may go online. Immutable.
 */
record UiSettings(KeyMap keys, Texts texts, Palette palette, ColumnWidth width, boolean online) {

  /**
   * The settings from the config file and the environment.
   *
   * @throws ConfigException naming the file and the bad setting, such as a key binding
   */
  static UiSettings of(Config config, Map<String, String> env, boolean offline) {
    KeyMap keys;
    try {
      keys = KeyMap.of(config.table("keys"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where(config) + ": " + e.getMessage());
    }
    Texts texts = Texts.of(Texts.language(config.language(), env));
    return new UiSettings(keys, texts, Palette.of(env),
        ColumnWidth.forAmbiguousWidth(config.ambiguousWidth()), !offline);
  }

  private static String where(Config config) {
    return config.file() == null ? "config" : config.file().toString();
  }
}
