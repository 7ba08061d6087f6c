package org.termpaper.ui.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.termpaper.text.ColumnWidth;

/**
 * Pictures past the cell grid: drawn after the cells, left alone while shown, removed with their
 * erase bytes and their cells written again when they go. The test's "picture" draws letters,
 * so that the replayed terminal shows where it is.
 */
class ScreenGraphicTest {
  private static final ColumnWidth WIDTH = new ColumnWidth(false);
  private static final byte[] ERASE = "\u001b[0m".getBytes(StandardCharsets.US_ASCII);
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private Screen screen;
  private AnsiReplay terminal;

  @BeforeEach
  void start() {
    screen = new Screen(WIDTH, Palette.COLOR, out, 20, 6);
    terminal = new AnsiReplay(WIDTH, 20, 6);
  }

  private String refresh() {
    out.reset();
    screen.refresh();
    byte[] bytes = out.toByteArray();
    terminal.play(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** A 3x2 "picture" of X and Y at column 2, row 1. */
  private static Graphic picture(String letter) {
    String draw = "\u001b[2;3H" + letter.repeat(3) + "\u001b[3;3H" + letter.repeat(3);
    return new Graphic(2, 1, 3, 2, draw.getBytes(StandardCharsets.US_ASCII), ERASE);
  }

  private void frame(String caption) {
    screen.grid().clear();
    screen.grid().put(0, 0, "title", Style.PLAIN, 20);
    screen.grid().put(0, 4, caption, Style.PLAIN, 20);
  }

  @Test
  void aPictureIsDrawnAfterTheCellsAndCostsNothingWhileItStays() {
    frame("caption");
    screen.graphic(picture("X"));
    String first = refresh();
    assertThat(first).endsWith("\u001b[2;3HXXX\u001b[3;3HXXX");
    assertThat(terminal.row(1)).isEqualTo("  XXX               ");
    frame("caption");
    screen.graphic(picture("X"));
    assertThat(refresh()).isEmpty();
  }

  @Test
  void aPictureStartsInPlainStyleWhateverTheLastCellWas() {
    frame("caption");
    screen.grid().put(0, 5, "status", Style.REVERSE, 20);
    screen.graphic(picture("X"));
    assertThat(refresh()).endsWith("status\u001b[0m\u001b[2;3HXXX\u001b[3;3HXXX");
  }

  @Test
  void cellsUnderThePictureAreNotWrittenWhileItIsShown() {
    frame("caption");
    screen.graphic(picture("X"));
    refresh();
    frame("caption");
    screen.grid().put(0, 1, "text under the picture", Style.PLAIN, 20);
    screen.graphic(picture("X"));
    refresh();
    assertThat(terminal.row(1)).isEqualTo("teXXXunder the pictu");
  }

  @Test
  void aPictureThatGoesIsErasedAndItsCellsWrittenFromTheFrame() {
    frame("caption");
    screen.graphic(picture("X"));
    refresh();
    frame("back to the text");
    screen.graphic(null);
    String sent = refresh();
    assertThat(sent).startsWith("\u001b[0m");
    for (int r = 0; r < 6; r++) {
      assertThat(terminal.row(r)).as("row %d", r).isEqualTo(screen.grid().row(r));
    }
    assertThat(terminal.row(1).strip()).isEmpty();
  }

  @Test
  void anotherPictureReplacesTheFirstWithNothingOfItLeft() {
    frame("one");
    screen.graphic(picture("X"));
    refresh();
    frame("two");
    screen.graphic(new Graphic(5, 2, 2, 1, "\u001b[3;6HYY".getBytes(StandardCharsets.US_ASCII),
        ERASE));
    refresh();
    assertThat(terminal.row(1)).isEqualTo(" ".repeat(20));
    assertThat(terminal.row(2)).isEqualTo("     YY             ");
  }

  @Test
  void aResizeErasesThePictureBeforeClearingAndDrawsTheNewOne() {
    frame("caption");
    screen.graphic(picture("X"));
    refresh();
    screen.resize(20, 6);
    frame("caption");
    screen.graphic(picture("Z"));
    String sent = refresh();
    assertThat(sent.indexOf("\u001b[0m")).isLessThan(sent.indexOf("\u001b[2J"));
    assertThat(sent).endsWith("ZZZ");
    assertThat(terminal.row(1)).isEqualTo("  ZZZ               ");
  }

  @Test
  void stoppingErasesAPictureStillShown() {
    screen.graphic(new Graphic(0, 0, 1, 1, "\u001b[1;1HQ".getBytes(StandardCharsets.US_ASCII),
        "<gone>".getBytes(StandardCharsets.US_ASCII)));
    refresh();
    out.reset();
    screen.stop();
    assertThat(out.toString(StandardCharsets.US_ASCII)).startsWith("<gone>");
  }
}
