package org.termpaper.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code images = auto} decided from the environment alone; what turns pictures off. */
class PictureModeTest {
  @Test
  void autoChoosesByTheTerminalsOwnVariables() {
    assertThat(auto(Map.of("TERM", "xterm-kitty"))).isEqualTo(Protocol.KITTY);
    assertThat(auto(Map.of("TERM", "xterm-256color", "KITTY_WINDOW_ID", "1")))
        .isEqualTo(Protocol.KITTY);
    assertThat(auto(Map.of("TERM", "xterm-ghostty"))).isEqualTo(Protocol.KITTY);
    assertThat(auto(Map.of("TERM", "xterm-256color", "TERM_PROGRAM", "iTerm.app")))
        .isEqualTo(Protocol.ITERM);
    assertThat(auto(Map.of("TERM", "xterm-256color", "TERM_PROGRAM", "WezTerm")))
        .isEqualTo(Protocol.ITERM);
    assertThat(auto(Map.of("TERM", "foot"))).isEqualTo(Protocol.SIXEL);
    assertThat(auto(Map.of("TERM", "xterm-256color"))).isEqualTo(Protocol.BLOCKS);
    assertThat(auto(Map.of())).isEqualTo(Protocol.BLOCKS);
  }

  @Test
  void insideTmuxEvenKittyGetsHalfBlocks() {
    assertThat(auto(Map.of("TERM", "tmux-256color", "KITTY_WINDOW_ID", "1")))
        .isEqualTo(Protocol.BLOCKS);
    assertThat(auto(Map.of("TERM", "xterm-kitty", "TMUX", "/tmp/tmux-0/default,1,0")))
        .isEqualTo(Protocol.BLOCKS);
  }

  @Test
  void halfBlocksAre24BitWhenColortermSaysSo() {
    assertThat(PictureMode.of(null, Map.of("TERM", "xterm-256color", "COLORTERM", "truecolor"))
        .trueColor()).isTrue();
    assertThat(PictureMode.of(null, Map.of("TERM", "xterm-256color")).trueColor()).isFalse();
  }

  @Test
  void theConfigChoosesOverTheEnvironment() {
    assertThat(PictureMode.of("sixel", Map.of("TERM", "xterm-kitty")).protocol())
        .isEqualTo(Protocol.SIXEL);
    assertThat(PictureMode.of("Blocks", Map.of("TERM", "xterm-kitty")).protocol())
        .isEqualTo(Protocol.BLOCKS);
    assertThat(PictureMode.of("off", Map.of()).why())
        .isEqualTo("images = \"off\" in the config");
    assertThatThrownBy(() -> PictureMode.of("png", Map.of()))
        .hasMessage("images must be \"auto\", \"kitty\", \"iterm\", \"sixel\", \"blocks\" or "
            + "\"off\", not \"png\"");
  }

  @Test
  void noColorAndMonochromeTerminalsGetTheCaptionOnlyAndWhy() {
    PictureMode noColor = PictureMode.of("kitty", Map.of("TERM", "xterm-kitty", "NO_COLOR", "1"));
    assertThat(noColor.protocol()).isEqualTo(Protocol.OFF);
    assertThat(noColor.why()).isEqualTo("NO_COLOR is set");
    assertThat(PictureMode.of(null, Map.of("TERM", "vt100")).why())
        .isEqualTo("the terminal is monochrome (TERM=vt100)");
    assertThat(PictureMode.of(null, Map.of("TERM", "xterm", "NO_COLOR", "")).protocol())
        .isEqualTo(Protocol.BLOCKS);
  }

  private static Protocol auto(Map<String, String> env) {
    return PictureMode.of(null, env).protocol();
  }
}
