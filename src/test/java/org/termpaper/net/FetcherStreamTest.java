package org.termpaper.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Fetcher#stream}: a body handed to a reader as it arrives, with get's rules. */
class FetcherStreamTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  @TempDir
  Path dir;

  private final List<String> attempts = new ArrayList<>();

  /** Reads the body in 1 KiB pieces, noting each attempt; returns its length. */
  private final BodyReader<Long> counting = (type, body) -> {
    attempts.add(type);
    byte[] piece = new byte[1024];
    long length = 0;
    for (int n = body.read(piece); n >= 0; n = body.read(piece)) {
      length += n;
    }
    return length;
  };

  private URI url(String path) {
    return server.url(path).uri();
  }

  @Test
  void aBodyIsReadThroughTheReaderWithItsContentType() {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/pdf")
        .body("%PDF-".repeat(10_000)).build());
    try (Fetcher fetcher = new Fetcher(FetcherHttpTest.settings())) {
      assertThat(fetcher.stream(url("/01.pdf"), counting)).isEqualTo(50_000L);
    }
    assertThat(attempts).containsExactly("application/pdf");
  }

  @Test
  void aConnectionResetHalfwayCallsTheReaderAgainOnTheNewBody() {
    server.enqueue(new MockResponse.Builder().body("x".repeat(200_000))
        .onResponseBody(new SocketEffect.CloseSocket(true, false, false)).build());
    server.enqueue(new MockResponse.Builder().body("whole").build());
    try (Fetcher fetcher = new Fetcher(FetcherHttpTest.settings())) {
      assertThat(fetcher.stream(url("/01.pdf"), counting)).isEqualTo(5L);
    }
    assertThat(attempts).hasSize(2);
  }

  @Test
  void aBodyOverTheSizeBoundFailsTheReaderAndIsNotAskedAgain() {
    // No Content-Length: the bound is met while reading.
    server.enqueue(new MockResponse.Builder().chunkedBody("y".repeat(3000), 100).build());
    try (Fetcher fetcher = new Fetcher(FetcherHttpTest.settings().withMaxBytes(2000))) {
      assertThatThrownBy(() -> fetcher.stream(url("/big.pdf"), counting))
          .isInstanceOf(FetchException.class).hasMessageContaining("larger than 2000 bytes");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void whatTheReaderThrowsComesOutAsItIsAndIsNotRetried() {
    server.enqueue(new MockResponse.Builder().body("abc").build());
    IllegalStateException full = new IllegalStateException("disk full");
    try (Fetcher fetcher = new Fetcher(FetcherHttpTest.settings())) {
      assertThatThrownBy(() -> fetcher.stream(url("/01.pdf"), (type, body) -> {
        throw full;
      })).isSameAs(full);
      OutOfMemoryError error = new OutOfMemoryError("simulated");
      server.enqueue(new MockResponse.Builder().body("abc").build());
      assertThatThrownBy(() -> fetcher.stream(url("/02.pdf"), (type, body) -> {
        throw error;
      })).isSameAs(error);
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anErrorStatusNeverReachesTheReader() {
    server.enqueue(new MockResponse.Builder().code(404).body("not here").build());
    try (Fetcher fetcher = new Fetcher(FetcherHttpTest.settings())) {
      assertThatThrownBy(() -> fetcher.stream(url("/gone.pdf"), counting))
          .isInstanceOfSatisfying(FetchException.class,
              e -> assertThat(e.status()).isEqualTo(404));
    }
    assertThat(attempts).isEmpty();
  }

  @Test
  void aFileIsStreamedWithinTheSizeBound() throws IOException {
    Path small = Files.write(dir.resolve("p.jpg"), new byte[1500]);
    Path large = Files.write(dir.resolve("q.jpg"), new byte[2500]);
    try (Fetcher fetcher = new Fetcher(FetcherHttpTest.settings().withMaxBytes(2000))) {
      ByteArrayOutputStream copy = new ByteArrayOutputStream();
      fetcher.stream(small.toUri(), (type, body) -> body.transferTo(copy));
      assertThat(copy.size()).isEqualTo(1500);
      assertThatThrownBy(() -> fetcher.stream(large.toUri(), (type, body) -> {
        try (InputStream in = body) {
          return in.readAllBytes();
        }
      })).isInstanceOf(FetchException.class).hasMessageContaining("larger than 2000 bytes");
    }
  }
}
