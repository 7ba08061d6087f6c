package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.archive.SearchHit;
import org.termpaper.ui.ArchiveAccess;

/** What the reader's all-issues search and its archived issues read, on the bundled sample. */
class ReadArchiveTest {
  private static final LocalDate OCT_27 = LocalDate.of(2026, 10, 27);

  @TempDir
  Path data;

  private AppContext app() {
    return new AppContext(data, Map.of("HOME", data.toString()), false);
  }

  @Test
  void beforeAnythingIsArchivedTheSearchSaysSoAndNoIssueIsKept() {
    try (AppContext app = app()) {
      ArchiveAccess archive = ReadCommand.archive(app);
      assertThat(archive.search("sample", "老街", 10)).isEmpty();
      assertThat(archive.edition("sample", OCT_27)).isEmpty();
    }
  }

  @Test
  void anArchivedIssueIsSearchedWithinItsPaperAndReadBack() {
    assertThat(CliRun.of(data, "fetch", "--source", "bundled:sample", "--date", "2026-10-27")
        .exitCode()).isZero();
    try (AppContext app = app()) {
      ArchiveAccess archive = ReadCommand.archive(app);
      List<SearchHit> hits = archive.search("sample", "老街", 3).orElseThrow();
      assertThat(hits).hasSize(3).allMatch(h -> h.date().equals(OCT_27));
      SearchHit first = hits.get(0);
      assertThat(first.snippet().substring(first.matchStart(),
          first.matchStart() + first.matchLength())).isEqualTo("老街");
      assertThat(archive.search("sample", "没有这个词语", 3)).contains(List.of());
      assertThat(archive.search("other-paper", "老街", 3)).isEmpty();
      assertThat(archive.edition("sample", OCT_27).orElseThrow().article(first.position())
          .title()).isEqualTo(first.title());
      assertThat(archive.edition("sample", OCT_27.plusDays(1))).isEmpty();
    }
  }
}
