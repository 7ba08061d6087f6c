package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dump --page-name}: a page chosen by its name, as the UI's keys { and } choose it. */
class DumpPageNameTest {
  @TempDir
  Path dir;

  @Test
  void thePageOfThatNameIsPrintedWhateverItsNumber() {
    CliRun run = CliRun.of(dir, "dump", "--date", "2026-11-03", "--page-name", "经济");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("== 第04版 经济 ==").contains("10月份全市新能源汽车销量同比增长31.5%")
        .doesNotContain("第03版");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void spacesInThePrintedNameOrTheOneAskedForAreIgnored() {
    CliRun run = CliRun.of(dir, "dump", "--date", "2026-10-28", "--page-name", "综合");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("== 第02版 ").contains("今天下午冷空气抵达");
    assertThat(CliRun.of(dir, "dump", "--date", "2026-11-04", "--page-name", "交 通").out())
        .startsWith("== 第02版 ").contains("11月8日起13条公交线路优化调整");
  }

  @Test
  void anIssueWithoutThatPageFailsWithOneLineListingItsPages() {
    CliRun run = CliRun.of(dir, "dump", "--date", "2026-10-28", "--page-name", "经济");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.failedWithOneLine()).isTrue();
    assertThat(run.err()).contains("no page named 经济 in the issue of 2026-10-28; pages: 01 要闻,")
        .contains(", 03 文体, 04 副刊");
  }

  @Test
  void withPageTheNumberStandsInForAMissingNameAndAWarningSaysSo() {
    CliRun run = CliRun.of(dir, "dump", "--date", "2026-10-28", "--page-name", "经济",
        "--page", "03");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("第03版 文体");
    assertThat(run.err()).isEqualTo("termpaper: warning: no page named 经济 in the issue of "
        + "2026-10-28; printing 第03版 文体" + System.lineSeparator());
  }

  @Test
  void asJsonTheEditionHoldsThatPageOnly() {
    CliRun run = CliRun.of(dir, "dump", "--date", "2026-11-04", "--page-name", "经济",
        "--format", "json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"name\": \"经济\"").doesNotContain("\"要闻\"");
  }
}
