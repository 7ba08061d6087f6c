package org.termpaper.serve.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One answer to a request: a document (sent whole, gzipped, or as {@code 304 Not Modified} by
 * the request's headers) or a short text. Immutable.
 *
 * @param status the status for a text answer, or 200 for a document
 * @param document the document, or null for a text answer
 * @param text the one-line text of an answer without a document
 * @param headers further headers (such as {@code Allow}, {@code Location})
 */
record Reply(int status, Document document, String text, Map<String, String> headers) {
  /** RFC 9110's IMF-fixdate: two-digit days, English names, GMT. */
  static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  static Reply of(Document document) {
    return new Reply(200, document, null, Map.of());
  }

  static Reply text(int status, String text) {
    return new Reply(status, null, text, Map.of());
  }

  static Reply text(int status, String text, Map<String, String> headers) {
    return new Reply(status, null, text, headers);
  }

  /** What was sent, for the log: the status and the body bytes. */
  record Sent(int status, long bytes) {}

  /**
   * Sends this answer to {@code exchange}; a HEAD request gets the headers only. {@code before}
   * is told what is sent just before it is, so that the log line is written before the client
   * has its answer.
   */
  void send(HttpExchange exchange, Consumer<Sent> before) throws IOException {
    Headers out = exchange.getResponseHeaders();
    headers.forEach(out::set);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    if (document == null) {
      byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
      out.set("Content-Type", "text/plain; charset=utf-8");
      out.set("Cache-Control", "no-store");
      write(exchange, status, body, head, before);
      return;
    }
    Headers in = exchange.getRequestHeaders();
    boolean gzip = acceptsGzip(in.get("Accept-Encoding") == null ? null
        : String.join(",", in.get("Accept-Encoding")));
    String etag = gzip ? document.gzipEtag() : document.etag();
    out.set("Content-Type", "application/json; charset=utf-8");
    out.set("ETag", etag);
    out.set("Last-Modified", HTTP_DATE.format(document.lastModified().atZone(ZoneOffset.UTC)));
    out.set("Cache-Control", document.cacheControl());
    out.set("Vary", "Accept-Encoding");
    if (notModified(in, etag, document.lastModified())) {
      before.accept(new Sent(304, 0));
      exchange.sendResponseHeaders(304, -1);
      return;
    }
    if (gzip) {
      out.set("Content-Encoding", "gzip");
    }
    write(exchange, 200, gzip ? document.gzipped() : document.body(), head, before);
  }

  private static void write(HttpExchange exchange, int status, byte[] body, boolean head,
      Consumer<Sent> before) throws IOException {
    if (head) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      before.accept(new Sent(status, 0));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    before.accept(new Sent(status, body.length));
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream stream = exchange.getResponseBody()) {
      stream.write(body);
    }
  }

  /**
   * RFC 9110 §13.1.2 and §13.1.3: If-None-Match (weak comparison) decides when given, else
   * If-Modified-Since, to the second.
   */
  static boolean notModified(Headers in, String etag, Instant lastModified) {
    String match = in.getFirst("If-None-Match");
    if (match != null) {
      String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
      for (String tag : match.split(",")) {
        String candidate = tag.strip();
        if (candidate.startsWith("W/")) {
          candidate = candidate.substring(2);
        }
        if (candidate.equals("*") || candidate.equals(opaque)) {
          return true;
        }
      }
      return false;
    }
    String since = in.getFirst("If-Modified-Since");
    if (since == null) {
      return false;
    }
    try {
      Instant then = ZonedDateTime.parse(since.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
          .toInstant();
      return !lastModified.isAfter(then);
    } catch (DateTimeParseException e) {
      return false; // an unreadable date is ignored, as the RFC says
    }
  }

  /** True when {@code acceptEncoding} accepts gzip with a quality above zero. */
  static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    Double gzip = null;
    Double any = null;
    for (String part : acceptEncoding.split(",")) {
      String[] pieces = part.split(";");
      String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
      double quality = quality(pieces);
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        gzip = quality;
      } else if (coding.equals("*")) {
        any = quality;
      }
    }
    Double chosen = gzip != null ? gzip : any;
    return chosen != null && chosen > 0;
  }

  private static double quality(String[] pieces) {
    for (int i = 1; i < pieces.length; i++) {
      String parameter = pieces[i].strip();
      if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
        try {
          double q = Double.parseDouble(parameter.substring(2).strip());
          return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
