package org.termpaper.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;

/**
 * A MockWebServer serving a {@link FounderSite} the way a real web server would: ETag and
 * Last-Modified with 304 answers to conditional requests, gzip when asked for, and, on demand,
 * latency, a bandwidth limit and one {@link Fault} per path; and requests held unanswered until
 * the test says ({@link #hold}). Counts requests and the body bytes it sent. Thread-safe.
 */
public final class PaperServer extends Dispatcher implements AutoCloseable {
  private static final String LAST_MODIFIED = "Thu, 14 Jul 2022 02:00:00 GMT";

  /** What can go wrong with one path. */
  public enum Fault {
    /** 500 Internal Server Error. */
    SERVER_ERROR,
    /** The connection is closed halfway through the body. */
    RESET_MID_BODY,
    /** The body comes one byte every 200 ms. */
    DRIP,
    /** The server reads the request and never answers. */
    NEVER_ANSWERS,
    /** 404 Not Found. */
    NOT_FOUND,
    /** A gzip body cut in half. */
    TRUNCATED_GZIP,
    /** A redirect to itself. */
    REDIRECT_LOOP
  }

  private final FounderSite site;
  private final MockWebServer server = new MockWebServer();
  private final Map<String, Fault> faults = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> faultsLeft = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final AtomicLong bodyBytes = new AtomicLong();
  private volatile boolean gzip = true;
  private volatile long latencyMillis;
  private volatile SharedLink link;
  private volatile Predicate<String> held = path -> false;
  private final CountDownLatch heldArrived = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);

  private PaperServer(FounderSite site) {
    this.site = site;
  }

  public static PaperServer serve(FounderSite site) throws IOException {
    PaperServer paper = new PaperServer(site);
    paper.server.setDispatcher(paper);
    paper.server.start();
    return paper;
  }

  /** The site served; documents put into it are served from then on. */
  public FounderSite site() {
    return site;
  }

  public URI url(String path) {
    return server.url(path).uri();
  }

  /** {@code fault} on every request for {@code path} until {@link #heal}. */
  public void fail(String path, Fault fault) {
    fail(path, fault, Integer.MAX_VALUE);
  }

  /** {@code fault} on the next {@code times} requests for {@code path}. */
  public void fail(String path, Fault fault, int times) {
    faults.put("/" + path, fault);
    faultsLeft.put("/" + path, new AtomicInteger(times));
  }

  public void heal() {
    faults.clear();
    faultsLeft.clear();
  }

  public void gzip(boolean on) {
    gzip = on;
  }

  /** Waits this long before each response's headers: the round trip of a slow link. */
  public void latency(long millis) {
    latencyMillis = millis;
  }

  /** Sends every body over one link of this many bits a second, shared by all responses. */
  public void bandwidth(long bitsPerSecond) {
    link = new SharedLink(bitsPerSecond);
  }

  /**
   * Holds every later request for a path {@code paths} accepts (such as {@code /html/2022-07/03/
   * node_1.htm}) unanswered until {@link #release} or {@link #close}.
   */
  public void hold(Predicate<String> paths) {
    held = paths;
  }

  /** Waits until a held request has come, up to {@code seconds}; false when none came. */
  public boolean awaitHeld(long seconds) throws InterruptedException {
    return heldArrived.await(seconds, TimeUnit.SECONDS);
  }

  /** Answers the held requests, and holds no more. */
  public void release() {
    held = path -> false;
    released.countDown();
  }

  public long bodyBytesSent() {
    return bodyBytes.get();
  }

  public int requestCount() {
    return server.getRequestCount();
  }

  public int requests(String path) {
    AtomicInteger count = requests.get("/" + path);
    return count == null ? 0 : count.get();
  }

  public void resetCounts() {
    requests.clear();
    bodyBytes.set(0);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    String path = request.getUrl().encodedPath();
    requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    if (held.test(path)) {
      heldArrived.countDown();
      released.await();
    }
    if (Boolean.getBoolean("paperserver.log")) {
      System.out.println((System.nanoTime() / 1_000_000 % 100_000) + " " + path + " "
          + request.getHeaders().get("If-None-Match"));
    }
    MockResponse.Builder response = new MockResponse.Builder();
    if (latencyMillis > 0) {
      response.headersDelay(latencyMillis, TimeUnit.MILLISECONDS);
    }
    Fault fault = activeFault(path);
    if (fault != null && fault != Fault.DRIP && fault != Fault.RESET_MID_BODY
        && fault != Fault.TRUNCATED_GZIP) {
      return failure(response, fault, path);
    }
    FounderSite.Document doc = site.documents().get(path.substring(1));
    if (doc == null) {
      return counted(response.code(404), "<html><body>404 Not Found</body></html>");
    }
    String etag = "\"" + Integer.toHexString(Arrays.hashCode(doc.body())) + "\"";
    response.addHeader("ETag", etag).addHeader("Last-Modified", LAST_MODIFIED);
    if (path.endsWith("paperindex.htm") || path.endsWith("period.xml")) {
      // These change every day; a real server asks for them to be checked each time.
      response.addHeader("Cache-Control", "no-cache");
    }
    if (etag.equals(request.getHeaders().get("If-None-Match"))) {
      return response.code(304).build();
    }
    boolean zipped = fault == Fault.TRUNCATED_GZIP || gzip && String.valueOf(
        request.getHeaders().get("Accept-Encoding")).contains("gzip");
    byte[] body = zipped ? gzip(doc.body()) : doc.body();
    if (fault == Fault.TRUNCATED_GZIP) {
      body = Arrays.copyOf(body, body.length / 2);
    }
    if (zipped) {
      response.addHeader("Content-Encoding", "gzip");
    }
    response.addHeader("Content-Type", doc.contentType());
    SharedLink shared = link;
    if (shared != null && fault == null) {
      response.body(shared.body(body));
    } else {
      response.body(new Buffer().write(body));
    }
    if (fault == Fault.DRIP) {
      response.throttleBody(1, 200, TimeUnit.MILLISECONDS);
    }
    if (fault == Fault.RESET_MID_BODY) {
      response.onResponseBody(new SocketEffect.CloseSocket(true, false, false));
    }
    bodyBytes.addAndGet(body.length);
    return response.build();
  }

  private Fault activeFault(String path) {
    Fault fault = faults.get(path);
    if (fault == null) {
      return null;
    }
    AtomicInteger left = faultsLeft.get(path);
    return left != null && left.getAndDecrement() > 0 ? fault : null;
  }

  /** An error answer whose body counts in {@link #bodyBytesSent}, as any body does. */
  private MockResponse counted(MockResponse.Builder response, String body) {
    bodyBytes.addAndGet(body.length());
    return response.body(body).build();
  }

  private MockResponse failure(MockResponse.Builder response, Fault fault, String path) {
    return switch (fault) {
      case SERVER_ERROR -> counted(response.code(500), "Internal Server Error");
      case NOT_FOUND -> counted(response.code(404), "Not Found");
      case REDIRECT_LOOP -> response.code(302).addHeader("Location", path).build();
      case NEVER_ANSWERS -> response.onResponseStart(SocketEffect.Stall.INSTANCE).build();
      default -> throw new IllegalStateException("not a failure answer: " + fault);
    };
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    release();
    server.close();
  }
}
