package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Figure;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Page;
import org.termpaper.model.Paper;
import org.termpaper.net.Fetcher;
import org.termpaper.net.HttpSettings;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;

/**
 * The {@code i} key over HTTP: no picture is asked of the server before the reader asks, the
 * photo is drawn in coloured cells with its caption below, {@code n} steps to the next, a
 * picture that cannot be had says why, and Esc gives the text back with nothing left.
 */
class ReaderAppPicturesTest {
  private static final Paper PAPER = new Paper("pics", "图报", null);
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @StartStop
  private final MockWebServer server = new MockWebServer();
  private final Fetcher fetcher = new Fetcher(HttpSettings.defaults("test"));

  @AfterEach
  void close() {
    fetcher.close();
  }

  private final class Source implements EditionSource {
    @Override
    public String location() {
      return "fixture";
    }

    @Override
    public IssueCalendar calendar() {
      return new IssueCalendar(PAPER, List.of(DAY));
    }

    @Override
    public Edition edition(LocalDate date, Progress progress) {
      Article article = new Article("content_1", null, null, "港口新貌", null, null,
          List.of("正文第一段。"), List.of(
              new Figure(server.url("/p1.png").toString(), "红色的港口吊车。"),
              new Figure(server.url("/p2.jpg").toString(), "第二张图。")));
      return new Edition(PAPER, DAY, null, null, null,
          List.of(new Page("01", "要闻", null, null, List.of(article))), List.of());
    }
  }

  private PictureBytes overHttp() {
    return new PictureBytes() {
      @Override
      public Fetched read(String url) {
        return new Fetched(fetcher.get(URI.create(url)).body(), "network");
      }

      @Override
      public String view(String url, String name) {
        return "saved to /kept/" + name + " from " + URI.create(url).getPath();
      }
    };
  }

  @Test
  void aPictureIsFetchedOnlyWhenAskedAndDrawnInColouredCellsWithItsCaption() throws Exception {
    server.enqueue(new MockResponse.Builder().body(new Buffer().write(red())).build());
    server.enqueue(new MockResponse.Builder().code(404).build());
    try (UiHarness ui = new UiHarness(Source::new, Downloads.NONE, ArchiveAccess.NONE,
        overHttp(), UiHarness.settings(), null)) {
      ui.until("港口新貌");
      ui.type("\t");
      ui.until("> 港口新貌");
      ui.type("\r");
      String text = ui.until("正文第一段");
      assertThat(server.getRequestCount()).as("requests before i").isZero();
      ui.type("i");
      String screen = ui.until("PNG 40x20");
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/p1.png");
      assertThat(screen).contains("Picture 1 of 2: 港口新貌").contains("红色的港口吊车。")
          .contains("PNG 40x20");
      assertThat(ui.sent()).contains("\u001b[48;2;255;0;0m ");
      int caption = row(screen, "红色的港口吊车。");
      int title = row(screen, "Picture 1 of 2");
      // 40x20 pixels into 96 columns by 17 rows (21 of the body less the title, two blank rows
      // and the caption): 34 pixels down in 17 rows, 68 across. A blank row either side.
      assertThat(caption - title).isEqualTo(1 + 1 + 17 + 1);

      ui.type("n");
      screen = ui.until("The picture cannot be shown");
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/p2.jpg");
      assertThat(screen).contains("404").contains("第二张图。");
      ui.type("o");
      ui.until("saved to /kept/content_1-02 from /p2.jpg");

      ui.type("\u001b");
      screen = ui.until("正文第一段");
      // All as it was but the message line, which still says where the photo was saved.
      assertThat(screen.lines().limit(23)).as("the text as it was, nothing of the pictures left")
          .containsExactlyElementsOf(text.lines().limit(23).toList());
    }
  }

  @Test
  void withPrefetchImagesAnOpenedArticlesPicturesAreFetchedBeforeIAsksAndOnlyOnce()
      throws Exception {
    server.enqueue(new MockResponse.Builder().body(new Buffer().write(red())).build());
    server.enqueue(new MockResponse.Builder().code(404).build());
    UiSettings plain = UiHarness.settings();
    UiSettings ahead = new UiSettings(plain.keys(), plain.texts(), plain.palette(),
        plain.width(), plain.link(), plain.prefetch(), plain.speech(), plain.pictures(), true);
    try (UiHarness ui = new UiHarness(Source::new, Downloads.NONE, ArchiveAccess.NONE,
        overHttp(), ahead, null)) {
      ui.until("港口新貌");
      ui.type("\t");
      ui.until("> 港口新貌");
      assertThat(server.getRequestCount()).as("requests before the article opens").isZero();
      ui.type("\r");
      ui.until("正文第一段");
      assertThat(List.of(pictureAsked(), pictureAsked()))
          .containsExactlyInAnyOrder("/p1.png", "/p2.jpg");
      ui.type("i");
      ui.until("PNG 40x20");
      ui.type("n");
      ui.until("The picture cannot be shown");
      assertThat(server.getRequestCount()).as("pictures fetched again").isEqualTo(2);
    }
  }

  @Test
  void withNoColourThereIsNoPictureNoRequestAndTheCaptionWithTheReason() throws Exception {
    UiSettings plain = UiHarness.settings();
    UiSettings noColor = new UiSettings(plain.keys(), plain.texts(), plain.palette(),
        plain.width(), plain.link(), plain.prefetch(), plain.speech(),
        org.termpaper.picture.PictureMode.of(null, java.util.Map.of("NO_COLOR", "1")));
    try (UiHarness ui = new UiHarness(Source::new, Downloads.NONE, ArchiveAccess.NONE,
        overHttp(), noColor, null)) {
      ui.until("港口新貌");
      ui.type("\t");
      ui.until("> 港口新貌");
      ui.type("i");
      String screen = ui.until("No picture: NO_COLOR is set");
      assertThat(screen).contains("红色的港口吊车。").contains("0 B to the terminal (off)");
      ui.type("n");
      ui.until("Picture 2 of 2");
      assertThat(server.getRequestCount()).as("requests for pictures not drawn").isZero();
    }
  }

  /** The path of the next picture request, failing when none comes within ten seconds. */
  private String pictureAsked() throws InterruptedException {
    RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(request).as("a picture request before i").isNotNull();
    return request.getUrl().encodedPath();
  }

  private static int row(String screen, String text) {
    String[] rows = screen.split("\n");
    for (int r = 0; r < rows.length; r++) {
      if (rows[r].contains(text)) {
        return r;
      }
    }
    throw new AssertionError(text + " not on screen:\n" + screen);
  }

  private static byte[] red() throws IOException {
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 20; y++) {
      for (int x = 0; x < 40; x++) {
        image.setRGB(x, y, 0xFF0000);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
