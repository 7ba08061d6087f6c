package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.config.Config;
import org.termpaper.config.ConfigException;
import org.termpaper.ui.nav.Action;
import org.termpaper.ui.nav.Prefetch;
import org.termpaper.ui.term.Palette;

class UiSettingsTest {
  @TempDir
  Path dir;

  private Config config(String toml) throws IOException {
    Path file = dir.resolve("config.toml");
    Files.writeString(file, toml);
    return Config.load(file);
  }

  @Test
  void keysLanguageAndWidthsComeFromTheConfigFile() throws IOException {
    UiSettings settings = UiSettings.of(config("""
        language = "zh"
        ambiguous-width = 2

        [keys]
        next-article = "Right l"
        """), Map.of("LANG", "en_US.UTF-8", "TERM", "xterm", "NO_COLOR", "1"), true, false);
    assertThat(settings.keys().action("Right")).contains(Action.NEXT_ARTICLE);
    assertThat(settings.keys().action("n")).isEmpty();
    assertThat(settings.texts().language()).isEqualTo("zh");
    assertThat(settings.width().of("“”")).isEqualTo(4);
    assertThat(settings.palette()).isEqualTo(Palette.NO_COLOR);
    assertThat(settings.link()).isEqualTo(Link.OFFLINE);
  }

  @Test
  void imagesChoosesHowPicturesAreDrawnAndABadValueIsAConfigError() throws IOException {
    Map<String, String> kitty = Map.of("TERM", "xterm-kitty");
    assertThat(UiSettings.of(config(""), kitty, false, false).pictures().protocol())
        .isEqualTo(org.termpaper.picture.Protocol.KITTY);
    assertThat(UiSettings.of(config("images = \"sixel\"\n"), kitty, false, false).pictures()
        .protocol()).isEqualTo(org.termpaper.picture.Protocol.SIXEL);
    Config bad = config("images = \"jpeg\"\n");
    assertThatThrownBy(() -> UiSettings.of(bad, kitty, false, false))
        .isInstanceOf(ConfigException.class)
        .hasMessage(dir.resolve("config.toml") + ": images must be \"auto\", \"kitty\", "
            + "\"iterm\", \"sixel\", \"blocks\" or \"off\", not \"jpeg\"");
  }

  @Test
  void prefetchImagesIsOffUnlessTheConfigSaysTrueAndAnythingButABooleanIsAConfigError()
      throws IOException {
    Map<String, String> env = Map.of("TERM", "xterm-256color");
    assertThat(UiSettings.of(config(""), env, false, true).prefetchImages()).isFalse();
    assertThat(UiSettings.of(config("prefetch-images = true\n"), env, false, true)
        .prefetchImages()).isTrue();
    Config bad = config("prefetch-images = \"yes\"\n");
    assertThatThrownBy(() -> UiSettings.of(bad, env, false, true))
        .isInstanceOf(ConfigException.class)
        .hasMessage(dir.resolve("config.toml") + ": prefetch-images must be true or false");
  }

  @Test
  void aBadBindingIsAConfigErrorNamingTheFileAndTheBinding() throws IOException {
    Config config = config("[keys]\nnext-page = \"F13x\"\n");
    assertThatThrownBy(() -> UiSettings.of(config, Map.of(), false, false))
        .isInstanceOf(ConfigException.class)
        .hasMessage(dir.resolve("config.toml") + ": [keys] next-page: unknown key 'F13x'");
  }

  @Test
  void theReaderExitsOneOnABadBindingLikeOnEveryOtherConfigError() throws IOException {
    Config config = config("[keys]\nfly = \"f\"\n");
    StringWriter err = new StringWriter();
    int code = TextUi.run(() -> {
      throw new AssertionError("no source is opened");
    }, false, Downloads.NONE, ArchiveAccess.NONE, null, config, false, Map.of("TERM", "xterm"),
        true, new PrintWriter(err, true));
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("termpaper: " + dir.resolve("config.toml")
        + ": [keys]: no action named 'fly'" + System.lineSeparator());
  }

  @Test
  void prefetchIsBothOffTheNetworkAndThePreviousIssueOnIt() throws IOException {
    Config none = config("");
    assertThat(UiSettings.of(none, Map.of(), false, false).prefetch()).isEqualTo(Prefetch.BOTH);
    assertThat(UiSettings.of(none, Map.of(), false, true).prefetch())
        .isEqualTo(Prefetch.PREVIOUS);
    assertThat(UiSettings.of(none, Map.of(), true, true).prefetch())
        .as("offline, a web source reads the archive").isEqualTo(Prefetch.BOTH);
  }

  @Test
  void prefetchFromTheConfigFileWinsOverTheDefault() throws IOException {
    Config config = config("prefetch = \"none\"\n");
    assertThat(UiSettings.of(config, Map.of(), false, false).prefetch()).isEqualTo(Prefetch.NONE);
    assertThat(UiSettings.of(config("prefetch = \"both\"\n"), Map.of(), false, true).prefetch())
        .isEqualTo(Prefetch.BOTH);
  }

  @Test
  void aBadPrefetchIsAConfigErrorNamingTheFile() throws IOException {
    Config config = config("prefetch = \"all\"\n");
    assertThatThrownBy(() -> UiSettings.of(config, Map.of(), false, true))
        .isInstanceOf(ConfigException.class).hasMessage(dir.resolve("config.toml")
            + ": prefetch must be \"both\", \"previous\" or \"none\", not \"all\"");
    Config number = config("prefetch = 2\n");
    assertThatThrownBy(() -> UiSettings.of(number, Map.of(), false, true))
        .isInstanceOf(ConfigException.class).hasMessageContaining("prefetch must be");
  }

  @Test
  void theStatusLineNamesHowTheSourceIsReached() {
    assertThat(Link.of(true, false)).isEqualTo(Link.ONLINE);
    assertThat(Link.of(true, true)).isEqualTo(Link.OFFLINE);
    assertThat(Link.of(false, false)).isEqualTo(Link.LOCAL);
    assertThat(UiSettings.of(Config.empty(), Map.of(), false, false).link()).isEqualTo(Link.LOCAL);
  }

  @Test
  void theReadAloudEngineComesFromTheConfigAndABadOneIsAConfigError() throws IOException {
    UiSettings settings = UiSettings.of(config("read-aloud = \"/bin/cat -u\"\n"), Map.of(),
        false, false);
    assertThat(settings.speech().engine().command()).containsExactly("/bin/cat", "-u");
    assertThatThrownBy(() -> UiSettings.of(config("read-aloud = 3\n"), Map.of(), false, false))
        .isInstanceOf(ConfigException.class).hasMessage(dir.resolve("config.toml")
            + ": read-aloud must be a command line such as \"espeak-ng -v cmn\"");
    assertThatThrownBy(() -> UiSettings.of(config("read-aloud = \"say 'x\"\n"), Map.of(),
        false, false)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("config.toml: read-aloud has an unclosed '");
  }
}
