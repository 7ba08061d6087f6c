package org.termpaper.serve.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.termpaper.model.TermpaperException;
import org.termpaper.serve.ServedSource;
import org.termpaper.serve.StationContext;
import org.termpaper.source.feed.FeedSource;

/**
 * Answers the station's requests: GET and HEAD of {@code /}, {@code /NAME/} (what that feed
 * folder holds; {@code /NAME} is redirected there), {@code /NAME/calendar.json} and
 * {@code /NAME/YYYY-MM-DD.json}; anything else is 404, 405 or 4xx for a malformed or oversized
 * request. A path is matched segment by segment, after strict percent-decoding, against the
 * served names and the two document forms, and nothing else: it never becomes a file name, so
 * no path (whatever {@code ..} or encoded slash it holds) reaches anything but those documents.
 * At most a given number of requests of one client address are answered at once; more are
 * refused with 503, so that one client holding slow requests leaves threads to the others.
 * Logs one line per request. Thread-safe.
 */
final class FeedHandler implements HttpHandler {
  /** Longer request targets are refused; ours are far shorter. */
  static final int MAX_TARGET = 1024;
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9.-]{1,253}(:\\d{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:\\d{1,5})?");

  private final StationContext station;
  private final StationDocuments documents;
  private final String ownAddress;
  private final int perClient;
  private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

  FeedHandler(StationContext station, String ownAddress, int perClient) {
    this.station = station;
    this.documents = new StationDocuments(station);
    this.ownAddress = ownAddress;
    this.perClient = perClient;
  }

  /**
   * Answers one request. A failure to send (the client went away) is logged and thrown on: the
   * JDK's server then closes the connection and counts it as gone, which it does not when a
   * handler closes the exchange after such a failure, so that each one would keep a place of
   * its cap on connections until none is left.
   */
  @Override
  public void handle(HttpExchange exchange) throws IOException {
    long start = System.nanoTime();
    String client = exchange.getRemoteAddress().getAddress().getHostAddress();
    String line = client + " " + exchange.getRequestMethod() + " "
        + shorten(exchange.getRequestURI().getRawPath());
    Consumer<Reply.Sent> logged = sent -> station.log().event("http", line + " "
        + sent.status() + " " + sent.bytes() + " B " + (System.nanoTime() - start) / 1_000_000
        + " ms");
    AtomicInteger ofClient = inFlight.compute(client,
        (key, count) -> count == null ? new AtomicInteger(1) : inc(count));
    try {
      Reply reply;
      if (ofClient.get() > perClient) {
        reply = Reply.text(503, "too many requests from your address at once; try again later",
            Map.of("Connection", "close", "Retry-After", "5"));
      } else {
        try {
          reply = answer(exchange);
        } catch (RuntimeException e) {
          station.log().error("http", line + ": " + e.getMessage());
          reply = Reply.text(500, "the station could not answer; see its log");
        }
      }
      reply.send(exchange, logged);
      exchange.close();
    } catch (IOException e) {
      station.log().error("http", line + ": the answer was cut: " + e.getMessage());
      throw e;
    } finally {
      inFlight.computeIfPresent(client,
          (key, count) -> count.decrementAndGet() <= 0 ? null : count);
    }
  }

  private static AtomicInteger inc(AtomicInteger count) {
    count.incrementAndGet();
    return count;
  }

  /** The requests of {@code client} (an address as text) being answered now. */
  int inFlight(String client) {
    AtomicInteger count = inFlight.get(client);
    return count == null ? 0 : count.get();
  }

  private Reply answer(HttpExchange exchange) {
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return Reply.text(405, "only GET and HEAD are served here", Map.of("Allow", "GET, HEAD"));
    }
    if (hasBody(exchange)) {
      return Reply.text(413, "a request here has no body", Map.of("Connection", "close"));
    }
    String target = exchange.getRequestURI().getRawPath();
    if (target == null || target.length() > MAX_TARGET) {
      return Reply.text(414, "the path is too long");
    }
    Optional<List<String>> segments = segments(target);
    if (segments.isEmpty()) {
      return notFound();
    }
    try {
      return route(exchange, segments.get());
    } catch (TermpaperException e) {
      station.log().error("http", target + ": " + e.getMessage());
      return Reply.text(503, "the archive cannot be read now; try again later");
    }
  }

  private Reply route(HttpExchange exchange, List<String> path) {
    if (path.isEmpty()) {
      return Reply.of(documents.index(base(exchange)));
    }
    Optional<ServedSource> source = station.source(path.get(0));
    if (source.isEmpty()) {
      return notFound();
    }
    if (path.size() == 1 && !target(exchange).endsWith("/")) {
      return Reply.text(301, "see /" + source.get().name() + "/",
          Map.of("Location", "/" + source.get().name() + "/"));
    }
    if (path.size() == 1) {
      return Reply.of(documents.folder(source.get(), base(exchange)));
    }
    if (path.size() != 2) {
      return notFound();
    }
    String name = path.get(1);
    if (name.equals("calendar.json")) {
      return documents.calendar(source.get()).map(Reply::of).orElseGet(() -> Reply.text(404,
          "nothing of " + source.get().name() + " is archived yet"));
    }
    Optional<LocalDate> date = FeedSource.dateOf(name);
    if (date.isEmpty()) {
      return notFound();
    }
    return documents.edition(source.get(), date.get()).map(Reply::of).orElseGet(() ->
        Reply.text(404, "no issue of " + date.get() + " is archived here; see calendar.json"));
  }

  private static String target(HttpExchange exchange) {
    return exchange.getRequestURI().getRawPath();
  }

  private static Reply notFound() {
    return Reply.text(404, "no such document; GET / lists the served sources");
  }

  private static boolean hasBody(HttpExchange exchange) {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    return exchange.getRequestHeaders().containsKey("Transfer-Encoding")
        || length != null && !length.strip().equals("0");
  }

  /**
   * The decoded segments of an absolute path ({@code /a/b} is {@code [a, b]}, {@code /} is
   * {@code []}, a trailing slash adds nothing); empty when a segment is not strict UTF-8
   * percent-encoding, is {@code .} or {@code ..}, is empty inside the path, or holds a slash,
   * backslash or control character once decoded.
   */
  static Optional<List<String>> segments(String rawPath) {
    if (!rawPath.startsWith("/")) {
      return Optional.empty();
    }
    String[] raw = rawPath.substring(1).split("/", -1);
    List<String> segments = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      boolean last = i == raw.length - 1;
      if (raw[i].isEmpty() && last) {
        break;
      }
      Optional<String> decoded = decode(raw[i]);
      if (decoded.isEmpty() || decoded.get().isEmpty() || decoded.get().equals(".")
          || decoded.get().equals("..") || decoded.get().chars().anyMatch(
              c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
        return Optional.empty();
      }
      segments.add(decoded.get());
    }
    return Optional.of(segments);
  }

  private static Optional<String> decode(String segment) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%') {
        if (i + 2 >= segment.length()) {
          return Optional.empty();
        }
        int high = Character.digit(segment.charAt(i + 1), 16);
        int low = Character.digit(segment.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c < 0x80) {
        bytes.write(c);
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
      }
    }
    try {
      // Strict: overlong forms such as %C0%AE ('.') and lone surrogates are refused.
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** {@code http://HOST/} as the client named the station, when that is a plain host. */
  private String base(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    return "http://" + (host != null && HOST.matcher(host).matches() ? host : ownAddress) + "/";
  }

  private static String shorten(String target) {
    if (target == null) {
      return "-";
    }
    return target.length() <= 200 ? target : target.substring(0, 200) + "…";
  }
}
