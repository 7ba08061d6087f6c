package org.termpaper.serve.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.testing.Commands;
import org.termpaper.testing.Prerequisite;

/**
 * The station end to end: the built jar serves the sample over SSH, and the system's own
 * {@code ssh} logs in with a key from tmux panes, as a reader would, at 80x24 and resized.
 */
class SshStationIT {
  private static final Path JAR = Path.of("dist/termpaper.jar").toAbsolutePath();
  private static final String SOCKET = "termpaper-ssh-it-" + ProcessHandle.current().pid();
  private static final Pattern LISTENING = Pattern.compile("ssh listening on [^:]+:(\\d+)");

  @TempDir
  Path data;
  private Process station;
  private int port;
  private Thread logReader;
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void startStation() throws Exception {
    Prerequisite.require(run("tmux", "-V") == 0, "tmux is not installed: the SSH end-to-end test"
        + " is skipped (.ci/run installs it)");
    Prerequisite.require(run("ssh", "-V") == 0 && run("ssh-keygen", "-?") != 127,
        "ssh is not installed: the SSH end-to-end test is skipped (.ci/run installs it)");
    Prerequisite.require(Files.isRegularFile(JAR), "dist/termpaper.jar is missing: run mvn "
        + "package");
    assertThat(run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f",
        data.resolve("id").toString())).isZero();
    Files.copy(data.resolve("id.pub"), data.resolve("authorized_keys"));
    station = new ProcessBuilder("java", "-jar", JAR.toString(), "--data-dir", data.toString(),
        "serve", "--ssh", "0", "--source", "bundled:sample", "--offline")
        .redirectErrorStream(true).start();
    CompletableFuture<Integer> listening = new CompletableFuture<>();
    logReader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(
          station.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          synchronized (log) {
            log.add(line);
          }
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            listening.complete(Integer.parseInt(m.group(1)));
          }
        }
      } catch (IOException e) {
        // the station is gone
      }
      listening.complete(-1);
    });
    logReader.setDaemon(true);
    logReader.start();
    port = listening.get(60, TimeUnit.SECONDS);
    assertThat(port).as("the station's log: %s", log).isPositive();
  }

  @AfterEach
  void stop() throws Exception {
    run(tmux("kill-server"));
    if (station != null) {
      station.destroy(); // SIGTERM: the station stops cleanly
      assertThat(station.waitFor(10, TimeUnit.SECONDS)).isTrue();
      logReader.join(10_000); // the last lines of the log
      synchronized (log) {
        // 143 is 128 + SIGTERM, as for any process a signal ends
        assertThat(station.exitValue()).as("the station's log: %s", log).isIn(0, 143);
      }
    }
  }

  private void ssh(String pane, int columns, int rows, String lang) {
    String command = "env LANG=" + lang + " TERM=xterm-256color ssh -o SendEnv=LANG"
        + " -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=" + data
        + "/known_hosts -i " + data + "/id -p " + port + " reader@127.0.0.1"
        + "; echo EXIT=$?; sleep 60";
    if (run(tmux("has-session", "-t", "it")) != 0) {
      assertThat(run(tmux("-u", "new-session", "-d", "-s", "it", "-n", pane, "-x", "" + columns,
          "-y", "" + rows, "sh", "-c", command))).isZero();
    } else {
      assertThat(run(tmux("new-window", "-d", "-t", "it", "-n", pane, "sh", "-c", command)))
          .isZero();
      run(tmux("resize-window", "-t", "it:" + pane, "-x", "" + columns, "-y", "" + rows));
    }
  }

  @Test
  void aReaderLogsInWithAKeyReadsResizesAndQuitsWhileAnotherReadsAnotherIssue()
      throws Exception {
    ssh("one", 80, 24, "en_US.UTF-8");
    assertThat(see("one", "第01版 要闻")).contains("澄湾晨报 2026-11-04").contains("q quit");
    keys("one", "n");
    see("one", "澄湾晨报 2026-11-04 › 第01版 要闻 › ");
    keys("one", "]");
    see("one", "the article list of page 02", s -> s.lines().anyMatch(
        l -> l.startsWith(" 澄湾晨报  2026-11-04  第02版")));
    keys("one", "c");
    see("one", "November 2026");
    keys("one", "Escape");
    ssh("two", 80, 24, "zh_CN.UTF-8");
    see("two", "q 退出");
    keys("two", "<");
    see("two", "澄湾晨报 2026-11-03");
    run(tmux("resize-window", "-t", "it:one", "-x", "160", "-y", "40"));
    assertThat(see("one", "the three panes side by side", s -> s.contains("Pages")
        && s.contains("Articles"))).contains("2026-11-04");
    keys("one", "q", "q", "q");
    see("one", "EXIT=0");
    assertThat(screen("two")).contains("澄湾晨报 2026-11-03");
    keys("two", "q", "q", "q");
    see("two", "EXIT=0");
    synchronized (log) {
      assertThat(log).anyMatch(l -> l.contains("logged in as reader"));
    }
  }

  private static void keys(String pane, String... keys) {
    List<String> command = new ArrayList<>(List.of(tmux("send-keys", "-t", "it:" + pane)));
    command.addAll(List.of(keys));
    run(command.toArray(String[]::new));
  }

  private static String[] tmux(String... arguments) {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", SOCKET));
    command.addAll(List.of(arguments));
    return command.toArray(String[]::new);
  }

  private static String screen(String pane) {
    return output(tmux("capture-pane", "-p", "-t", "it:" + pane));
  }

  /** Polls the pane until it shows what is expected, for at most 20 seconds. */
  private static String see(String pane, String what, Predicate<String> expected)
      throws InterruptedException {
    String last = "";
    for (int i = 0; i < 400; i++) {
      last = screen(pane);
      if (expected.test(last)) {
        return last;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("expected " + what + " in " + pane + ", it shows:\n" + last);
  }

  private static String see(String pane, String text) throws InterruptedException {
    return see(pane, "'" + text + "'", s -> s.contains(text));
  }

  private static String output(String... command) {
    return Commands.output(command);
  }

  private static int run(String... command) {
    return Commands.run(command);
  }
}
