package org.termpaper.source.founder;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A MockWebServer that serves a folder as a web site, for tests and the benchmark: each path
 * from the folder ({@code /} gives its index page), with statuses and Content-Type headers that
 * a test may override, an optional delay before the headers, and counts of what was asked.
 */
public final class SiteServer extends Dispatcher implements AutoCloseable {
  private static final long GATE_SECONDS = 20;

  private final Path root;
  private final MockWebServer server = new MockWebServer();
  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
  private final Map<String, String> contentTypes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();
  private volatile long delayMillis;
  private volatile Predicate<String> gated = path -> false;
  private volatile CountDownLatch gate = new CountDownLatch(0);
  private volatile CountDownLatch arrived = new CountDownLatch(0);

  private SiteServer(Path root) {
    this.root = root;
  }

  /** Serves {@code root} on a free port of the loopback address. */
  public static SiteServer serve(Path root) throws IOException {
    SiteServer site = new SiteServer(root);
    site.server.setDispatcher(site);
    site.server.start();
    return site;
  }

  /** The folder of a test resource, such as {@code /founder/classic}. */
  public static Path resource(String name) {
    try {
      return Path.of(SiteServer.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public URI url(String path) {
    return URI.create(server.url(path).toString());
  }

  /** Answers {@code path} with {@code status} and an empty body. */
  public void fail(String path, int status) {
    statuses.put(path, status);
  }

  public void contentType(String path, String header) {
    contentTypes.put(path, header);
  }

  public void delay(long millis) {
    delayMillis = millis;
  }

  /**
   * Holds requests for matching paths until {@code release} opens (at most 20 s), counting
   * each arrival down on {@code arrived}.
   */
  public void hold(Predicate<String> paths, CountDownLatch arrived, CountDownLatch release) {
    this.arrived = arrived;
    gate = release;
    gated = paths;
  }

  public int count(String path) {
    AtomicInteger count = counts.get(path);
    return count == null ? 0 : count.get();
  }

  public Map<String, Integer> counts() {
    Map<String, Integer> copy = new java.util.TreeMap<>();
    counts.forEach((path, count) -> copy.put(path, count.get()));
    return copy;
  }

  public int requests() {
    return server.getRequestCount();
  }

  public long bytesServed() {
    return bytes.get();
  }

  public int maxInFlight() {
    return maxInFlight.get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    String path = request.getUrl().encodedPath();
    counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    int now = inFlight.incrementAndGet();
    maxInFlight.accumulateAndGet(now, Math::max);
    try {
      if (gated.test(path)) {
        arrived.countDown();
        gate.await(GATE_SECONDS, TimeUnit.SECONDS);
      }
      return respond(path);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private MockResponse respond(String path) {
    MockResponse.Builder response = new MockResponse.Builder();
    if (delayMillis > 0) {
      response.headersDelay(delayMillis, TimeUnit.MILLISECONDS);
    }
    Integer status = statuses.get(path);
    if (status != null) {
      return response.code(status).body("error " + status).build();
    }
    Path file = path.equals("/") ? index() : root.resolve(path.substring(1));
    if (file == null || !file.normalize().startsWith(root) || !Files.isRegularFile(file)) {
      return response.code(404).body("<html><body>404 Not Found</body></html>").build();
    }
    try {
      byte[] body = Files.readAllBytes(file);
      bytes.addAndGet(body.length);
      String type = contentTypes.getOrDefault(path,
          path.endsWith(".xml") ? "text/xml" : "text/html");
      return response.code(200).addHeader("Content-Type", type)
          .body(new Buffer().write(body)).build();
    } catch (IOException e) {
      return response.code(500).body(e.toString()).build();
    }
  }

  private Path index() {
    for (String name : new String[] {"paperindex.htm", "index.html", "index.htm"}) {
      if (Files.isRegularFile(root.resolve(name))) {
        return root.resolve(name);
      }
    }
    return null;
  }

  @Override
  public void close() {
    try {
      CountDownLatch open = gate;
      while (open.getCount() > 0) {
        open.countDown();
      }
      server.close();
    } catch (RuntimeException e) {
      // closing a test server must not hide the test's own failure
    }
  }
}
