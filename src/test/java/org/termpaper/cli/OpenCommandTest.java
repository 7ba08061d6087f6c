package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code termpaper open}: the viewer where there is a desktop, else the path of the file. */
class OpenCommandTest {
  @TempDir
  Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void withNoDesktopAPictureIsSavedAndItsPathPrinted() throws Exception {
    assertThat(run("open", "--date", "2026-11-04", "--article", "content_119109", "--picture",
        "2")).isZero();
    Path file = Path.of(out.toString().strip());
    assertThat(file.getFileName().toString()).isEqualTo("content_119109-02.jpg");
    assertThat(file).startsWith(dir.resolve("data").toAbsolutePath());
    assertThat(Files.readAllBytes(file)[0] & 0xFF).isEqualTo(0xFF);
  }

  @Test
  void aPagesPdfFromALocalFeedIsSavedUnderThePapersDateAndPage() throws Exception {
    Path pdf = dir.resolve("01.pdf");
    Files.writeString(pdf, "%PDF-1.4 fixture");
    Path feed = dir.resolve("2026-01-05.json");
    Files.writeString(feed, """
        {"format": "termpaper.edition/1", "paper": {"id": "t", "name": "测试报"},
         "date": "2026-01-05", "pages": [{"number": "01", "pdf": "%s", "articles": []}]}
        """.formatted(pdf.toUri()));
    assertThat(run("open", "--source", feed.toString())).isZero();
    Path file = Path.of(out.toString().strip());
    assertThat(file.getFileName().toString()).isEqualTo("t-2026-01-05-01.pdf");
    assertThat(Files.readString(file)).isEqualTo("%PDF-1.4 fixture");
  }

  @Test
  void aPictureNumberOutOfRangeIsBadUsage() {
    assertThat(run("open", "--date", "2026-11-04", "--article", "content_119109", "--picture",
        "9")).isEqualTo(2);
    assertThat(err.toString()).contains("--picture must be 1 to 3 for content_119109, not 9");
  }

  @Test
  void theViewerIsXdgOpenOnADisplayOpenOnAMacAndNoneOverSsh() {
    Path file = dir.resolve("p.jpg");
    assertThat(new Opener(Map.of("DISPLAY", ":0"), "Linux", dir).viewer(file))
        .contains(List.of("xdg-open", file.toString()));
    assertThat(new Opener(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", dir).viewer(file))
        .contains(List.of("xdg-open", file.toString()));
    assertThat(new Opener(Map.of(), "Mac OS X", dir).viewer(file))
        .contains(List.of("open", file.toString()));
    assertThat(new Opener(Map.of("SSH_CONNECTION", "1 2 3 4"), "Mac OS X", dir).viewer(file))
        .isEmpty();
    assertThat(new Opener(Map.of(), "Linux", dir).viewer(file)).isEmpty();
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
