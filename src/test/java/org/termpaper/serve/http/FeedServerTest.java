package org.termpaper.serve.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.termpaper.model.Edition;
import org.termpaper.serve.ServedSource;
import org.termpaper.serve.StationFixture;
import org.termpaper.source.feed.FeedWriter;
import org.termpaper.testing.Editions;

/** The station's HTTP side on loopback, asked as clients (and hostile clients) would. */
class FeedServerTest {
  static final String SITE = "http://paper.example/paperindex.htm";
  static final LocalDate DAY1 = LocalDate.of(2022, 7, 13);
  static final LocalDate DAY2 = LocalDate.of(2022, 7, 14);

  @TempDir
  Path dir;
  StationFixture fixture;
  FeedServer server;
  int port;

  @BeforeEach
  void start() {
    fixture = new StationFixture(dir);
    fixture.archived(SITE, Editions.generate(DAY1, 2, 2), Editions.generate(DAY2, 2, 3));
    server = new FeedServer(0);
    server.start(fixture.context(new ServedSource("tp", "tp", SITE),
        new ServedSource("later", "later", "http://later.example/")));
    port = server.port();
  }

  @AfterEach
  void stop() {
    server.stop(Duration.ofSeconds(1));
    fixture.close();
  }

  @Test
  void theIndexListsEachSourceWithItsPaperNewestIssueAndFeedFolder() throws IOException {
    RawHttp index = RawHttp.get(port, "/");

    assertThat(index.status()).isEqualTo(200);
    assertThat(index.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(index.text()).contains("\"format\" : \"termpaper.station/1\"")
        .contains("\"name\" : \"tp\"", "\"id\" : \"tpdaily\"", "\"name\" : \"测试日报\"",
            "\"newest\" : \"2022-07-14\"", "\"url\" : \"http://127.0.0.1:" + port + "/tp/\"")
        .contains("\"name\" : \"later\"", "\"paper\" : null", "\"newest\" : null");
  }

  @Test
  void theFeedFolderTheIndexListsSaysWhatItHoldsAndItsNameAloneLeadsThere() throws IOException {
    RawHttp bare = RawHttp.get(port, "/tp");
    RawHttp folder = RawHttp.get(port, bare.header("Location"));
    String base = "http://127.0.0.1:" + port + "/tp/";

    assertThat(bare.status()).isEqualTo(301);
    assertThat(folder.status()).isEqualTo(200);
    assertThat(folder.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(folder.text()).contains("\"format\" : \"termpaper.station.source/1\"",
        "\"id\" : \"tpdaily\"", "\"newest\" : \"2022-07-14\"",
        "\"calendar\" : \"" + base + "calendar.json\"",
        "\"url\" : \"" + base + "2022-07-13.json\"",
        "\"url\" : \"" + base + "2022-07-14.json\"");
    assertThat(RawHttp.get(port, "/later/").text()).contains("\"paper\" : null",
        "\"issues\" : [ ]");
  }

  @Test
  void theFeedsAreTheArchivesIssuesWithoutNeighboursAndTheCalendar() throws IOException {
    RawHttp calendar = RawHttp.get(port, "/tp/calendar.json");
    RawHttp edition = RawHttp.get(port, "/tp/2022-07-14.json");

    assertThat(calendar.status()).isEqualTo(200);
    assertThat(calendar.text()).contains("termpaper.calendar/1", "2022-07-13", "2022-07-14");
    assertThat(edition.status()).isEqualTo(200);
    Edition archived = fixture.archive.edition("tpdaily", DAY2).orElseThrow();
    assertThat(edition.text()).isEqualTo(FeedWriter.edition(archived.withNeighbours(null, null)));
  }

  @Test
  void gzipWhenAskedWithItsOwnStrongEtag() throws IOException {
    RawHttp plain = RawHttp.get(port, "/tp/2022-07-14.json");
    RawHttp zipped = RawHttp.get(port, "/tp/2022-07-14.json", "Accept-Encoding: br, gzip");
    RawHttp refused = RawHttp.get(port, "/tp/2022-07-14.json", "Accept-Encoding: gzip;q=0");

    assertThat(zipped.header("Content-Encoding")).isEqualTo("gzip");
    assertThat(gunzip(zipped.body())).isEqualTo(plain.body());
    assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
    assertThat(plain.header("ETag")).matches("\"[0-9a-f]{32}\"");
    assertThat(zipped.header("ETag")).isNotEqualTo(plain.header("ETag")).doesNotStartWith("W/");
    assertThat(zipped.header("Vary")).isEqualTo("Accept-Encoding");
    assertThat(refused.header("Content-Encoding")).isNull();
    assertThat(refused.body()).isEqualTo(plain.body());
  }

  @Test
  void revalidationIsAnsweredWith304() throws IOException {
    RawHttp first = RawHttp.get(port, "/tp/calendar.json", "Accept-Encoding: gzip");
    RawHttp byTag = RawHttp.get(port, "/tp/calendar.json", "Accept-Encoding: gzip",
        "If-None-Match: \"other\", " + first.header("ETag"));
    RawHttp byDate = RawHttp.get(port, "/tp/calendar.json",
        "If-Modified-Since: " + first.header("Last-Modified"));
    RawHttp otherTag = RawHttp.get(port, "/tp/calendar.json", "If-None-Match: \"other\"",
        "If-Modified-Since: " + first.header("Last-Modified"));

    assertThat(byTag.status()).isEqualTo(304);
    assertThat(byTag.body()).isEmpty();
    assertThat(byTag.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(byDate.status()).isEqualTo(304);
    assertThat(otherTag.status()).isEqualTo(200);
  }

  @Test
  void aNewIssueChangesTheCalendarAtOnce() throws IOException {
    RawHttp before = RawHttp.get(port, "/tp/calendar.json");
    fixture.archived(SITE, Editions.generate(DAY2.plusDays(1), 1, 1));
    RawHttp after = RawHttp.get(port, "/tp/calendar.json",
        "If-None-Match: " + before.header("ETag"));

    assertThat(after.status()).isEqualTo(200);
    assertThat(after.text()).contains("2022-07-15");
  }

  @Test
  void aPastIssueArchivedWholeIsKeptTheNewestAndTheCalendarAreRevalidated() throws IOException {
    assertThat(RawHttp.get(port, "/tp/2022-07-13.json").header("Cache-Control"))
        .isEqualTo("public, max-age=31536000, immutable");
    assertThat(RawHttp.get(port, "/tp/2022-07-14.json").header("Cache-Control"))
        .isEqualTo("public, no-cache");
    assertThat(RawHttp.get(port, "/tp/calendar.json").header("Cache-Control"))
        .isEqualTo("public, no-cache");
    assertThat(RawHttp.get(port, "/tp/2022-07-14.json").header("Last-Modified"))
        .matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
  }

  @Test
  void headGivesTheHeadersOnly() throws IOException {
    RawHttp get = RawHttp.get(port, "/tp/2022-07-14.json");
    RawHttp head = RawHttp.send(port, "HEAD", "/tp/2022-07-14.json");

    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
    assertThat(head.header("Content-Length")).isEqualTo("" + get.body().length);
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE"})
  void nothingButGetAndHead(String method) throws IOException {
    RawHttp answer = RawHttp.send(port, method, "/tp/calendar.json");

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.header("Allow")).isEqualTo("GET, HEAD");
  }

  @Test
  void aRequestWithABodyIsRefused() throws IOException {
    byte[] request = ("GET /tp/calendar.json HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
        + "Connection: close\r\n\r\nhello").getBytes(StandardCharsets.US_ASCII);

    assertThat(RawHttp.exchange(port, request).status()).isEqualTo(413);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/nope", "/nope/", "/tp/2022-07-12.json", "/tp/2022-13-45.json",
      "/tp/calendar.xml", "/tp/2022-07-14.json/x", "/later/calendar.json", "//tp/calendar.json"})
  void unknownPathsAre404(String path) throws IOException {
    assertThat(RawHttp.get(port, path).status()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../", "/..", "/tp/../tp/calendar.json", "/tp/..%2ftp%2fcalendar.json",
      "/%2e%2e/tp/calendar.json", "/tp/%2e%2e/tp/calendar.json", "/tp%2fcalendar.json",
      "/tp%2Fcalendar.json", "/tp/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/..%5c..%5cetc%5cpasswd",
      "/tp/%252e%252e/calendar.json", "/%c0%ae%c0%ae/tp/calendar.json", "/tp/./calendar.json",
      "/tp/calendar.json%00", "/tp/%", "/tp/%zz", "/../../../../etc/passwd",
      "/tp/..\\calendar.json", "/tp%00/calendar.json", "/./tp/calendar.json"})
  void noPathReachesAnythingButTheFeeds(String path) throws IOException {
    RawHttp answer = RawHttp.get(port, path);

    assertThat(answer.status()).isIn(400, 404);
    assertThat(answer.text()).doesNotContain("termpaper.calendar", "root:");
  }

  @Test
  void anOversizedRequestIsRefusedAndTheServerGoesOn() throws IOException {
    RawHttp longPath = RawHttp.get(port, "/" + "a".repeat(FeedHandler.MAX_TARGET + 1));
    int hugeHeader;
    try {
      hugeHeader = RawHttp.get(port, "/tp/calendar.json",
          "X-Junk: " + "b".repeat(FeedServer.MAX_HEADER_BYTES * 2)).status();
    } catch (IOException e) {
      hugeHeader = -1; // the server closed the connection on it: refused too
    }

    assertThat(longPath.status()).isEqualTo(414);
    assertThat(hugeHeader).isNotEqualTo(200);
    assertThat(RawHttp.get(port, "/tp/calendar.json").status()).isEqualTo(200);
  }

  @Test
  void clientsThatSendHalfARequestHoldUpNoOther() throws IOException {
    List<Socket> stalled = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.getOutputStream().write("GET /tp/cal".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        stalled.add(socket);
      }
      // The stalled ones are cut only after FeedServer.REQUEST_SECONDS; this is answered now.
      RawHttp answer = RawHttp.get(port, "/tp/calendar.json");

      assertThat(answer.status()).isEqualTo(200);
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }
  }

  @Test
  void oneLogLinePerRequest() throws IOException {
    RawHttp.get(port, "/tp/calendar.json");
    RawHttp.get(port, "/tp/nothing");

    assertThat(fixture.log()).contains("http 127.0.0.1 GET /tp/calendar.json 200 ")
        .contains("http 127.0.0.1 GET /tp/nothing 404 ");
    assertThat(fixture.log().lines().filter(l -> l.contains(" http ")).count()).isEqualTo(2);
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }
}
