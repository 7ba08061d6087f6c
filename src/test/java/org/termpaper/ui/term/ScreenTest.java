package org.termpaper.ui.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.termpaper.text.ColumnWidth;

class ScreenTest {
  private static final ColumnWidth WIDTH = new ColumnWidth(false);
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private Screen screen;
  private AnsiReplay terminal;
  private int frame = -1;

  @BeforeEach
  void start() {
    screen = new Screen(WIDTH, Palette.COLOR, out, 40, 10);
    terminal = new AnsiReplay(WIDTH, 40, 10);
  }

  private byte[] refresh() {
    out.reset();
    screen.refresh();
    byte[] bytes = out.toByteArray();
    terminal.play(bytes);
    return bytes;
  }

  private void assertTerminalShowsTheFrame() {
    assertThat(terminal.problems).isEmpty();
    for (int r = 0; r < screen.grid().rows(); r++) {
      assertThat(terminal.row(r)).as("frame " + frame + " row " + r)
          .isEqualTo(screen.grid().row(r));
    }
  }

  @Test
  void supplementaryCharactersAndEmojiAreSentAsTheirUtf8AndTakeTwoColumns() {
    int end = screen.grid().put(0, 0, "a𠮷b😀c", Style.PLAIN, 40);
    assertThat(end).isEqualTo(7);
    byte[] bytes = refresh();
    assertThat(bytes).containsSequence(0xF0, 0xA0, 0xAE, 0xB7).containsSequence(
        "😀".getBytes(StandardCharsets.UTF_8)).doesNotContain(0);
    assertTerminalShowsTheFrame();
    assertThat(screen.grid().text(2, 0)).isNull();
    assertThat(screen.grid().text(3, 0)).isEqualTo("b");
  }

  @Test
  void aClusterAfterASupplementaryCharacterIsPlacedByItsColumnNotByTheTerminalsCount() {
    screen.grid().put(0, 0, "𠮷x", Style.PLAIN, 40);
    String sent = new String(refresh(), StandardCharsets.UTF_8);
    assertThat(sent).contains("𠮷\u001b[1;3Hx");
  }

  @Test
  void controlCharactersAreNeverSentAndAWideClusterNeverStraddlesTheEdge() {
    screen.grid().put(0, 0, "a\u009bb\u0000c\u001b[31m", Style.PLAIN, 40);
    screen.grid().put(0, 1, "中文中", Style.PLAIN, 5);
    refresh();
    assertThat(screen.grid().row(0)).startsWith("a\uFFFDb\uFFFDc\uFFFD[31m");
    assertThat(screen.grid().row(1)).startsWith("中文  ");
    assertTerminalShowsTheFrame();
  }

  @Test
  void aSecondRefreshOfTheSameFrameSendsNothing() {
    screen.grid().put(0, 0, "头版 要闻", Style.BOLD, 40);
    refresh();
    assertThat(refresh()).isEmpty();
  }

  @Test
  void wideClustersReplacedByNarrowOnesAndBackLeaveNothingToSend() {
    for (String text : new String[] {"𠮷😀中文 e\u0301", "a𠮷bc中 d",
        "中文中文中文中文中文中文中文中文中文中文", "x"}) {
      screen.grid().clear();
      screen.grid().put(0, 0, text, Style.PLAIN, 40);
      screen.grid().put(1, 1, text, Style.BOLD, 40);
      refresh();
      assertTerminalShowsTheFrame();
      assertThat(refresh()).as(text).isEmpty();
    }
  }

  @Test
  void aCellTakenOverFromAnotherGridIsOneClusterWithItsRightHalf() {
    Grid grid = new Grid(WIDTH, 4, 1);
    grid.putCluster(0, 0, "中", Style.PLAIN, 2);
    grid.putCluster(2, 0, "e\u0301", Style.PLAIN, 1);
    grid.putCluster(3, 0, "文", Style.PLAIN, 2);
    assertThat(grid.text(0, 0)).isEqualTo("中");
    assertThat(grid.text(1, 0)).isNull();
    assertThat(grid.text(2, 0)).isEqualTo("e\u0301");
    assertThat(grid.text(3, 0)).isEqualTo(Grid.BLANK);
    grid.putCluster(1, 0, "b", Style.PLAIN, 1);
    assertThat(grid.text(0, 0)).isEqualTo(Grid.BLANK);
  }

  @Test
  void oneChangedCellSendsOnlyThatCell() {
    screen.grid().put(0, 3, "第01版 要闻", Style.PLAIN, 40);
    refresh();
    screen.grid().put(2, 3, "2", Style.PLAIN, 40);
    String sent = new String(refresh(), StandardCharsets.UTF_8);
    assertThat(sent).isEqualTo("\u001b[4;3H2");
    assertTerminalShowsTheFrame();
  }

  @Test
  void linesMovedUpByOneAreScrolledNotRedrawn() {
    for (int r = 0; r < 10; r++) {
      screen.grid().put(0, r, "第" + r + "行：老街改造的故事，写给每一位读者。", Style.PLAIN, 40);
    }
    int full = refresh().length;
    screen.grid().clear();
    for (int r = 0; r < 10; r++) {
      screen.grid().put(0, r, "第" + (r + 1) + "行：老街改造的故事，写给每一位读者。", Style.PLAIN, 40);
    }
    int scrolled = refresh().length;
    assertTerminalShowsTheFrame();
    assertThat(scrolled).isLessThan(full / 5);
  }

  @Test
  void randomFramesAlwaysEndAsTheTerminalShowsThem() {
    Random random = new Random(7);
    String[] words = {"中文", "𠮷", "😀", "abc", " ", "“引号”", "e\u0301", "🇨🇳", "——"};
    Style[] styles = {Style.PLAIN, Style.BOLD, Style.DIM, Style.REVERSE};
    for (frame = 0; frame < 200; frame++) {
      if (random.nextInt(4) == 0) {
        screen.grid().clear();
      }
      for (int n = random.nextInt(12); n > 0; n--) {
        StringBuilder text = new StringBuilder();
        for (int w = random.nextInt(8); w > 0; w--) {
          text.append(words[random.nextInt(words.length)]);
        }
        screen.grid().put(random.nextInt(40), random.nextInt(10), text.toString(),
            styles[random.nextInt(styles.length)], 40);
      }
      refresh();
      assertTerminalShowsTheFrame();
    }
  }
}
