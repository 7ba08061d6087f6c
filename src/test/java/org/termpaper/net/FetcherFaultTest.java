package org.termpaper.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FetcherFaultTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private final Fetcher fetcher = new Fetcher(fastSettings());

  /**
   * Tight timeouts, so that a fault is found quickly; only for exchanges meant to fail (the
   * others use {@link FetcherHttpTest#settings}).
   */
  static HttpSettings fastSettings() {
    return HttpSettings.defaults("test")
        .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(400), Duration.ofSeconds(2))
        .withRetries(3, Duration.ofMillis(5));
  }

  @AfterEach
  void close() {
    fetcher.close();
  }

  private URI url(String path) {
    return server.url(path).uri();
  }

  @Test
  void aServerErrorIsRetriedUntilItSucceeds() {
    server.enqueue(new MockResponse.Builder().code(500).body("busy").build());
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(new MockResponse.Builder().body("第03版").build());

    Response response = fetcher.get(url("/node_3.htm"));

    assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("第03版");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aServerErrorGivesUpAfterThreeRetries() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(new MockResponse.Builder().code(502).build());
    }
    assertThatThrownBy(() -> fetcher.get(url("/a")))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.status()).isEqualTo(502));
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(fetcher.stats().failures()).isEqualTo(1);
  }

  @Test
  void aConnectionResetHalfwayThroughTheBodyIsRetried() {
    server.enqueue(new MockResponse.Builder()
        .body("x".repeat(20_000))
        .onResponseBody(new SocketEffect.CloseSocket(true, false, false))
        .build());
    server.enqueue(new MockResponse.Builder().body("whole").build());

    assertThat(fetcher.get(url("/content_1.htm")).body()).asString().isEqualTo("whole");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aServerThatDripsItsBodyHitsTheDeadline() {
    // Each byte comes well within the read timeout; only the deadline ends it.
    Fetcher patient = new Fetcher(fastSettings().withTimeouts(
        Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofMillis(500)));
    server.enqueue(new MockResponse.Builder()
        .body("0123456789")
        .throttleBody(1, 200, TimeUnit.MILLISECONDS)
        .build());

    try (patient) {
      assertThatThrownBy(() -> patient.get(url("/slow")))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("took longer than 0.5 s");
    }
  }

  @Test
  void aServerThatNeverAnswersTimesOutWithoutRetrying() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

    assertThatThrownBy(() -> fetcher.get(url("/silent")))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("timed out");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void messagesAndSchemesDoNotDependOnTheUsersLocale() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    Path file = Files.writeString(Files.createTempFile("tp", ".htm"), "版面");
    Locale old = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThatThrownBy(() -> fetcher.get(url("/silent")))
          .hasMessageContaining("no answer for 0.4 s");
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      // Lower-cased in Turkish, FILE would be "fıle", with a dotless ı.
      assertThat(fetcher.get(URI.create("FILE:" + file.toUri().getRawPath())).body())
          .asString().isEqualTo("版面");
    } finally {
      Locale.setDefault(old);
      Files.delete(file);
    }
  }

  @Test
  void notFoundIsReportedWithItsStatusAndNotRetried() {
    server.enqueue(new MockResponse.Builder().code(404).build());

    assertThatThrownBy(() -> fetcher.get(url("/content_9.htm")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.url().getPath()).isEqualTo("/content_9.htm");
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aTruncatedGzipBodyIsAnErrorNotAShortPage() {
    byte[] gzip = Gzip.compress("一二三四五六七八九十".repeat(500));
    byte[] truncated = java.util.Arrays.copyOf(gzip, gzip.length / 2);
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder()
          .addHeader("Content-Encoding", "gzip")
          .body(new Buffer().write(truncated))
          .build());
    }

    assertThatThrownBy(() -> fetcher.get(url("/gz"))).isInstanceOf(FetchException.class);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aRedirectLoopIsNamedAndNotRetried() {
    for (int i = 0; i < 30; i++) {
      server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/loop").build());
    }

    assertThatThrownBy(() -> fetcher.get(url("/loop")))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("too many redirects");
    assertThat(server.getRequestCount()).isEqualTo(21);
  }

  @Test
  void aWrongCharsetHeaderLeavesTheBytesAsSent() {
    byte[] gbk = "鲁中晨报".getBytes(java.nio.charset.Charset.forName("GB18030"));
    server.enqueue(new MockResponse.Builder()
        .addHeader("Content-Type", "text/html; charset=utf-8")
        .body(new Buffer().write(gbk))
        .build());

    Response response = fetcher.get(url("/gbk.htm"));

    assertThat(response.body()).isEqualTo(gbk);
    assertThat(response.contentType()).isEqualTo("text/html; charset=utf-8");
  }

  @Test
  void aBodyOverTheBoundIsAnErrorWhetherDeclaredOrNot() {
    try (Fetcher small = new Fetcher(fastSettings().withMaxBytes(1000))) {
      server.enqueue(new MockResponse.Builder().body("x".repeat(1001)).build());
      server.enqueue(new MockResponse.Builder().chunkedBody("y".repeat(5000), 100).build());

      assertThatThrownBy(() -> small.get(url("/declared")))
          .hasMessageContaining("larger than 1000 bytes");
      assertThatThrownBy(() -> small.get(url("/chunked")))
          .hasMessageContaining("larger than 1000 bytes");
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }
}
