package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code termpaper serve --ssh}'s refusals before it serves: each one line and an exit code. */
class ServeSshTest {
  @TempDir
  Path data;

  @Test
  void withoutAuthorizedKeysTheStationSaysWhereToPutThemOrToOpen() {
    CliRun run = CliRun.of(data, "serve", "--ssh", "0", "--offline");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.failedWithOneLine()).as(run.err()).isTrue();
    assertThat(run.err()).contains("no authorized keys file at "
        + data.toAbsolutePath().resolve("authorized_keys")).contains("--open");
  }

  @Test
  void aBadSshSectionInTheConfigIsOneLineNamingTheSetting() throws Exception {
    java.nio.file.Files.writeString(data.resolve("config.toml"),
        "[ssh]\nmax-sessions = \"many\"\n");
    CliRun run = CliRun.of(data, "serve", "--ssh", "0", "--open", "--offline");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.failedWithOneLine()).as(run.err()).isTrue();
    assertThat(run.err()).contains("ssh.max-sessions must be a whole number");
  }
}
