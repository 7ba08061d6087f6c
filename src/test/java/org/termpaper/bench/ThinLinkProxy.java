package org.termpaper.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.termpaper.testing.SharedLink;

/**
 * A loopback proxy that puts the same thin link as {@code PaperServer}'s in front of another
 * server: each answer waits one round trip before its headers, and every body goes through one
 * {@link SharedLink}. Forwards the conditional and coding headers and the answer's bytes as they
 * are (gzipped stays gzipped). Counts requests and the body bytes sent. For benchmarks.
 */
final class ThinLinkProxy extends Dispatcher implements AutoCloseable {
  private static final List<String> REQUEST_HEADERS =
      List.of("Accept-Encoding", "If-None-Match", "If-Modified-Since");
  private static final List<String> ANSWER_HEADERS = List.of("Content-Type", "Content-Encoding",
      "ETag", "Last-Modified", "Cache-Control", "Vary", "Location");

  private final URI target;
  private final long rttMillis;
  private final SharedLink link;
  private final MockWebServer server = new MockWebServer();
  private final HttpClient client = HttpClient.newHttpClient();
  private final AtomicLong bodyBytes = new AtomicLong();

  ThinLinkProxy(URI target, long rttMillis, long bitsPerSecond) throws IOException {
    this.target = target;
    this.rttMillis = rttMillis;
    this.link = new SharedLink(bitsPerSecond);
    server.setDispatcher(this);
    server.start();
  }

  URI url(String path) {
    return server.url(path).uri();
  }

  int requestCount() {
    return server.getRequestCount();
  }

  long bodyBytesSent() {
    return bodyBytes.get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    HttpRequest.Builder forward = HttpRequest.newBuilder(
        target.resolve(request.getUrl().encodedPath()));
    for (String name : REQUEST_HEADERS) {
      String value = request.getHeaders().get(name);
      if (value != null) {
        forward.header(name, value);
      }
    }
    HttpResponse<byte[]> answer;
    try {
      answer = client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      return new MockResponse.Builder().code(502).body("proxy: " + e.getMessage()).build();
    }
    MockResponse.Builder response = new MockResponse.Builder().code(answer.statusCode())
        .headersDelay(rttMillis, TimeUnit.MILLISECONDS);
    for (String name : ANSWER_HEADERS) {
      answer.headers().firstValue(name).ifPresent(value -> response.addHeader(name, value));
    }
    byte[] body = answer.body();
    bodyBytes.addAndGet(body.length);
    return response.body(link.body(body)).build();
  }

  @Override
  public void close() {
    server.close();
  }
}
