package org.termpaper.testing;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Page;
import org.termpaper.source.feed.FeedWriter;

/**
 * A MockWebServer serving JSON feeds of generated issues whose pages each name a PDF, and those
 * PDFs: {@code /calendar.json}, {@code /YYYY-MM-DD.json}, {@code /pdf/YYYY-MM-DD-NN.pdf}, each
 * PDF {@code pdfBytes} long with content from a seed of its path. Thread-safe.
 */
public final class PdfFeedServer extends Dispatcher implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final List<LocalDate> dates;
  private final int pdfsPerIssue;
  private final int pdfBytes;

  private PdfFeedServer(List<LocalDate> dates, int pdfsPerIssue, int pdfBytes) {
    this.dates = List.copyOf(dates);
    this.pdfsPerIssue = pdfsPerIssue;
    this.pdfBytes = pdfBytes;
  }

  /** Serves {@code issues} issues from {@code first} on, each of {@code pdfsPerIssue} pages. */
  public static PdfFeedServer serve(LocalDate first, int issues, int pdfsPerIssue, int pdfBytes)
      throws IOException {
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < issues; i++) {
      dates.add(first.plusDays(i));
    }
    PdfFeedServer feed = new PdfFeedServer(dates, pdfsPerIssue, pdfBytes);
    feed.server.setDispatcher(feed);
    feed.server.start();
    return feed;
  }

  public URI url(String path) {
    return server.url(path).uri();
  }

  /** The bytes served at {@code path}, a PDF's. */
  public byte[] pdf(String path) {
    byte[] bytes = new byte[pdfBytes];
    new Random(path.hashCode()).nextBytes(bytes);
    byte[] magic = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(magic, 0, bytes, 0, Math.min(magic.length, bytes.length));
    return bytes;
  }

  /** The issue of {@code date}, its pages naming their PDFs on this server. */
  public Edition edition(LocalDate date) {
    Edition generated = Editions.generate(date, pdfsPerIssue, 1);
    List<Page> pages = new ArrayList<>();
    for (Page page : generated.pages()) {
      pages.add(new Page(page.number(), page.name(), page.url(),
          url("/pdf/" + date + "-" + page.number() + ".pdf").toString(), page.articles()));
    }
    return generated.withPages(pages);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    if (path.equals("/calendar.json")) {
      return json(FeedWriter.calendar(new IssueCalendar(Editions.PAPER, dates)));
    }
    for (LocalDate date : dates) {
      if (path.equals("/" + date + ".json")) {
        return json(FeedWriter.edition(edition(date)));
      }
    }
    if (path.startsWith("/pdf/")) {
      return new MockResponse.Builder().addHeader("Content-Type", "application/pdf")
          .body(new Buffer().write(pdf(path))).build();
    }
    return new MockResponse.Builder().code(404).build();
  }

  private static MockResponse json(String text) {
    return new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body(text).build();
  }

  @Override
  public void close() {
    server.close();
  }
}
