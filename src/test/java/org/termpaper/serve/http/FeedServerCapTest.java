package org.termpaper.serve.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.serve.ServedSource;
import org.termpaper.serve.StationFixture;
import org.termpaper.testing.Editions;

/**
 * Clients that go away in the middle of an answer, many more of them than the server's cap on
 * connections: each must give its connection back. Run by the build in a JVM of its own with
 * {@code -Djdk.httpserver.maxConnections} low, since the JDK reads that once per JVM; under the
 * default cap it holds as well, only slower.
 */
class FeedServerCapTest {
  static final String SITE = "http://paper.example/paperindex.htm";
  static final LocalDate DAY = LocalDate.of(2022, 7, 14);
  static final String BIG = "/tp/2022-07-14.json";

  @TempDir
  Path dir;
  StationFixture fixture;
  FeedServer server;
  int port;

  @BeforeEach
  void start() {
    fixture = new StationFixture(dir);
    fixture.archived(SITE, Editions.generate(DAY, 80, 30));
    server = new FeedServer(0);
    server.start(fixture.context(new ServedSource("tp", "tp", SITE)));
    port = server.port();
  }

  @AfterEach
  void stop() {
    server.stop(Duration.ofSeconds(1));
    fixture.close();
  }

  @Test
  void clientsThatLeaveInTheMiddleOfAnAnswerDoNotUseUpTheConnections() throws IOException {
    // The answer is larger than what the sockets can buffer (4 MB at most on Linux), so the server is still
    // writing it when each client resets its connection: every one of these answers is cut.
    RawHttp head = RawHttp.send(port, "HEAD", BIG);
    int size = Integer.parseInt(head.header("Content-Length"));
    assertThat(size).isGreaterThan(5 * 1024 * 1024);
    for (int i = 0; i < FeedServer.MAX_CONNECTIONS + 20; i++) {
      try (Socket socket = new Socket()) {
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        socket.getOutputStream().write(("GET " + BIG + " HTTP/1.1\r\nHost: x\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        InputStream in = socket.getInputStream();
        // The first bytes of the answer: the server is writing it now.
        assertThat(in.read()).isEqualTo('H');
        socket.setSoLinger(true, 0);
      }
    }

    RawHttp after = RawHttp.get(port, "/tp/calendar.json");

    assertThat(after.status()).isEqualTo(200);
    assertThat(fixture.log()).contains("the answer was cut");
  }

  @Test
  void oneClientHoldingSlowRequestsGetsNoMoreThanItsShareOfThreads() throws Exception {
    FeedServer bounded = new FeedServer(0, 2);
    bounded.start(fixture.context(new ServedSource("tp", "tp", SITE)));
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 2; i++) {
        slow.add(readingNothing(bounded.port()));
      }
      awaitInFlight(bounded, 2);

      RawHttp third = RawHttp.get(bounded.port(), "/tp/calendar.json");

      assertThat(third.status()).isEqualTo(503);
      assertThat(third.header("Retry-After")).isEqualTo("5");
      for (Socket socket : slow) {
        socket.setSoLinger(true, 0);
        socket.close();
      }
      awaitInFlight(bounded, 0);
      assertThat(RawHttp.get(bounded.port(), "/tp/calendar.json").status()).isEqualTo(200);
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
      bounded.stop(Duration.ofSeconds(1));
    }
  }

  @Test
  void stopEndsAnAnswerHeldUpByAClientThatDoesNotRead() throws Exception {
    try (Socket slow = readingNothing(port)) {
      awaitInFlight(server, 1);

      server.stop(Duration.ofSeconds(4));

      // stop returns once the threads have ended, or at the deadline with the answer still
      // under way: the count says which.
      assertThat(server.inFlight("127.0.0.1")).isZero();
    }
  }

  /** A client asking for the big document and reading none of it: its answer stays under way. */
  private static Socket readingNothing(int port) throws IOException {
    Socket socket = new Socket();
    socket.setReceiveBufferSize(1024);
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    socket.getOutputStream().write(("GET " + BIG + " HTTP/1.1\r\nHost: x\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    return socket;
  }

  /** Waits (a bounded while, not a set time) until the server is answering {@code n}. */
  private static void awaitInFlight(FeedServer server, int n) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (server.inFlight("127.0.0.1") != n && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(server.inFlight("127.0.0.1")).isEqualTo(n);
  }
}
