package org.termpaper.picture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scaling into a box of cells with the aspect of a terminal cell, and the averaging scaler. */
class FitTest {
  @Test
  void aSquarePictureInHalfBlocksTakesTwiceAsManyColumnsAsRows() {
    Fit fit = Fit.of(400, 400, 78, 18, 1, 2);
    assertThat(fit).isEqualTo(new Fit(36, 18, 36, 36));
  }

  @Test
  void aWidePictureIsBoundByTheWidthOfTheBox() {
    // 4:3 across 78 columns would need 29 rows; 20 rows hold 40 pixels down, 53 across.
    assertThat(Fit.of(640, 480, 78, 20, 1, 2)).isEqualTo(new Fit(53, 20, 53, 40));
    assertThat(Fit.of(1600, 400, 78, 20, 1, 2)).isEqualTo(new Fit(78, 10, 78, 20));
  }

  @Test
  void pixelProtocolsTakeEightBySixteenPixelsACell() {
    Fit fit = Fit.of(640, 480, 78, 20, Fit.CELL_WIDTH, Fit.CELL_HEIGHT);
    assertThat(fit).isEqualTo(new Fit(54, 20, 427, 320));
    assertThat(fit.atMost(200, 150)).isEqualTo(new Fit(54, 20, 200, 150));
    assertThat(fit.atMost(1600, 1200)).isSameAs(fit);
  }

  @Test
  void aTinyBoxStillGetsOneCell() {
    assertThat(Fit.of(5000, 10, 1, 1, 1, 2)).isEqualTo(new Fit(1, 1, 1, 1));
  }

  @Test
  void scalingDownAveragesAndScalingUpRepeats() {
    Pixels two = new Pixels(2, 1, new int[] {0x000000, 0xFEFEFE});
    assertThat(two.scaled(1, 1).at(0, 0)).isEqualTo(0x7F7F7F);
    Pixels up = two.scaled(4, 2);
    assertThat(up.rgb()).containsExactly(0, 0, 0xFEFEFE, 0xFEFEFE, 0, 0, 0xFEFEFE, 0xFEFEFE);
    assertThat(two.scaled(2, 1)).isSameAs(two);
  }

  @Test
  void theRendererCentresNothingAndReportsTheCellsItCovers() {
    Picture picture = new Picture(TestPictures.fourByFour(), 4, 4, "PNG", 100, null);
    Drawing blocks = PictureRenderer.render(picture, new PictureMode(Protocol.BLOCKS, true, null),
        2, 1, 10, 2);
    assertThat(blocks.columns()).isEqualTo(4);
    assertThat(blocks.rows()).isEqualTo(2);
    assertThat(TestPictures.readable(blocks.draw()))
        .isEqualTo(TestPictures.golden("four.blocks24.txt"));
    Drawing kitty = PictureRenderer.render(picture, new PictureMode(Protocol.KITTY, true, null),
        2, 1, 4, 2);
    assertThat(TestPictures.readable(kitty.draw()))
        .isEqualTo(TestPictures.golden("four.kitty.txt"));
    assertThat(kitty.erase()).isEqualTo(Kitty.erase());
  }
}
