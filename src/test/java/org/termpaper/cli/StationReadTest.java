package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.serve.ServedSource;
import org.termpaper.serve.StationFixture;
import org.termpaper.serve.http.FeedServer;
import org.termpaper.testing.Editions;

/**
 * Another termpaper reads a station's feeds as any feed folder: {@code dump}, {@code fetch}
 * and {@code --offline} after a fetch give what reading the station's archive directly gives.
 */
class StationReadTest {
  private static final String SITE = "http://paper.example/paperindex.htm";

  @TempDir
  Path stationData;
  @TempDir
  Path readerData;
  private StationFixture station;
  private FeedServer server;
  private String url;

  @BeforeEach
  void serve() {
    station = new StationFixture(stationData);
    station.archived(SITE, Editions.generate(LocalDate.of(2022, 7, 12), 2, 2),
        Editions.generate(LocalDate.of(2022, 7, 13), 3, 2),
        Editions.generate(LocalDate.of(2022, 7, 14), 2, 3));
    server = new FeedServer(0);
    server.start(station.context(new ServedSource("tp", SITE, SITE)));
    url = "http://127.0.0.1:" + server.port() + "/tp/";
  }

  @AfterEach
  void stop() {
    server.stop(Duration.ofSeconds(1));
    station.close();
  }

  private CliRun direct(String... args) {
    return CliRun.of(stationData, args);
  }

  @Test
  void eachIssueReadFromTheStationIsTheArchivedIssue() {
    for (String date : new String[] {"2022-07-12", "2022-07-13", "2022-07-14"}) {
      CliRun remote = CliRun.of(readerData, "dump", "--source", url, "--date", date,
          "--format", "json");
      CliRun local = direct("dump", "--source", "archive:tpdaily", "--date", date, "--format",
          "json");

      assertThat(remote.exitCode()).as(remote.err()).isZero();
      assertThat(remote.out()).isEqualTo(local.out()).contains("\"date\": \"" + date + "\"");
    }
    assertThat(CliRun.of(readerData, "dump", "--source", url, "--width", "60").out())
        .isEqualTo(direct("dump", "--source", "archive:tpdaily", "--width", "60").out());
    assertThat(CliRun.of(readerData, "calendar", "--source", url).out())
        .isEqualTo("2022-07-12\n2022-07-13\n2022-07-14\n");
  }

  @Test
  void fetchedFromTheStationAnIssueReadsOfflineTheSame() {
    CliRun fetch = CliRun.of(readerData, "fetch", "--source", url, "--from", "2022-07-12",
        "--to", "2022-07-14");
    server.stop(Duration.ZERO);
    CliRun offline = CliRun.of(readerData, "--offline", "dump", "--source", url, "--date",
        "2022-07-13", "--format", "json");

    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    assertThat(offline.exitCode()).as(offline.err()).isZero();
    assertThat(offline.out()).isEqualTo(direct("dump", "--source", "archive:tpdaily", "--date",
        "2022-07-13", "--format", "json").out());
  }
}
