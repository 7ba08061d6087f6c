package org.termpaper.ui;

import java.util.Map;
import java.util.Optional;
import org.termpaper.config.Config;
import org.termpaper.config.ConfigException;
import org.termpaper.speech.Engine;
import org.termpaper.speech.SpeechSetup;
import org.termpaper.picture.PictureMode;
import org.termpaper.picture.Protocol;
import org.termpaper.text.ColumnWidth;
import org.termpaper.ui.nav.KeyMap;
import org.termpaper.ui.nav.Prefetch;
import org.termpaper.ui.term.Palette;
import tools.jackson.databind.JsonNode;

/**
 * What the reading UI is configured with: keys, words, colours, column widths, whether the source
 * is read online, offline or locally, and which neighbouring issues are loaded ahead. Immutable.
 *
 * <p>Its settings in the config file, besides {@code language} and {@code ambiguous-width}:
 *
 * <pre>
 * prefetch = "previous"   # neighbouring issues loaded ahead: both, previous or none;
 *                         # default both, and previous for a source on the network
 * read-aloud = "espeak-ng -v cmn"   # the speech engine of the a key; default: the first
 *                         # of espeak-ng, spd-say and say on the PATH
 * images = "auto"         # how pictures are drawn: auto, kitty, iterm, sixel, blocks or off
 * prefetch-images = false # true: an opened article's first pictures are fetched at once,
 *                         # not only when i asks for them
 * [keys]
 * next-article = "n Right"
 * </pre>
 */
record UiSettings(KeyMap keys, Texts texts, Palette palette, ColumnWidth width, Link link,
    Prefetch prefetch, SpeechSetup speech, PictureMode pictures, boolean prefetchImages) {

  /** Settings that fetch pictures only when they are asked for. */
  UiSettings(KeyMap keys, Texts texts, Palette palette, ColumnWidth width, Link link,
      Prefetch prefetch, SpeechSetup speech, PictureMode pictures) {
    this(keys, texts, palette, width, link, prefetch, speech, pictures, false);
  }

  /** Settings with no speech engine that draw pictures in 24-bit half blocks. */
  UiSettings(KeyMap keys, Texts texts, Palette palette, ColumnWidth width, Link link,
      Prefetch prefetch) {
    this(keys, texts, palette, width, link, prefetch, SpeechSetup.NONE);
  }

  /** Settings that draw pictures in 24-bit half blocks. */
  UiSettings(KeyMap keys, Texts texts, Palette palette, ColumnWidth width, Link link,
      Prefetch prefetch, SpeechSetup speech) {
    this(keys, texts, palette, width, link, prefetch, speech,
        new PictureMode(Protocol.BLOCKS, true, null));
  }

  /**
   * The settings from the config file and the environment, for a source that reads over the
   * network ({@code networkSource}) or not: bundled, files, the archive.
   *
   * @throws ConfigException naming the file and the bad setting, such as a key binding
   */
  static UiSettings of(Config config, Map<String, String> env, boolean offline,
      boolean networkSource) {
    KeyMap keys;
    try {
      keys = KeyMap.of(config.table("keys"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where(config) + ": " + e.getMessage());
    }
    Texts texts = Texts.of(Texts.language(config.language(), env));
    return new UiSettings(keys, texts, Palette.of(env),
        ColumnWidth.forAmbiguousWidth(config.ambiguousWidth()), Link.of(networkSource, offline),
        prefetch(config, networkSource && !offline), speech(config, env),
        pictures(config, env), prefetchImages(config));
  }

  /** The config's {@code prefetch-images}: false unless it says true. */
  static boolean prefetchImages(Config config) {
    JsonNode value = config.section("prefetch-images");
    if (value.isMissingNode() || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw new ConfigException(where(config) + ": prefetch-images must be true or false");
    }
    return value.booleanValue();
  }

  /** The config's {@code read-aloud} engine, else the first one on the PATH. */
  static SpeechSetup speech(Config config, Map<String, String> env) {
    JsonNode value = config.section(Engine.CONFIG_KEY);
    try {
      if (value.isMissingNode() || value.isNull()) {
        return SpeechSetup.of(Optional.empty(), env);
      }
      if (!value.isString()) {
        throw new IllegalArgumentException(Engine.CONFIG_KEY + " must be a command line such as "
            + "\"espeak-ng -v cmn\"");
      }
      return SpeechSetup.of(Optional.of(value.stringValue()), env);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where(config) + ": " + e.getMessage());
    }
  }

  /** The config's {@code images} (default {@code auto}) for the terminal {@code env} names. */
  static PictureMode pictures(Config config, Map<String, String> env) {
    JsonNode value = config.section("images");
    try {
      if (value.isMissingNode() || value.isNull()) {
        return PictureMode.of(null, env);
      }
      if (!value.isString()) {
        throw new IllegalArgumentException("images must be \"auto\", \"kitty\", \"iterm\", "
            + "\"sixel\", \"blocks\" or \"off\"");
      }
      return PictureMode.of(value.stringValue(), env);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where(config) + ": " + e.getMessage());
    }
  }

  /**
   * The config's {@code prefetch}; by default both neighbours, but only the previous issue over
   * the network, where readers mostly go back in time from the newest and links may be slow or
   * metered.
   */
  static Prefetch prefetch(Config config, boolean overNetwork) {
    JsonNode value = config.section("prefetch");
    if (value.isMissingNode() || value.isNull()) {
      return overNetwork ? Prefetch.PREVIOUS : Prefetch.BOTH;
    }
    try {
      if (!value.isString()) {
        throw new IllegalArgumentException("prefetch must be \"both\", \"previous\" or \"none\"");
      }
      return Prefetch.named(value.stringValue());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(where(config) + ": " + e.getMessage());
    }
  }

  private static String where(Config config) {
    return config.file() == null ? "config" : config.file().toString();
  }
}
