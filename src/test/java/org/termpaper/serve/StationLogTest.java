package org.termpaper.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.config.DataDirs;

class StationLogTest {
  private final StringWriter text = new StringWriter();
  private final StationLog log = new StationLog(new PrintWriter(text),
      Clock.fixed(Instant.parse("2026-12-06T20:00:01Z"), ZoneOffset.UTC), null);

  @Test
  void oneTimedLinePerEvent() {
    log.event("http", "127.0.0.1 GET / 200");
    log.error("fetch", "tp: no connection");

    assertThat(text.toString()).isEqualTo("2026-12-06 20:00:01 http 127.0.0.1 GET / 200\n"
        + "2026-12-06 20:00:01 fetch error: tp: no connection\n");
  }

  @Test
  void whatComesFromTheNetworkIsCleanedToOneLine() {
    log.event("http", "GET /\u001b[2J\u009b31m x\nforged line\r\u0007");

    assertThat(text.toString()).doesNotContain("\u001b", "\u009b", "\u0007", "\r")
        .hasLineCount(1);
  }

  @Test
  void theSameLinesAreAppendedToTheLogFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("logs/termpaper.log");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "2026-12-06 19:00:00 INFO org.termpaper.cli: before\n");
    StationLog logged = new StationLog(new PrintWriter(new StringWriter()),
        Clock.fixed(Instant.parse("2026-12-06T20:00:01Z"), ZoneOffset.UTC), file);

    logged.event("station", "stopped");

    assertThat(Files.readString(file)).isEqualTo("2026-12-06 19:00:00 INFO org.termpaper.cli: "
        + "before\n2026-12-06 20:00:01 INFO org.termpaper.serve: station stopped\n");
  }

  @Test
  void theFileIsStartedAfreshRatherThanGrowPastTheLimitOfTheLogFile(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("termpaper.log");
    Files.write(file, new byte[DataDirs.LOG_FILE_LIMIT - 10]);
    StationLog logged = new StationLog(new PrintWriter(new StringWriter()),
        Clock.fixed(Instant.parse("2026-12-06T20:00:01Z"), ZoneOffset.UTC), file);

    logged.event("station", "stopped");

    assertThat(Files.readString(file))
        .isEqualTo("2026-12-06 20:00:01 INFO org.termpaper.serve: station stopped\n");
  }

  @Test
  void manyLinesNeverTakeTheFilePastItsLimit(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("termpaper.log");
    StationLog logged = new StationLog(new PrintWriter(new StringWriter()),
        Clock.fixed(Instant.parse("2026-12-06T20:00:01Z"), ZoneOffset.UTC), file, 1000);

    for (int i = 0; i < 500; i++) {
      logged.event("http", "127.0.0.1 GET /tp/calendar.json 200 " + i);
      assertThat(Files.size(file)).isBetween(1L, 1000L);
    }
    assertThat(Files.readString(file)).endsWith("calendar.json 200 499\n");
  }
}
