package org.termpaper.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetcherHttpTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  @TempDir
  Path cache;

  private URI url(String path) {
    return server.url(path).uri();
  }

  /**
   * Generous timeouts: these exchanges succeed, and must on a loaded machine too. The fault
   * tests keep theirs tight ({@link FetcherFaultTest#fastSettings}).
   */
  static HttpSettings settings() {
    return HttpSettings.defaults("test")
        .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30))
        .withRetries(3, Duration.ofMillis(5));
  }

  @Test
  void sendsTheUserAgentAndAcceptsGzip() throws Exception {
    String page = "<p>　　落实比倡议更重要</p>".repeat(200);
    server.enqueue(new MockResponse.Builder()
        .addHeader("Content-Encoding", "gzip")
        .body(new Buffer().write(Gzip.compress(page)))
        .build());
    try (Fetcher fetcher = new Fetcher(settings())) {
      Response response = fetcher.get(url("/node_2.htm"));

      assertThat(response.body()).asString().isEqualTo(page);
      RecordedRequest request = server.takeRequest();
      assertThat(request.getHeaders().get("User-Agent")).startsWith("termpaper/test");
      assertThat(request.getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
      assertThat(fetcher.stats().bytesReceived()).isLessThan(page.length() / 4);
    }
  }

  @Test
  void anUnchangedResourceIsAskedForConditionallyAndReadFromTheCache() throws Exception {
    server.enqueue(new MockResponse.Builder()
        .addHeader("ETag", "\"v1\"")
        .addHeader("Cache-Control", "no-cache")
        .body("x".repeat(10_000))
        .build());
    server.enqueue(new MockResponse.Builder().code(304).addHeader("ETag", "\"v1\"").build());
    try (Fetcher fetcher = new Fetcher(
        settings().withCache(cache, 1_000_000))) {
      fetcher.get(url("/content_1.htm"));
      long first = fetcher.stats().bytesReceived();

      Response again = fetcher.get(url("/content_1.htm"));

      assertThat(again.body()).hasSize(10_000);
      server.takeRequest();
      assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
      assertThat(fetcher.stats().notModified()).isEqualTo(1);
      assertThat(fetcher.stats().cacheHits()).as("a 304 is not also a cache-only answer")
          .isZero();
      assertThat(fetcher.stats().requests()).isEqualTo(2);
      assertThat(fetcher.stats().bytesReceived() - first).isLessThan(first / 20);
    }
  }

  @Test
  void aSecondFetcherOnTheSameCacheRunsWithoutItUntilTheFirstCloses() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder()
          .addHeader("ETag", "\"v1\"")
          .addHeader("Cache-Control", "no-cache")
          .body("page")
          .build());
    }
    List<LogRecord> logged = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        logged.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger log = Logger.getLogger(HttpClients.class.getName());
    log.addHandler(handler);
    log.setUseParentHandlers(false);
    HttpSettings settings = settings().withCache(cache, 1_000_000);
    try (Fetcher first = new Fetcher(settings)) {
      first.get(url("/node_1.htm"));
      try (Fetcher second = new Fetcher(settings)) {
        second.get(url("/node_1.htm"));
      }
    } finally {
      log.removeHandler(handler);
      log.setUseParentHandlers(true);
    }
    try (Fetcher third = new Fetcher(settings)) {
      third.get(url("/node_1.htm"));
    }

    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isNull();
    assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(logged).extracting(LogRecord::getMessage)
        .anySatisfy(m -> assertThat(m).contains("is in use by another").endsWith("without it"));
  }

  @Test
  void lastModifiedIsSentBackAsIfModifiedSince() throws Exception {
    String date = "Thu, 14 Jul 2022 00:00:00 GMT";
    server.enqueue(new MockResponse.Builder()
        .addHeader("Last-Modified", date)
        .addHeader("Cache-Control", "max-age=0")
        .body("page")
        .build());
    server.enqueue(new MockResponse.Builder().code(304).build());
    try (Fetcher fetcher = new Fetcher(
        settings().withCache(cache, 1_000_000))) {
      fetcher.get(url("/node_1.htm"));
      assertThat(fetcher.get(url("/node_1.htm")).body()).asString().isEqualTo("page");
    }
    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("If-Modified-Since")).isEqualTo(date);
  }

  @Test
  void aTruncatedGzipBodyIsNotServedFromTheCacheLater() {
    byte[] gzip = Gzip.compress("版面".repeat(2000));
    byte[] truncated = java.util.Arrays.copyOf(gzip, gzip.length / 2);
    server.enqueue(new MockResponse.Builder()
        .addHeader("Content-Encoding", "gzip")
        .addHeader("Last-Modified", "Thu, 14 Jul 2022 00:00:00 GMT")
        .body(new Buffer().write(truncated))
        .build());
    server.enqueue(new MockResponse.Builder().body("whole").build());
    try (Fetcher fetcher = new Fetcher(settings().withRetries(0, Duration.ZERO)
        .withCache(cache, 1_000_000))) {
      assertThatThrownBy(() -> fetcher.get(url("/node_1.htm")))
          .isInstanceOf(FetchException.class);

      assertThat(fetcher.get(url("/node_1.htm")).body()).asString().isEqualTo("whole");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void offlineOpensNoConnection() {
    try (Fetcher fetcher = new Fetcher(settings().withOffline(true))) {
      assertThatThrownBy(() -> fetcher.get(url("/node_1.htm")))
          .isInstanceOf(FetchException.class)
          .hasMessageContaining("offline");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void asksFourAtATimeOfOneHostNeitherMoreNorFewer() throws Exception {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch fourArrived = new CountDownLatch(4);
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        fourArrived.countDown();
        // Held until the test has seen how many are in flight.
        release.await(10, TimeUnit.SECONDS);
        running.decrementAndGet();
        return new MockResponse.Builder().body("ok").build();
      }
    });
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try (Fetcher fetcher = new Fetcher(settings())) {
      List<Future<Response>> results = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        URI each = url("/content_" + i + ".htm");
        results.add(pool.submit(() -> fetcher.get(each)));
      }
      assertThat(fourArrived.await(10, TimeUnit.SECONDS)).as("four asked at once").isTrue();
      okhttp3.Dispatcher calls = fetcher.client().dispatcher();
      // Every call is made (the bound of ten seconds only turns a hang into a failure) ...
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (calls.runningCallsCount() + calls.queuedCallsCount() < 10) {
        assertThat(System.nanoTime()).as("ten calls made").isLessThan(giveUp);
        Thread.onSpinWait();
      }
      // ... and while four are held by the server, the other six wait their turn.
      assertThat(calls.runningCallsCount()).isEqualTo(4);
      assertThat(calls.queuedCallsCount()).isEqualTo(6);
      release.countDown();
      for (Future<Response> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS).body()).asString().isEqualTo("ok");
      }
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
    assertThat(most.get()).isEqualTo(4);
  }

  @Test
  void goesThroughTheProxyNamedInTheEnvironment() throws Exception {
    server.enqueue(new MockResponse.Builder().body("via proxy").build());
    String proxy = "http://" + server.getHostName() + ":" + server.getPort();
    HttpSettings settings = settings()
        .withProxyEnv(Map.of("http_proxy", proxy));
    try (Fetcher fetcher = new Fetcher(settings)) {
      Response response = fetcher.get(URI.create("http://paper.invalid/html/node_2.htm"));

      assertThat(response.body()).asString().isEqualTo("via proxy");
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("http://paper.invalid/html/node_2.htm");
  }
}
