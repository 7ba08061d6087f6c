package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.text.ColumnWidth;

class SearchCommandTest {
  @TempDir Path data;

  @Test
  void hitsAreLaidOutToTheWidthWithNoLineStartingWithAClosingMark() {
    CliRun fetch = CliRun.of(data, "fetch", "--source", "bundled:sample", "--from",
        "2026-10-27", "--to", "2026-11-04");
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();

    CliRun search = CliRun.of(data, "search", "冬", "--limit", "5");

    assertThat(search.exitCode()).as(search.err()).isZero();
    ColumnWidth columns = new ColumnWidth(false);
    assertThat(search.out().lines()).hasSizeGreaterThan(10).allSatisfy(line -> {
      assertThat(columns.of(line)).isLessThanOrEqualTo(80);
      assertThat(line.strip()).doesNotStartWith("，").doesNotStartWith("。");
    });
    assertThat(search.out()).doesNotContain("\u001b");
  }
}
