package org.termpaper.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.testing.Editions;

/**
 * Pictures and PDFs go into the archive part by part as they arrive, never whole in memory, and
 * belong to an issue only once the issue's transaction gives them one.
 */
class StagingTest {
  private static final LocalDate DAY = LocalDate.of(2022, 7, 14);
  private static final String URL = "http://paper.example/01.pdf";
  private static final int PART = Schema.PART_BYTES;

  @TempDir
  Path dir;

  private Path file() {
    return dir.resolve(Archive.FILE_NAME);
  }

  @Test
  void aStreamIsWrittenPartByPartAsItArrives() throws Exception {
    long length = 20L * PART + 1234;
    List<String> mismatches = new ArrayList<>();
    try (Archive archive = Archive.open(file())) {
      // Before each read the archive has committed every whole part of what it was given.
      InputStream body = new Generated(length) {
        @Override
        void beforeRead(long delivered) {
          long committed = committedStagedBytes();
          if (committed != delivered / PART * PART) {
            mismatches.add(delivered + " delivered, " + committed + " committed");
          }
        }
      };

      StagedResource staged = archive.stage(URL, Resource.Kind.PDF, "application/pdf", body);

      assertThat(mismatches).isEmpty();
      assertThat(staged.size()).isEqualTo(length);
      assertThat(archive.resource(URL)).isEmpty();
      archive.storeStaged(Editions.generate(DAY, 1, 1), List.of(staged));
      Resource back = archive.resource(URL).orElseThrow();
      assertThat(back.data()).isEqualTo(new Generated(length).readAllBytes());
      assertThat(back.contentType()).isEqualTo("application/pdf");
      assertThat(archive.status("tpdaily", DAY).orElseThrow().resources()).isEqualTo(1);
    }
  }

  @Test
  void aStreamThatFailsHalfwayLeavesNothingStaged() throws Exception {
    try (Archive archive = Archive.open(file())) {
      InputStream body = new Generated(10L * PART) {
        @Override
        void beforeRead(long delivered) throws IOException {
          if (delivered >= 3L * PART) {
            throw new IOException("connection reset");
          }
        }
      };

      assertThatThrownBy(() -> archive.stage(URL, Resource.Kind.PDF, null, body))
          .hasMessage("connection reset");

      assertThat(count("resources")).isZero();
      assertThat(count("resource_parts")).isZero();
    }
  }

  @Test
  void anEmptyResourceIsKept() throws Exception {
    try (Archive archive = Archive.open(file())) {
      StagedResource staged = archive.stage(URL, Resource.Kind.IMAGE, null,
          InputStream.nullInputStream());
      archive.storeStaged(Editions.generate(DAY, 1, 1), List.of(staged));
      assertThat(archive.resource(URL).orElseThrow().data()).isEmpty();
    }
  }

  @Test
  void stagedResourcesNoIssueTookAreDiscardedOrSweptADayLater() throws Exception {
    Instant now = Instant.parse("2026-12-06T20:00:00Z");
    try (Archive archive = Archive.open(file(), Schema.current(),
        Clock.fixed(now, ZoneOffset.UTC))) {
      StagedResource kept = archive.stage(URL, Resource.Kind.PDF, null, new Generated(PART + 1));
      StagedResource dropped = archive.stage(URL + "?2", Resource.Kind.PDF, null,
          new Generated(10));
      archive.discard(List.of(dropped));
      assertThat(count("resources")).isEqualTo(1);
      assertThat(kept.size()).isEqualTo(PART + 1);
    }
    try (Archive sameDay = Archive.open(file(), Schema.current(),
        Clock.fixed(now.plus(Duration.ofHours(23)), ZoneOffset.UTC))) {
      assertThat(count("resources")).isEqualTo(1);
    }
    try (Archive nextDay = Archive.open(file(), Schema.current(),
        Clock.fixed(now.plus(Duration.ofHours(25)), ZoneOffset.UTC))) {
      assertThat(count("resources")).isZero();
      assertThat(count("resource_parts")).isZero();
    }
  }

  @Test
  void resourcesOfAVersionOneArchiveAreKeptByTheMigration() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement statement = db.createStatement()) {
      new Schema(List.of(Schema.MIGRATIONS.get(0))).migrate(db, file());
      statement.execute("INSERT INTO papers (id, name) VALUES ('tpdaily', 'x')");
      statement.execute("INSERT INTO editions (id, paper_id, date, unavailable, fetched_at,"
          + " bodies) VALUES (7, 'tpdaily', '2022-07-14', 0, '2022-07-14T00:00:00Z', x'')");
      statement.execute("INSERT INTO resources (edition_id, url, kind, content_type, data)"
          + " VALUES (7, '" + URL + "', 'PDF', 'application/pdf', x'255044462d')");
    }

    try (Archive archive = Archive.open(file())) {
      assertThat(archive.resource(URL).orElseThrow().data()).containsExactly("%PDF-".getBytes());
      assertThat(archive.resourceUrls("tpdaily", DAY)).containsExactly(URL);
      assertThat(archive.status("tpdaily", DAY).orElseThrow().resources()).isEqualTo(1);
    }
  }

  /** The bytes of the staged parts committed so far, read beside the archive's own connections. */
  private long committedStagedBytes() {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery("SELECT coalesce(sum(length(p.data)), 0)"
            + " FROM resource_parts p JOIN resources r ON r.id = p.resource_id"
            + " WHERE r.edition_id IS NULL")) {
      row.next();
      return row.getLong(1);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private int count(String table) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
      row.next();
      return row.getInt(1);
    }
  }

  /** {@code length} bytes made as they are read, never held whole. */
  static class Generated extends InputStream {
    private final long length;
    private long delivered;

    Generated(long length) {
      this.length = length;
    }

    void beforeRead(long delivered) throws IOException {}

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      beforeRead(delivered);
      if (delivered == length) {
        return -1;
      }
      // Short reads, as from a network: at most 8 KiB at a time.
      int n = (int) Math.min(Math.min(len, 8192), length - delivered);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) ((delivered + i) * 31 + ((delivered + i) >>> 10));
      }
      delivered += n;
      return n;
    }
  }
}
