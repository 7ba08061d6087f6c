package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code termpaper serve}'s refusals: each one line and an exit code, before serving. */
class ServeCommandTest {
  @TempDir
  Path data;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "serve|serve needs --http PORT, --ssh PORT or both",
      "serve --http 70000|--http 70000 is not a port",
      "serve --http 8080 --fetch-every 1x|--fetch-every takes a time such as 1h",
      "serve --http 8080 --fetch-every 1m|--fetch-every 1m is not from 5m to 7d",
      "serve --http 8080 --open|--open needs --ssh PORT",
      "serve --ssh 2222 --open --authorized-keys k|either --authorized-keys or --open",
      "serve --http 8080 --bind no.such.host.invalid|--bind no.such.host.invalid is not an"})
  void badUsageIsOneLineAndExit2(String line, String message) {
    CliRun run = CliRun.of(data, line.split(" "));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.failedWithOneLine()).as(run.err()).isTrue();
    assertThat(run.err()).contains(message);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aPortTakenIsOneLineAndExit1() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of(data, "serve", "--http", "" + taken.getLocalPort(), "--offline");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.failedWithOneLine()).as(run.err()).isTrue();
      assertThat(run.err()).contains("cannot serve HTTP on 127.0.0.1:" + taken.getLocalPort());
    }
  }

  @Test
  void aSourceThatCannotBeOpenedIsOneLineAndExit1() {
    CliRun run = CliRun.of(data, "serve", "--http", "0", "--source", data.resolve("nope")
        .toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.failedWithOneLine()).as(run.err()).isTrue();
    assertThat(run.err()).contains("cannot serve " + data.resolve("nope"));
  }
}
