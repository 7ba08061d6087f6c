package org.termpaper.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Edition;
import org.termpaper.testing.Editions;
import org.termpaper.testing.FounderSite;
import org.termpaper.testing.PaperServer;

/**
 * A fetching process killed with SIGKILL leaves an archive that opens, passes SQLite's integrity
 * check, and holds every issue it finished, each whole; a new fetch completes the rest.
 */
class KillMidFetchTest {
  private static final LocalDate FIRST = LocalDate.of(2022, 7, 1);
  private static final int ISSUES = 8;

  @TempDir
  Path data;

  @Test
  void aFetchKilledWithSigkillLeavesEveryFinishedIssueWhole() throws Exception {
    List<Edition> editions = new ArrayList<>();
    for (int i = 0; i < ISSUES; i++) {
      editions.add(Editions.generate(FIRST.plusDays(i), 2, 3));
    }
    try (PaperServer server = PaperServer.serve(FounderSite.of(editions))) {
      // The third issue's documents are never answered while the child runs: it is killed with
      // two issues archived and the third under way, however fast or slow the machine.
      String third = "/html/" + YearMonth.from(FIRST) + "/"
          + String.format("%02d", FIRST.plusDays(2).getDayOfMonth()) + "/";
      server.hold(path -> path.startsWith(third));
      String url = server.url("/paperindex.htm").toString();
      Process child = fetchInChildJvm(url);
      try {
        assertThat(server.awaitHeld(60)).as("the child asks for the third issue").isTrue();
        awaitIssues(2, child);
      } finally {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
      }
      assertThat(integrityCheck()).isEqualTo("ok");

      List<ArchivedEdition> kept;
      try (Archive archive = Archive.open(data.resolve(Archive.FILE_NAME))) {
        String paper = archive.papers().get(0).id();
        kept = archive.editions(paper);
        assertThat(kept).extracting(ArchivedEdition::date)
            .containsExactlyInAnyOrder(FIRST, FIRST.plusDays(1));
        for (ArchivedEdition issue : kept) {
          assertThat(issue.isComplete()).isTrue();
          Edition stored = archive.edition(paper, issue.date()).orElseThrow();
          Edition original = editions.get((int) (issue.date().toEpochDay() - FIRST.toEpochDay()));
          assertThat(SiteFetchFaultTest.articles(stored))
              .extracting(a -> a.paragraphs())
              .isEqualTo(SiteFetchFaultTest.articles(original).stream()
                  .map(a -> a.paragraphs()).toList());
        }
      }

      server.release();
      Process again = fetchInChildJvm(url);
      assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(again.exitValue()).isZero();
      try (Archive archive = Archive.open(data.resolve(Archive.FILE_NAME))) {
        assertThat(archive.editions(archive.papers().get(0).id())).hasSize(ISSUES)
            .allMatch(ArchivedEdition::isComplete);
      }
    }
  }

  private Process fetchInChildJvm(String url) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
        "org.termpaper.cli.Main", "--data-dir", data.toString(), "fetch", "--source", url,
        "--from", FIRST.toString(), "--to", FIRST.plusDays(ISSUES - 1).toString());
    File log = data.resolve("child.log").toFile();
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
  }

  /** Waits (at most a minute) until the archive holds {@code count} issues. */
  private void awaitIssues(int count, Process child) throws Exception {
    Path file = data.resolve(Archive.FILE_NAME);
    for (int i = 0; i < 600; i++) {
      if (!child.isAlive()) {
        throw new AssertionError("the child ended first: " + Files.readString(
            data.resolve("child.log")));
      }
      if (Files.exists(file) && issues(file) >= count) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the child archived fewer than " + count + " issues in a minute");
  }

  private static int issues(Path file) {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery("SELECT count(*) FROM editions")) {
      return row.next() ? row.getInt(1) : 0;
    } catch (java.sql.SQLException e) {
      return 0; // not created yet, or the schema is being written
    }
  }

  private String integrityCheck() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(
        Archive.FILE_NAME));
        Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery("PRAGMA integrity_check")) {
      row.next();
      return row.getString(1);
    }
  }
}
