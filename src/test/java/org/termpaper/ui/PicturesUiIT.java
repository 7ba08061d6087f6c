package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.testing.Commands;
import org.termpaper.testing.Prerequisite;

/**
 * The {@code i} key in the built jar, in tmux, where pictures are drawn in half blocks: the
 * sample's photo in coloured cells of the expected size with its caption below, redrawn at the
 * new size after a resize, and gone without a trace after Esc, which gives the text back.
 */
class PicturesUiIT {
  private static final Path JAR = Path.of("dist/termpaper.jar").toAbsolutePath();
  private static final String SESSION = "termpaper-pictures-it-" + ProcessHandle.current().pid();

  @TempDir
  Path data;

  @BeforeAll
  static void needsTmuxAndTheJar() {
    Prerequisite.require(run("tmux", "-V") == 0, "tmux is not installed: the end-to-end picture"
        + " test is skipped (.ci/run installs it with apt-get)");
    Prerequisite.require(Files.isRegularFile(JAR),
        "dist/termpaper.jar is missing: run mvn package first");
  }

  @AfterAll
  static void stopServer() {
    run(tmux("kill-server"));
  }

  @AfterEach
  void killSession() {
    run(tmux("kill-session", "-t", SESSION));
  }

  @Test
  void iShowsThePhotoInColouredCellsAndEscLeavesNothingOfIt() throws Exception {
    String command = "env LANG=en_US.UTF-8 LC_ALL= TERM=xterm-256color COLORTERM=truecolor "
        + "java -jar " + JAR + " --data-dir " + data + "; echo EXIT=$?; sleep 60";
    assertThat(run(tmux("-u", "new-session", "-d", "-s", SESSION, "-x", "80", "-y", "24",
        "sh", "-c", command))).isZero();
    see("the page list", s -> s.contains("> 第01版 要闻"));
    keys("Enter");
    see("the article list", s -> s.contains("> 我市首批"));
    keys("Enter");
    String text = see("the article", s -> s.contains("本报讯 11月3日"));
    keys("i");
    String shown = see("the photo", s -> s.contains("JPEG 160x120"));
    // 160x120 pixels into 76 columns by 17 rows of two pixels: 17 rows of 45 columns.
    assertThat(colouredRows()).isEqualTo(17);
    assertThat(colouredWidths()).containsOnly(45);
    assertThat(shown).contains("Picture 1 of 1: 我市首批“AI+政务服务”场景上线")
        .contains("11月3日，市民在市民中心政务服务大厅使用智能导办终端。")
        .contains("to the terminal (blocks)");
    int caption = rowOf(shown, "11月3日，市民");
    assertThat(caption).isEqualTo(3 + 17 + 1);

    resize(200, 60);
    // 196 columns by 53 rows of two pixels: 106 pixels down, 141 across.
    see("the photo at 200x60", s -> colouredRows() == 53);
    assertThat(colouredWidths()).containsOnly(141);
    resize(80, 24);
    see("the photo at 80x24 again", s -> colouredRows() == 17 && s.contains("JPEG 160x120"));

    keys("Escape");
    String back = see("the article again", s -> s.contains("本报讯 11月3日"));
    assertThat(colouredRows()).isZero();
    assertThat(back).doesNotContain("▀").isEqualTo(text);
    keys("q", "q", "q");
    assertThat(see("the exit", s -> s.contains("EXIT="))).contains("EXIT=0");
  }

  @Test
  void vShowsThePageImageWithTheArticleOutlinedAndEscGoesBackToThePageList() throws Exception {
    String command = "env LANG=en_US.UTF-8 LC_ALL= TERM=xterm-256color COLORTERM=truecolor "
        + "java -jar " + JAR + " --data-dir " + data + "; echo EXIT=$?; sleep 60";
    assertThat(run(tmux("-u", "new-session", "-d", "-s", SESSION, "-x", "80", "-y", "24",
        "sh", "-c", command))).isZero();
    String pages = see("the page list", s -> s.contains("> 第01版 要闻"));
    keys("v");
    String shown = see("the page image", s -> s.contains("PNG 240x340"));
    // 240x340 pixels into 76 columns by 20 rows of two pixels: all 20 rows.
    assertThat(colouredRows()).isEqualTo(20);
    assertThat(shown).contains("第01版 要闻: article 1 of 5 on the image: 我市首批")
        .contains("Page image").contains("to the terminal (blocks)");
    assertThat(output(tmux("capture-pane", "-p", "-e", "-t", SESSION)))
        .as("the outline's colour").contains("224;32;42");
    keys("n");
    see("the next article outlined", s -> s.contains("article 2 of 5 on the image"));
    keys("Escape");
    String back = see("the page list again", s -> s.contains("> 第01版 要闻"));
    assertThat(colouredRows()).isZero();
    assertThat(back).doesNotContain("▀").isEqualTo(pages);
    keys("q");
    assertThat(see("the exit", s -> s.contains("EXIT="))).contains("EXIT=0");
  }

  /**
   * For each row with a 24-bit background, the cells drawn on one: the picture's width. Reads
   * tmux's own escape sequences (with {@code -N}, which keeps the spaces at the end of a row),
   * in which a background stays set until {@code 49} or a reset.
   */
  private static List<Integer> colouredWidths() {
    List<Integer> widths = new ArrayList<>();
    Pattern sgr = Pattern.compile("\u001b\\[([0-9;]*)m");
    for (String line : output(tmux("capture-pane", "-p", "-e", "-N", "-t", SESSION)).lines()
        .toList()) {
      if (!line.contains("48;2;")) {
        continue;
      }
      int cells = 0;
      boolean on = false;
      Matcher m = sgr.matcher(line);
      int at = 0;
      while (at < line.length()) {
        if (m.find(at) && m.start() == at) {
          on = background(m.group(1), on);
          at = m.end();
          continue;
        }
        cells += on ? 1 : 0;
        at++;
      }
      widths.add(cells);
    }
    return widths;
  }

  private static int rowOf(String screen, String text) {
    List<String> rows = screen.lines().toList();
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).contains(text)) {
        return r;
      }
    }
    throw new AssertionError(text + " is not on the screen:\n" + screen);
  }

  /** The rows that hold a 24-bit background colour, as tmux keeps them. */
  private static long colouredRows() {
    return output(tmux("capture-pane", "-p", "-e", "-t", SESSION)).lines()
        .filter(l -> l.contains("48;2;")).count();
  }

  /** Whether a 24-bit background is set after the SGR parameters {@code params}. */
  private static boolean background(String params, boolean on) {
    String[] p = params.isEmpty() ? new String[] {"0"} : params.split(";");
    for (int i = 0; i < p.length; i++) {
      switch (p[i]) {
        case "0", "49" -> on = false;
        case "48" -> {
          on = i + 1 < p.length && p[i + 1].equals("2");
          i += on ? 4 : 2;
        }
        case "38" -> i += i + 1 < p.length && p[i + 1].equals("2") ? 4 : 2;
        default -> { }
      }
    }
    return on;
  }

  private static void keys(String... keys) {
    List<String> command = new ArrayList<>(List.of(tmux("send-keys", "-t", SESSION)));
    command.addAll(List.of(keys));
    run(command.toArray(String[]::new));
  }

  private static void resize(int columns, int rows) {
    run(tmux("resize-window", "-t", SESSION, "-x", "" + columns, "-y", "" + rows));
  }

  private static String[] tmux(String... arguments) {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", SESSION));
    command.addAll(List.of(arguments));
    return command.toArray(String[]::new);
  }

  /** Polls the pane until it shows what is expected, for at most 15 seconds. */
  private static String see(String what, Predicate<String> expected) throws InterruptedException {
    String last = "";
    for (int i = 0; i < 300; i++) {
      last = output(tmux("capture-pane", "-p", "-t", SESSION));
      if (expected.test(last)) {
        return last;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("expected " + what + ", the screen shows:\n" + last);
  }

  private static String output(String... command) {
    return Commands.output(command).strip();
  }

  private static int run(String... command) {
    return Commands.run(command);
  }
}
