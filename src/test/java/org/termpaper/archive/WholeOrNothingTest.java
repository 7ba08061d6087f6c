package org.termpaper.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Edition;
import org.termpaper.testing.Editions;

/**
 * An {@link Error} halfway through a store or a migration (out of memory, an assertion) leaves
 * the archive as it was before: JDBC would commit the open transaction when auto-commit is
 * switched back on, so nothing may switch it on before the rollback.
 */
class WholeOrNothingTest {
  private static final LocalDate DAY = LocalDate.of(2022, 7, 14);

  @TempDir
  Path dir;

  @Test
  void anErrorHalfwayThroughStoringANewIssueLeavesItAbsent() {
    try (Archive archive = Archive.open(dir.resolve(Archive.FILE_NAME))) {
      Edition edition = Editions.generate(DAY, 2, 3);

      assertThatThrownBy(() -> archive.store(edition, failingAfterOne()))
          .isInstanceOf(OutOfMemoryError.class);

      assertThat(archive.status("tpdaily", DAY)).isEmpty();
      assertThat(archive.resource("http://paper.example/1.jpg")).isEmpty();
      // The writer is still usable, and stores the issue whole.
      archive.store(edition, List.of(picture(1)));
      assertThat(archive.edition("tpdaily", DAY)).contains(edition);
    }
    try (Archive again = Archive.open(dir.resolve(Archive.FILE_NAME))) {
      assertThat(again.status("tpdaily", DAY).orElseThrow().resources()).isEqualTo(1);
    }
  }

  @Test
  void anErrorHalfwayThroughStoringAnIssueAgainKeepsTheOldOneWhole() {
    try (Archive archive = Archive.open(dir.resolve(Archive.FILE_NAME))) {
      Edition old = Editions.generate(DAY, 2, 3);
      archive.store(old, List.of());
      Edition fresh = Editions.generate(DAY, 3, 2);

      assertThatThrownBy(() -> archive.store(fresh, failingAfterOne()))
          .isInstanceOf(OutOfMemoryError.class);

      assertThat(archive.edition("tpdaily", DAY)).contains(old);
      assertThat(archive.status("tpdaily", DAY).orElseThrow().resources()).isZero();
    }
  }

  @Test
  void anErrorHalfwayThroughAMigrationLeavesTheFileAtItsVersion() throws Exception {
    Path file = dir.resolve(Archive.FILE_NAME);
    List<String> halfway = new AbstractList<>() {
      @Override
      public String get(int index) {
        if (index == 1) {
          throw new AssertionError("a migration step that fails halfway");
        }
        return "CREATE TABLE first_step (x INTEGER)";
      }

      @Override
      public int size() {
        return 2;
      }
    };

    assertThatThrownBy(() -> Archive.open(file, new Schema(List.of(halfway)),
        Clock.systemUTC())).isInstanceOf(AssertionError.class);

    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = db.createStatement()) {
      assertThat(Schema.version(db)).isZero();
      try (ResultSet row = statement.executeQuery(
          "SELECT count(*) FROM sqlite_master WHERE name = 'first_step'")) {
        row.next();
        assertThat(row.getInt(1)).isZero();
      }
    }
    try (Archive archive = Archive.open(file)) {
      assertThat(archive.papers()).isEmpty();
    }
  }

  /** One picture, then an out-of-memory error where the second would be. */
  private static List<Resource> failingAfterOne() {
    return new AbstractList<>() {
      @Override
      public Resource get(int index) {
        if (index == 1) {
          throw new OutOfMemoryError("simulated: out of memory halfway through an issue");
        }
        return picture(index + 1);
      }

      @Override
      public int size() {
        return 3;
      }
    };
  }

  private static Resource picture(int n) {
    return new Resource("http://paper.example/" + n + ".jpg", Resource.Kind.IMAGE, "image/jpeg",
        new byte[] {(byte) 0xff, (byte) 0xd8, (byte) n});
  }
}
