package org.termpaper.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/** Decoding within bounds, and one clear line for each picture that cannot be shown. */
class PictureDecoderTest {
  private final PictureDecoder decoder = new PictureDecoder();

  @Test
  void decodesAJpegToItsPixels() {
    Picture picture = decoder.decode(JpegFixtures.rgb(40, 30, 0x3366CC), "p1.jpg");
    assertThat(picture.format()).isEqualTo("JPEG");
    assertThat(picture.width()).isEqualTo(40);
    assertThat(picture.pixels().width()).isEqualTo(40);
    assertThat(picture.note()).isNull();
    assertNear(picture.pixels().at(20, 15), 0x3366CC);
  }

  @Test
  void decodesACmykJpeg() {
    Picture picture = decoder.decode(JpegFixtures.cmyk(16, 16), "print.jpg");
    assertThat(picture.width()).isEqualTo(16);
    assertNear(picture.pixels().at(8, 8), 0x00FFFF);
  }

  @Test
  void decodesACmykJpegWithABrokenIccProfileThatTheJdkAloneRefuses() throws Exception {
    byte[] cmyk = JpegFixtures.withBrokenIccProfile(JpegFixtures.cmyk(16, 16));
    assertThatThrownBy(() -> jdkReader(cmyk).read(0)).isInstanceOf(Exception.class);
    Picture picture = decoder.decode(cmyk, "print.jpg");
    assertThat(picture.width()).isEqualTo(16);
    int c = picture.pixels().at(8, 8);
    assertThat(c >> 16 & 0xFF).as("red of cyan").isLessThan(90);
    assertThat(c & 0xFF).as("blue of cyan").isGreaterThan(170);
  }

  private ImageReader jdkReader(byte[] jpeg) throws Exception {
    ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg));
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
    while (readers.hasNext()) {
      ImageReader reader = readers.next();
      if (reader.getClass().getName().startsWith("com.sun.")) {
        reader.setInput(in);
        return reader;
      }
    }
    throw new IllegalStateException("no JDK JPEG reader");
  }

  @Test
  void aTruncatedJpegIsShownAsFarAsItGoesWithANote() {
    byte[] whole = JpegFixtures.noise(64, 64, 3);
    Picture picture = decoder.decode(Arrays.copyOf(whole, whole.length * 2 / 3), "cut.jpg");
    assertThat(picture.width()).isEqualTo(64);
    assertThat(picture.note()).startsWith("the JPEG is cut short; shown as far as it goes");
  }

  @Test
  void aJpegCutInItsHeaderSaysSoInOneLine() {
    byte[] whole = JpegFixtures.rgb(64, 64, 0xCC3333);
    assertThatThrownBy(() -> decoder.decode(Arrays.copyOf(whole, 40), "cut.jpg"))
        .isInstanceOf(PictureException.class)
        .hasMessage("the JPEG is cut short and cannot be decoded");
  }

  @Test
  void aHeaderOf20000By20000IsRefusedBeforeAnyPixelIsDecoded() {
    byte[] huge = JpegFixtures.claimingSize(JpegFixtures.rgb(16, 16, 0), 20000, 20000);
    Runtime runtime = Runtime.getRuntime();
    long before = runtime.totalMemory() - runtime.freeMemory();
    assertThatThrownBy(() -> decoder.decode(huge, "huge.jpg"))
        .isInstanceOf(PictureException.class)
        .hasMessage("the picture is 20000x20000 pixels, more than 60 megapixels; not decoded");
    long after = runtime.totalMemory() - runtime.freeMemory();
    assertThat(after - before).as("bytes allocated").isLessThan(64L << 20);
  }

  @Test
  void aLargePictureIsSubsampledWhileReadToTheLongestSideAllowed() {
    PictureDecoder small = new PictureDecoder(new PictureDecoder.Limits(1 << 20, 1_000_000, 100));
    Picture picture = small.decode(JpegFixtures.rgb(900, 300, 0x22AA22), "wide.jpg");
    assertThat(picture.width()).isEqualTo(900);
    assertThat(picture.pixels().width()).isLessThanOrEqualTo(100);
    assertThat(picture.pixels().height()).isLessThanOrEqualTo(34);
  }

  @Test
  void morePixelsThanTheBoundAreRefusedEvenWhenTheBytesAreFew() {
    PictureDecoder tight = new PictureDecoder(new PictureDecoder.Limits(1 << 20, 10_000, 100));
    assertThatThrownBy(() -> tight.decode(JpegFixtures.png(200, 200, 0), "p.png"))
        .hasMessage("the picture is 200x200 pixels, more than 0 megapixels; not decoded");
  }

  @Test
  void moreBytesThanTheBoundAreRefusedBeforeReading() {
    PictureDecoder tight = new PictureDecoder(new PictureDecoder.Limits(100, 1_000_000, 100));
    assertThatThrownBy(() -> tight.decode(JpegFixtures.rgb(64, 64, 0x123456), "p.jpg"))
        .isInstanceOf(PictureException.class)
        .hasMessageMatching("the picture has .* B, more than the 100 B allowed");
  }

  @Test
  void aPngThatClaimsToBeAJpegIsReadAsWhatItIsWithANote() {
    Picture picture = decoder.decode(JpegFixtures.png(8, 8, 0xFFFF00), "photo.jpg");
    assertThat(picture.format()).isEqualTo("PNG");
    assertThat(picture.note()).isEqualTo("a PNG though its name says JPEG");
    assertThat(picture.pixels().at(3, 3)).isEqualTo(0xFFFF00);
  }

  @Test
  void aWebPageOrUnknownBytesOrNothingAreNotPictures() {
    byte[] html = "<!DOCTYPE html><html><body>404</body></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> decoder.decode(html, "p.jpg"))
        .hasMessage("not a picture but a web page (the server answered with HTML)");
    assertThatThrownBy(() -> decoder.decode(new byte[] {1, 2, 3, 4}, "p.jpg"))
        .hasMessage("not a picture termpaper knows (neither JPEG, PNG, GIF nor BMP)");
    assertThatThrownBy(() -> decoder.decode(new byte[0], "p.jpg"))
        .hasMessage("the picture is empty (0 bytes)");
    byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> decoder.decode(webp, "p.webp"))
        .hasMessage("a WebP picture, which termpaper cannot decode");
  }

  @Test
  void garbageAfterAJpegMarkerIsABrokenPictureInOneLine() {
    byte[] bytes = new byte[300];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xD8;
    bytes[2] = (byte) 0xFF;
    for (int i = 3; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 7);
    }
    assertThatThrownBy(() -> decoder.decode(bytes, "x.jpg"))
        .isInstanceOf(PictureException.class)
        .hasMessageStartingWith("the JPEG is ")
        .hasMessageNotContaining("\n");
  }

  private static void assertNear(int actual, int expected) {
    for (int shift = 0; shift <= 16; shift += 8) {
      assertThat(Math.abs((actual >> shift & 0xFF) - (expected >> shift & 0xFF)))
          .as("channel at bit %d of %06x", shift, actual).isLessThan(8);
    }
  }
}
