package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Page;
import org.termpaper.model.PageArea;
import org.termpaper.model.PageImage;
import org.termpaper.model.Paper;
import org.termpaper.net.Fetcher;
import org.termpaper.net.HttpSettings;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;

/**
 * The {@code v} key over HTTP: the page image is asked of the server only when the reader
 * presses it, drawn with the outlined article in the outline's colour, {@code n} outlines the
 * next article and Enter opens it.
 */
class ReaderAppPageImageTest {
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
      Article first = new Article("content_1", null, null, "港口新貌", null, null,
          List.of("第一篇正文。"), List.of());
      Article second = new Article("content_2", null, null, "渡口灯塔", null, null,
          List.of("第二篇正文。"), List.of());
      PageImage image = new PageImage(server.url("/page01.png").toString(), List.of(
          PageArea.parse("content_1", "0,0,100,100"), PageArea.parse("content_2",
              "100,0,200,100")));
      return new Edition(PAPER, DAY, null, null, null,
          List.of(new Page("01", "要闻", null, null, List.of(first, second)).withImage(image)),
          List.of());
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
        return "saved to /kept/" + name;
      }
    };
  }

  @Test
  void thePageImageIsFetchedOnlyOnVAndDrawnWithTheArticleOutlined() throws Exception {
    server.enqueue(new MockResponse.Builder().body(new Buffer().write(white())).build());
    try (UiHarness ui = new UiHarness(Source::new, Downloads.NONE, ArchiveAccess.NONE,
        overHttp(), UiHarness.settings(), null)) {
      ui.until("港口新貌");
      ui.type("\t");
      ui.until("> 港口新貌");
      ui.type("\r");
      ui.until("第一篇正文");
      ui.type("\u001b");
      assertThat(server.getRequestCount()).as("requests before v").isZero();
      ui.type("v");
      String screen = ui.until("PNG 200x100");
      assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/page01.png");
      assertThat(screen).contains("第01版 要闻: article 1 of 2 on the image: 港口新貌")
          .contains("Page image");
      assertThat(ui.sent()).contains(";224;32;42m");

      ui.type("n");
      ui.until("article 2 of 2 on the image: 渡口灯塔");
      ui.type("\r");
      ui.until("第二篇正文");
      assertThat(server.getRequestCount()).as("the page image is fetched once").isEqualTo(1);
    }
  }

  private static byte[] white() throws IOException {
    BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 100; y++) {
      for (int x = 0; x < 200; x++) {
        image.setRGB(x, y, 0xFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
