package org.termpaper.serve.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which exec requests may run. */
class ExecLineTest {
  @Test
  void theReadOnlyCommandsWithTheirOwnOptionsRun() {
    assertThat(ExecLine.parse("dump --page 01")).contains(List.of("dump", "--page", "01"));
    assertThat(ExecLine.parse("dump --date=2026-11-04 --format json")).isPresent();
    assertThat(ExecLine.parse("calendar --month 2026-11")).isPresent();
    assertThat(ExecLine.parse("search 晨报 --limit 5")).contains(
        List.of("search", "晨报", "--limit", "5"));
    assertThat(ExecLine.parse("search '两个 词'")).contains(List.of("search", "两个 词"));
  }

  @Test
  void everythingElseIsRefused() {
    for (String command : new String[] {"", "sh", "ls -la", "fetch", "serve --ssh 1",
        "scp -t /", "dump --source http://evil/", "dump --data-dir /", "dump --debug",
        "dump --offline", "calendar --source x", "search", "search --limit 5",
        "dump extra", "dump\u001b[2J", "search \u009b2J", "search x\u0085y", "search " + "x".repeat(2000), "sources"}) {
      assertThat(ExecLine.parse(command)).as(command).isEmpty();
    }
  }
}
