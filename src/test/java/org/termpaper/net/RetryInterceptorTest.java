package org.termpaper.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;

class RetryInterceptorTest {
  private static final Duration BACKOFF = Duration.ofMillis(400);

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final List<Long> pauses = new CopyOnWriteArrayList<>();

  private RetryInterceptor retry(Duration backoff) {
    return new RetryInterceptor(3, backoff, 1_000_000, null, millis -> {
      pauses.add(millis);
      // Sleeps what it is asked, but never the minute an unbounded pause would ask for.
      Thread.sleep(Math.min(millis, 3_000));
    });
  }

  @Test
  void aPauseNeverOutlastsTheCallsDeadline() {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().code(503).build());
    }
    OkHttpClient client = new OkHttpClient.Builder()
        // Room enough that even a loaded machine answers the first try well within it.
        .callTimeout(Duration.ofMillis(2_000))
        .addInterceptor(retry(Duration.ofMinutes(1)))
        .build();

    assertThatThrownBy(() -> client.newCall(new Request.Builder()
        .url(server.url("/busy")).build()).execute())
        .isInstanceOf(InterruptedIOException.class);

    assertThat(pauses).isNotEmpty().allSatisfy(p -> assertThat(p).isBetween(1L, 2_000L));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void pausesDoubleWhileTimeIsLeft() {
    RetryInterceptor retry = retry(BACKOFF);
    long deadline = 10_000_000_000L;

    assertThat(retry.pauseMillis(0, deadline, 0)).isEqualTo(400);
    assertThat(retry.pauseMillis(1, deadline, 0)).isEqualTo(800);
    assertThat(retry.pauseMillis(2, deadline, 0)).isEqualTo(1_600);
  }

  @Test
  void aPauseIsCutToTheTimeLeftAndNoneIsMadeWithoutIt() {
    RetryInterceptor retry = retry(BACKOFF);
    long deadline = 10_000_000_000L;

    assertThat(retry.pauseMillis(2, deadline, deadline - 250_000_000L)).isEqualTo(250);
    assertThat(retry.pauseMillis(0, deadline, deadline)).isEqualTo(-1);
    assertThat(retry.pauseMillis(0, deadline, deadline + 1)).isEqualTo(-1);
  }

  @Test
  void withoutADeadlineAServerErrorIsRetriedAfterThePause() throws IOException {
    server.enqueue(new MockResponse.Builder().code(500).build());
    server.enqueue(new MockResponse.Builder().body("ok").build());
    OkHttpClient client = new OkHttpClient.Builder()
        .addInterceptor(retry(Duration.ofMillis(5)))
        .build();

    try (okhttp3.Response response = client.newCall(new Request.Builder()
        .url(server.url("/once")).build()).execute()) {
      assertThat(response.body().string()).isEqualTo("ok");
    }
    assertThat(pauses).containsExactly(5L);
  }

  /** A response to {@code request} whose body fails as it is read with {@code failure}. */
  private static okhttp3.Response failingBody(Request request, IOException failure) {
    Source source = new Source() {
      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        throw failure;
      }

      @Override
      public Timeout timeout() {
        return Timeout.NONE;
      }

      @Override
      public void close() {}
    };
    ResponseBody body = new ResponseBody() {
      @Override
      public MediaType contentType() {
        return null;
      }

      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public BufferedSource source() {
        return Okio.buffer(source);
      }
    };
    return new okhttp3.Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200)
        .message("OK").body(body).build();
  }

  private static okhttp3.Response ok(Request request) {
    return new okhttp3.Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200)
        .message("OK").body(ResponseBody.create("ok", null)).build();
  }

  @Test
  void aProtocolErrorInTheBodyIsRetriedWhateverItsMessageSays() throws IOException {
    AtomicInteger attempts = new AtomicInteger();
    OkHttpClient client = new OkHttpClient.Builder()
        .addInterceptor(retry(Duration.ofMillis(1)))
        .addInterceptor(chain -> attempts.getAndIncrement() == 0
            ? failingBody(chain.request(), new ProtocolException("body ended 10 bytes early"))
            : ok(chain.request()))
        .build();

    try (okhttp3.Response response = client.newCall(new Request.Builder()
        .url("http://paper.example/cut").build()).execute()) {
      assertThat(response.body().string()).isEqualTo("ok");
    }
    assertThat(attempts).hasValue(2);
  }

  @Test
  void aProtocolErrorBeforeTheBodyIsNotRetriedWhateverItsMessageSays() {
    AtomicInteger attempts = new AtomicInteger();
    OkHttpClient client = new OkHttpClient.Builder()
        .addInterceptor(retry(Duration.ofMillis(1)))
        .addInterceptor(chain -> {
          attempts.incrementAndGet();
          throw new ProtocolException("unexpected end of stream");
        })
        .build();

    assertThatThrownBy(() -> client.newCall(new Request.Builder()
        .url("http://paper.example/garbled").build()).execute())
        .isInstanceOf(ProtocolException.class);
    assertThat(attempts).hasValue(1);
  }
}
