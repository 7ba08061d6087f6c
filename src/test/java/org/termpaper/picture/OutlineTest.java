package org.termpaper.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OutlineTest {
  private static final int WHITE = 0xFFFFFF;
  private static final int RED = 0xE0202A;

  private static Pixels white(int w, int h) {
    int[] rgb = new int[w * h];
    Arrays.fill(rgb, WHITE);
    return new Pixels(w, h, rgb);
  }

  private static Outline square(double left, double top, double right, double bottom) {
    return new Outline(new double[] {left, right, right, left},
        new double[] {top, top, bottom, bottom}, RED);
  }

  @Test
  void theLinesLandOnThePixelsOfTheFractionsAndNowhereElse() {
    Pixels drawn = square(0.25, 0.25, 0.75, 0.75).drawOn(white(20, 20), 1);
    for (int y = 0; y < 20; y++) {
      for (int x = 0; x < 20; x++) {
        boolean edge = (x == 5 || x == 15) && y >= 5 && y <= 15
            || (y == 5 || y == 15) && x >= 5 && x <= 15;
        assertThat(drawn.at(x, y)).as("pixel %d,%d", x, y).isEqualTo(edge ? RED : WHITE);
      }
    }
  }

  @Test
  void anOutlineAtTheEdgeStaysInsideAndTheOriginalIsKept() {
    Pixels px = white(10, 10);
    Pixels drawn = square(0, 0, 1, 1).drawOn(px, 2);
    assertThat(drawn.at(0, 0)).isEqualTo(RED);
    assertThat(drawn.at(9, 9)).isEqualTo(RED);
    assertThat(drawn.at(8, 8)).isEqualTo(RED);
    assertThat(drawn.at(5, 5)).isEqualTo(WHITE);
    assertThat(px.at(0, 0)).isEqualTo(WHITE);
    assertThatThrownBy(() -> new Outline(new double[] {0}, new double[] {0}, RED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void inHalfBlocksTheOutlinesCellsCarryItsColour() {
    Picture picture = new Picture(white(40, 40), 40, 40, "PNG", 100, null);
    // 20 columns by 10 rows of half blocks: 20 by 20 pixels, a cell a pixel wide and two high.
    PictureMode blocks = new PictureMode(Protocol.BLOCKS, true, null);
    String plain = new String(PictureRenderer.render(picture, blocks, 0, 0, 20, 10).draw(),
        StandardCharsets.UTF_8);
    String outlined = new String(PictureRenderer.render(picture, blocks, 0, 0, 20, 10,
        square(0.25, 0.25, 0.75, 0.75)).draw(), StandardCharsets.UTF_8);
    assertThat(plain).doesNotContain("224;32;42");
    assertThat(outlined).contains("224;32;42");
  }
}
