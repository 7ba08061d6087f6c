package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.testing.Commands;
import org.termpaper.testing.Prerequisite;

/**
 * Drives the built jar in tmux as a reader would, on the bundled sample, and asserts on what
 * {@code tmux capture-pane} shows after each key and resize, and that the terminal is given
 * back on every way out.
 */
class ReaderUiIT {
  private static final Path JAR = Path.of("dist/termpaper.jar").toAbsolutePath();
  private static final String SESSION = "termpaper-it-" + ProcessHandle.current().pid();
  /**
   * A tmux server of each test's own, apart from the user's and from any other run's: a server
   * whose last session was just killed may still be exiting when the next test connects to it.
   */
  private static final AtomicInteger SERVERS = new AtomicInteger();
  private static volatile String socket = SESSION;

  @TempDir
  Path data;

  @BeforeAll
  static void needsTmuxAndTheJar() {
    Prerequisite.require(run("tmux", "-V") == 0, "tmux is not installed: the end-to-end UI test"
        + " is skipped (.ci/run installs it with apt-get)");
    Prerequisite.require(Files.isRegularFile(JAR),
        "dist/termpaper.jar is missing: run mvn package first");
  }

  @AfterEach
  void stopServer() {
    run(tmux("kill-server"));
  }

  private void start(int columns, int rows) {
    String command = "env LANG=en_US.UTF-8 LC_ALL= TERM=xterm-256color java -jar " + JAR
        + " --data-dir " + data + "; echo EXIT=$?; stty -a | tr ' ' '\\n'"
        + " | grep -x -e icanon -e echo | tr '\\n' ' '; echo; echo DONE; sleep 60";
    socket = SESSION + "-" + SERVERS.incrementAndGet();
    assertThat(run(tmux("-u", "new-session", "-d", "-s", SESSION, "-x", "" + columns,
        "-y", "" + rows, "sh", "-c", command))).isZero();
  }

  private static void keys(String... keys) {
    List<String> command = new ArrayList<>(List.of(tmux("send-keys", "-t", SESSION)));
    command.addAll(List.of(keys));
    run(command.toArray(String[]::new));
  }

  /** A tmux command line on this test's own server. */
  private static String[] tmux(String... arguments) {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(arguments));
    return command.toArray(String[]::new);
  }

  private static String screen() {
    return output(tmux("capture-pane", "-p", "-t", SESSION));
  }

  private static String output(String... command) {
    return Commands.output(command).strip();
  }

  /** Polls the pane until it shows what is expected, for at most 15 seconds. */
  private static String see(String what, Predicate<String> expected) throws InterruptedException {
    String last = "";
    for (int i = 0; i < 300; i++) {
      last = screen();
      if (expected.test(last)) {
        return last;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("expected " + what + ", the screen shows:\n" + last);
  }

  private static String see(String text) throws InterruptedException {
    return see("'" + text + "'", s -> s.contains(text));
  }

  @Test
  void aReaderPagesThroughTheSampleAndQuits() throws Exception {
    start(100, 30);
    String first = see("第01版 要闻");
    assertThat(first).contains("澄湾晨报 2026-11-04").contains("Pages").contains("local");
    keys("n");
    assertThat(see("article 1 of")).contains("澄湾晨报 2026-11-04 › 第01版 要闻 › ");
    keys("]");
    see("the article list of page 02", s -> s.lines().anyMatch(
        l -> l.startsWith(" 澄湾晨报  2026-11-04  第02版") && !l.contains("article ")));
    keys(">");
    see("This is the newest issue.");
    keys("<");
    see("澄湾晨报 2026-11-03");
    keys("c");
    assertThat(see("November 2026")).contains("Issues: 3 4").contains("[ 3]");
    keys("<", "j", "j", "j", "l", "l", "l");
    see("[27]");
    keys("Enter");
    see("澄湾晨报 2026-10-27");
    keys("g", "1028", "Enter");
    see("澄湾晨报 2026-10-28");
    keys("?");
    assertThat(see("Keys (j k Space scroll")).contains("next article");
    keys("q");
    see("the help closed", s -> !s.contains("Keys (j k Space scroll"));
    resize(80, 24);
    String narrow = see("the narrow layout", s -> !s.contains("│") && s.contains("第01版 要闻"));
    assertThat(narrow.lines().count()).isEqualTo(24);
    resize(30, 10);
    see("Window too small");
    resize(120, 40);
    see("the wide layout again", s -> s.contains("│ Articles"));
    keys("q");
    assertThat(see("DONE")).contains("EXIT=0").contains("icanon echo");
  }

  @Test
  void aReaderOnPage03FollowsItsPageIntoThePreviousIssuesAndBack() throws Exception {
    start(80, 24);
    see("第03版 经济");
    keys("j", "j", "{");
    see("澄湾晨报  2026-11-03  第04版 经济");
    keys("{");
    assertThat(see("No 经济 in 2026-10-28")).contains("澄湾晨报  2026-10-28  第04版 副刊");
    keys("{");
    see("澄湾晨报  2026-10-27  第03版 经济");
    keys("}");
    see("No 经济 in 2026-10-28");
    keys("}");
    see("澄湾晨报  2026-11-03  第04版 经济");
    keys("Enter", "Enter", "}");
    see("the article list of 2026-11-04's page 03", s -> s.contains("2026-11-04 › 第03版 经济")
        && !s.contains("article "));
    keys("q", "q");
    assertThat(see("DONE")).contains("EXIT=0");
  }

  @Test
  void theAllIssuesSearchSaysHowToArchiveThenOpensAnArchivedIssueAtTheMatch() throws Exception {
    start(80, 24);
    see("第01版 要闻");
    keys("/", "Tab", "钟表摊", "Enter");
    see("Nothing of 澄湾晨报 is archived: press d or run termpaper fetch.");
    assertThat(run("java", "-jar", JAR.toString(), "--data-dir", data.toString(), "fetch",
        "--source", "bundled:sample", "--date", "2026-10-27")).isZero();
    keys("/", "Tab", "钟表摊", "Enter");
    assertThat(see("All archived issues, \"钟表摊\": 2 result(s)"))
        .contains("> 2026-10-27  第04版 深读  一条老街的七十二小时");
    keys("Enter");
    String article = see("澄湾晨报 2026-10-27 › 第04版 深读 › 一条老街的七十二小时");
    assertThat(article).contains("不肯搬走的钟表摊")
        .contains("Result 1 of 2 in all issues for \"钟表摊\"");
    keys("q");
    see("All archived issues, \"钟表摊\"");
    keys("C-c");
    assertThat(see("DONE")).contains("EXIT=130").contains("icanon echo");
  }

  @Test
  void ctrlCQuitsWith130AndGivesTheTerminalBack() throws Exception {
    start(100, 30);
    see("第01版 要闻");
    keys("n", "C-c");
    assertThat(see("DONE")).contains("EXIT=130").contains("icanon echo");
  }

  @Test
  void aSignalFromOutsideStillGivesTheTerminalBack() throws Exception {
    start(100, 30);
    see("第01版 要闻");
    long shell = Long.parseLong(output(tmux("list-panes", "-t", SESSION, "-F", "#{pane_pid}")));
    ProcessHandle java = ProcessHandle.of(shell).orElseThrow().children().findFirst()
        .orElseThrow();
    run("kill", "-TERM", "" + java.pid());
    String after = see("DONE");
    assertThat(after).contains("EXIT=143");
    assertThat(after).contains("icanon echo").doesNotContain("Pages");
  }

  private static void resize(int columns, int rows) {
    run(tmux("resize-window", "-t", SESSION, "-x", "" + columns, "-y", "" + rows));
  }

  private static int run(String... command) {
    return Commands.run(command);
  }
}
