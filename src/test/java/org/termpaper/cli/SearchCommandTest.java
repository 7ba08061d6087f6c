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
    // The five best of the sample's hits for 冬 are all in the newest issue, in page order.
    assertThat(search.out().lines().filter(line -> !line.startsWith(" ")))
        .containsExactly(
            "2026-11-04  第01版 要闻  立冬前后全市蔬菜价格总体平稳",
            "2026-11-04  第01版 要闻  银杏黄了",
            "2026-11-04  第02版 交通  交通简讯",
            "2026-11-04  第03版 经济  望山橘农有了“气象保险”",
            "2026-11-04  第04版 人物  凌晨一点，他们走进隧道");
  }
}
