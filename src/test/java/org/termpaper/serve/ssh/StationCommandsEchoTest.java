package org.termpaper.serve.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.archive.Archive;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import org.termpaper.testing.Editions;
import org.termpaper.text.ColumnWidth;

/** What a client sent comes back to its terminal cleaned, C1 controls included. */
class StationCommandsEchoTest {
  @TempDir
  Path dir;

  private static final EditionSource SOURCE = new EditionSource() {
    @Override
    public String location() {
      return "test:echo";
    }

    @Override
    public IssueCalendar calendar() {
      return new IssueCalendar(Editions.PAPER, List.of(LocalDate.of(2026, 11, 3)));
    }

    @Override
    public Edition edition(LocalDate date, Progress progress) {
      return Editions.generate(date, 1, 1);
    }
  };

  @Test
  void aSearchThatFindsNothingQuotesTheQueryWithoutItsControls() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    try (Archive archive = Archive.open(dir.resolve(Archive.FILE_NAME))) {
      int status = new StationCommands(archive, new ColumnWidth(false)).run(SOURCE,
          List.of("search", "x\u009b2J\u001b[31my\u0085"), 80, false, new PrintWriter(out, true),
          new PrintWriter(err, true));
      assertThat(status).isZero();
    }
    assertThat(out.toString()).contains("no archived article matches")
        .doesNotContain("\u009b", "\u001b", "\u0085");
  }
}
