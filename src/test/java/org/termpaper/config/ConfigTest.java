package org.termpaper.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem of the config file is one line naming the file and what is wrong where. */
class ConfigTest {
  @TempDir
  Path dir;

  private Config load(byte[] bytes) throws IOException {
    Path file = dir.resolve("config.toml");
    Files.write(file, bytes);
    return Config.load(file);
  }

  private Config load(String text) throws IOException {
    return load(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aMissingFileIsTheEmptyConfig() {
    Config config = Config.load(dir.resolve("none.toml"));
    assertThat(config.ambiguousWidth()).isEqualTo(1);
    assertThat(config.defaultSource()).isEmpty();
  }

  @Test
  void anAmbiguousWidthBeyondAnIntMustBeOneOrTwo() throws IOException {
    Config config = load("ambiguous-width = 4294967297\n");
    assertThatThrownBy(config::ambiguousWidth).isInstanceOf(ConfigException.class)
        .hasMessage(dir.resolve("config.toml") + ": ambiguous-width must be 1 or 2, not "
            + "4294967297");
    assertThatThrownBy(load("ambiguous-width = 3\n")::ambiguousWidth)
        .hasMessageEndingWith("ambiguous-width must be 1 or 2, not 3");
    assertThatThrownBy(load("ambiguous-width = \"2\"\n")::ambiguousWidth)
        .hasMessageEndingWith("ambiguous-width must be 1 or 2");
  }

  @Test
  void aTomlErrorNamesItsLineAndColumn() {
    assertThatThrownBy(() -> load("offline = false\nsource = = \"x\"\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(dir.resolve("config.toml") + " is not valid TOML at line 2, column ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void bytesThatAreNotUtf8AreSaidToBeSo() {
    byte[] latin1 = "source = \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> load(latin1)).isInstanceOf(ConfigException.class)
        .hasMessage(dir.resolve("config.toml") + " is not valid UTF-8");
  }
}
