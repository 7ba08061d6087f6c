package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.picture.PictureDecoder;

/** {@code dump --article ID --images DIR}: the article's pictures, named in article order. */
class DumpImagesTest {
  @TempDir
  Path dir;
  @StartStop
  private final MockWebServer server = new MockWebServer();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void theSamplesArticleWritesItsThreePicturesInOrder() throws Exception {
    Path images = dir.resolve("pics");
    assertThat(run("dump", "--date", "2026-11-04", "--article", "content_119109", "--images",
        images.toString())).isZero();
    assertThat(Files.list(images).map(p -> p.getFileName().toString()).sorted())
        .containsExactly("content_119109-01.jpg", "content_119109-02.jpg",
            "content_119109-03.jpg");
    assertThat(new PictureDecoder().decode(Files.readAllBytes(
        images.resolve("content_119109-01.jpg")), "x.jpg").width()).isEqualTo(160);
    assertThat(out.toString()).contains("东津中心站换乘通道");
    assertThat(err.toString()).contains("from sample");
  }

  @Test
  void aPictureThatCannotBeFetchedIsAWarningAndExitOneTheOthersWritten() throws Exception {
    server.enqueue(new MockResponse.Builder().body(new Buffer().write(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})).build());
    server.enqueue(new MockResponse.Builder().code(404).build());
    Path feed = dir.resolve("2026-01-05.json");
    Files.writeString(feed, """
        {"format": "termpaper.edition/1", "paper": {"id": "t", "name": "测试报"},
         "date": "2026-01-05", "pages": [{"number": "01", "articles": [
           {"id": "a1", "title": "有图", "paragraphs": ["正文。"], "figures": [
             {"src": "%s", "caption": "一"}, {"src": "%s", "caption": "二"}]}]}]}
        """.formatted(server.url("/1.jpg"), server.url("/2.jpg")));
    Path images = dir.resolve("out");
    assertThat(run("dump", "--source", feed.toString(), "--article", "a1", "--images",
        images.toString())).isEqualTo(1);
    assertThat(Files.list(images).map(p -> p.getFileName().toString()).toList())
        .containsExactly("a1-01.png");
    assertThat(err.toString()).contains("termpaper: warning: picture 2 of a1 (")
        .contains("404");
  }

  @Test
  void imagesWithoutAnArticleIsBadUsage() {
    assertThat(run("dump", "--images", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--images needs --article ID");
  }

  private int run(String... args) {
    Main main = new Main(new PrintWriter(out), new PrintWriter(err), Map.of(),
        TerminalInfo.PIPE);
    String[] all = new String[args.length + 2];
    all[0] = "--data-dir";
    all[1] = dir.resolve("data").toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return main.run(all);
  }
}
