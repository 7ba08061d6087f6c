package org.termpaper.picture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Each protocol's bytes for a 4x4 of known colours drawn at cell 3,2, against golden files
 * checked by hand (see the comments), and the PNG inside kitty's and iTerm2's bytes read back.
 */
class EncoderGoldenTest {
  private final Pixels four = TestPictures.fourByFour();

  @Test
  void halfBlocksIn24BitColourAreTopPixelOnBottomPixelAndSpacesWhereBothAgree() {
    // Row 1: red/red, green/green, blue/blue as spaces on their colour; white over black as ▀.
    // Row 2: yellow/black, cyan/white, magenta/grey as ▀; grey/grey as a space on the grey
    // background already set.
    assertThat(TestPictures.readable(HalfBlocks.encode(four, 2, 1, true)))
        .isEqualTo(TestPictures.golden("four.blocks24.txt"));
  }

  @Test
  void halfBlocksIn24BitColourDoNotSendAgainAColourTheEyeCannotTellFromTheOneSet() {
    // Greys 2 apart per channel: within 18 (summed) of the first for three steps, then not.
    int[] greys = {0x808080, 0x828282, 0x848484, 0x868686, 0x8A8A8A};
    int[] rgb = new int[10];
    for (int i = 0; i < 5; i++) {
      rgb[i] = greys[i];
      rgb[5 + i] = greys[i];
    }
    assertThat(TestPictures.readable(HalfBlocks.encode(new Pixels(5, 2, rgb), 0, 0, true)))
        .isEqualTo("\\e[1;1H\\e[48;2;128;128;128m    \\e[48;2;138;138;138m \\e[0m");
  }

  @Test
  void halfBlocksIn256ColoursTakeTheNearestOfTheCubeOrTheGreys() {
    // 196 red, 46 green, 21 blue, 231 white, 16 black, 226 yellow, 51 cyan, 201 magenta and
    // 244 for 0x808080, the grey 8 + 10 * 12.
    assertThat(TestPictures.readable(HalfBlocks.encode(four, 2, 1, false)))
        .isEqualTo(TestPictures.golden("four.blocks256.txt"));
  }

  @Test
  void kittyPlacesAPngAtTheCellInTheCellsAskedForWithAnswersOff() throws Exception {
    String bytes = TestPictures.readable(Kitty.encode(four, 2, 1, 4, 2));
    assertThat(bytes).isEqualTo(TestPictures.golden("four.kitty.txt"));
    Matcher m = Pattern.compile("m=0;([A-Za-z0-9+/=]+)\\\\e\\\\").matcher(bytes);
    assertThat(m.find()).isTrue();
    assertSamePixels(Base64.getDecoder().decode(m.group(1)));
  }

  @Test
  void kittySplitsLargePicturesIntoChunksOfAtMost4096AndDeletesByItsId() {
    java.util.Random seeded = new java.util.Random(11);
    int[] noise = new int[64 * 64];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = seeded.nextInt(0x1000000);
    }
    String bytes = new String(Kitty.encode(new Pixels(64, 64, noise), 0, 0, 8, 4),
        StandardCharsets.US_ASCII);
    String[] chunks = bytes.split("\u001b\\\\");
    assertThat(chunks.length).isGreaterThan(2);
    assertThat(chunks[0]).contains("a=T,f=100").contains("m=1;");
    assertThat(chunks[chunks.length - 1]).startsWith("\u001b_Gm=0;");
    for (String chunk : chunks) {
      assertThat(chunk.substring(chunk.indexOf(';', chunk.indexOf("_G")) + 1).length())
          .isLessThanOrEqualTo(4096);
    }
    assertThat(TestPictures.readable(Kitty.erase())).isEqualTo("\\e_Ga=d,d=I,i=3101,q=2\\e\\");
  }

  @Test
  void itermSendsThePngWithItsSizeAndTheCells() throws Exception {
    String bytes = TestPictures.readable(Iterm.encode(four, 2, 1, 4, 2));
    assertThat(bytes).isEqualTo(TestPictures.golden("four.iterm.txt"));
    Matcher m = Pattern.compile("size=(\\d+);.*:([A-Za-z0-9+/=]+)\\\\a").matcher(bytes);
    assertThat(m.find()).isTrue();
    byte[] png = Base64.getDecoder().decode(m.group(2));
    assertThat(png).hasSize(Integer.parseInt(m.group(1)));
    assertSamePixels(png);
  }

  @Test
  void sixelDefinesTheColoursUsedAndDrawsOneBandOfSix() {
    // Red (register 0) fills rows 1-2 of column 1: bits 0b000011, '?' + 3 = 'B'. White (3) is at
    // column 4 row 1 and column 2 row 4: "?G?@". The grey 0x808080 is 60% in the 6-step cube.
    assertThat(TestPictures.readable(Sixel.encode(four, 2, 1)))
        .isEqualTo(TestPictures.golden("four.sixel.txt"));
  }

  @Test
  void sixelRepeatsRunsAndStartsANewBandEverySixRows() {
    Pixels red = new Pixels(10, 7, filled(10 * 7, 0xFF0000));
    String bytes = TestPictures.readable(Sixel.encode(red, 0, 0));
    assertThat(bytes).isEqualTo("\\e[1;1H\\eP0;1;0q\"1;1;10;7#0;2;100;0;0#0!10~-#0!10@\\e\\");
  }

  private static int[] filled(int n, int rgb) {
    int[] a = new int[n];
    java.util.Arrays.fill(a, rgb);
    return a;
  }

  private void assertSamePixels(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(4);
    assertThat(image.getHeight()).isEqualTo(4);
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 4; x++) {
        assertThat(image.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y)
            .isEqualTo(four.at(x, y));
      }
    }
  }
}
