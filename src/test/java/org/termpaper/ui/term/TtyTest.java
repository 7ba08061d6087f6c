package org.termpaper.ui.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The helpers behind the terminal: commands that end, fail or never end; what is not a tty. */
class TtyTest {
  @Test
  void aCommandsOutputIsReturnedOnceItEnds() throws IOException {
    assertThat(Tty.run(new ProcessBuilder("echo", "40 120"), Duration.ofSeconds(10)))
        .isEqualTo("40 120\n");
  }

  @Test
  void aCommandThatNeverEndsFailsAtTheWaitInsteadOfHanging() {
    ProcessBuilder stuck = new ProcessBuilder("sleep", "600");
    assertThatThrownBy(() -> Tty.run(stuck, Duration.ofMillis(300)))
        .isInstanceOf(IOException.class)
        .hasMessage("sleep 600 did not end within 300 ms");
  }

  @Test
  void aCommandThatFailsIsAnErrorNamingIt() {
    assertThatThrownBy(() -> Tty.run(new ProcessBuilder("sh", "-c", "exit 3"),
        Duration.ofSeconds(10)))
        .isInstanceOf(IOException.class)
        .hasMessage("sh -c exit 3 failed with exit code 3");
  }

  @Test
  void aDumbTerminalOrNoneIsToldToUseDump() {
    assertThat(Tty.problem(Map.of("TERM", "xterm"), false)).get().asString()
        .contains("termpaper dump");
  }
}
