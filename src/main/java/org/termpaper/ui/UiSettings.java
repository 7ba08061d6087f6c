package org.termpaper.ui;

import java.util.Map;
import org.termpaper.config.Config;
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
   * @throws IllegalArgumentException naming a bad key binding
   */
  static UiSettings of(Config config, Map<String, String> env, boolean offline) {
    KeyMap keys = KeyMap.of(config.table("keys"));
    Texts texts = Texts.of(Texts.language(config.language(), env));
    return new UiSettings(keys, texts, Palette.of(env),
        ColumnWidth.forAmbiguousWidth(config.ambiguousWidth()), !offline);
  }
}
