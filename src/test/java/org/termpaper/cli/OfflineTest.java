package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Edition;
import org.termpaper.testing.Editions;
import org.termpaper.testing.FounderSite;
import org.termpaper.testing.PaperServer;

/** Reading without the network: --offline, offline = true, and the fallback when it fails. */
class OfflineTest {
  private static final LocalDate D13 = LocalDate.of(2022, 7, 13);
  private static final LocalDate D14 = LocalDate.of(2022, 7, 14);

  @TempDir
  Path data;

  private final List<Edition> editions =
      List.of(Editions.generate(D13, 2, 3), Editions.generate(D14, 2, 3));
  private PaperServer server;
  private String url;
  private String title;

  @BeforeEach
  void fetchBoth() throws Exception {
    server = PaperServer.serve(FounderSite.of(editions));
    url = server.url("/paperindex.htm").toString();
    Files.writeString(data.resolve("config.toml"), """
        [http]
        connect-timeout = 1
        read-timeout = 1
        deadline = 2
        retries = 0
        """);
    CliRun fetch = CliRun.of(data, "fetch", "--source", url, "--from", "2022-07-13");
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    title = editions.get(1).pages().get(0).articles().get(0).title();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void offlineReadsTheArchiveAndTheServerSeesNoRequest() {
    int before = server.requestCount();

    CliRun dump = CliRun.of(data, "--offline", "dump", "--source", url, "--page", "01");
    CliRun calendar = CliRun.of(data, "--offline", "calendar", "--source", url);
    CliRun older = CliRun.of(data, "--offline", "dump", "--source", url, "--date", "2022-07-13");

    assertThat(dump.exitCode()).as(dump.err()).isZero();
    assertThat(dump.out()).contains(title);
    assertThat(calendar.out().lines()).containsExactly("2022-07-13", "2022-07-14");
    assertThat(older.exitCode()).isZero();
    assertThat(server.requestCount()).isEqualTo(before);
  }

  @Test
  void anotherAddressOfTheSameSiteFindsTheArchivedPaper() {
    String page = server.url("/html/2022-07/13/node_2.htm").toString();
    int before = server.requestCount();

    CliRun dump = CliRun.of(data, "--offline", "dump", "--source", page, "--date", "2022-07-14",
        "--page", "01");

    assertThat(dump.exitCode()).as(dump.err()).isZero();
    assertThat(dump.out()).contains(title);
    assertThat(server.requestCount()).isEqualTo(before);
  }

  @Test
  void theConfigSettingIsOfflineToo() throws Exception {
    Files.writeString(data.resolve("config.toml"), "offline = true\n");
    int before = server.requestCount();

    CliRun dump = CliRun.of(data, "dump", "--source", url, "--page", "01");

    assertThat(dump.exitCode()).isZero();
    assertThat(dump.out()).contains(title);
    assertThat(server.requestCount()).isEqualTo(before);
  }

  @Test
  void offlineWithNothingArchivedSaysHowToFetchIt() {
    String elsewhere = server.url("/other/paperindex.htm").toString();
    int before = server.requestCount();

    CliRun dump = CliRun.of(data, "--offline", "dump", "--source", elsewhere);

    assertThat(dump.exitCode()).isEqualTo(1);
    assertThat(dump.failedWithOneLine()).isTrue();
    assertThat(dump.err()).contains("offline").contains("termpaper fetch --source");
    assertThat(server.requestCount()).isEqualTo(before);
  }

  @Test
  void whenTheNetworkFailsTheArchiveIsReadWithAWarning() {
    server.close();

    CliRun dump = CliRun.of(data, "dump", "--source", url, "--page", "01");

    assertThat(dump.exitCode()).as(dump.err()).isZero();
    assertThat(dump.out()).contains(title);
    assertThat(dump.err()).startsWith("termpaper: warning: the network failed (")
        .contains("showing the archived copy");
  }

  @Test
  void whenTheNetworkFailsTheCalendarComesFromTheArchiveWithAWarning() {
    server.close();

    CliRun calendar = CliRun.of(data, "calendar", "--source", url);

    assertThat(calendar.exitCode()).as(calendar.err()).isZero();
    assertThat(calendar.out().lines()).containsExactly("2022-07-13", "2022-07-14");
    assertThat(calendar.err()).startsWith("termpaper: warning: the network failed (")
        .contains("showing the archived copy");
  }

  @Test
  void anArchivedPaperCanBeNamedDirectly() {
    String id = CliRun.of(data, "sources").out().lines()
        .filter(l -> l.startsWith("archive:")).findFirst().orElseThrow().split("\\s+")[0];

    CliRun dump = CliRun.of(data, "--offline", "dump", "--source", id, "--page", "01");

    assertThat(dump.exitCode()).isZero();
    assertThat(dump.out()).contains(title);
  }
}
