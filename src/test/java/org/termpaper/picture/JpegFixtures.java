package org.termpaper.picture;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Pictures made by the tests: plain, CMYK, cut short, with a lying header. */
final class JpegFixtures {
  private JpegFixtures() {}

  /** A {@code w} by {@code h} JPEG of seeded noise, which takes many bytes of scan data. */
  static byte[] noise(int w, int h, long seed) {
    java.util.Random random = new java.util.Random(seed);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    return write(image, "jpg");
  }

  /** A {@code w} by {@code h} JPEG of one colour. */
  static byte[] rgb(int w, int h, int rgb) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        image.setRGB(x, y, rgb);
      }
    }
    return write(image, "jpg");
  }

  static byte[] png(int w, int h, int rgb) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        image.setRGB(x, y, rgb);
      }
    }
    return write(image, "png");
  }

  /**
   * A JPEG of four channels as print photos are, all cyan (C=255, M=Y=K=0): written as a raw
   * raster, which the JDK's writer stores with an Adobe marker and its own reader refuses.
   */
  static byte[] cmyk(int w, int h) {
    WritableRaster raster = Raster.createInterleavedRaster(
        java.awt.image.DataBuffer.TYPE_BYTE, w, h, 4, null);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        // Adobe CMYK JPEGs store the channels inverted: 0 is full ink.
        raster.setPixel(x, y, new int[] {0, 255, 255, 255});
      }
    }
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter writer = null;
    while (writers.hasNext()) {
      ImageWriter candidate = writers.next();
      if (candidate.getClass().getName().startsWith("com.sun.")) {
        writer = candidate;
      }
    }
    if (writer == null) {
      throw new IllegalStateException("no JDK JPEG writer");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(raster, null, null), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return withAdobeMarker(out.toByteArray());
  }

  /**
   * {@code jpeg} with an ICC profile announced in two parts of which only the first, garbled, is
   * there: a fault of print photos that the JDK's reader refuses and TwelveMonkeys' reads past.
   */
  static byte[] withBrokenIccProfile(byte[] jpeg) {
    byte[] name = "ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    int length = 2 + name.length + 2 + 40;
    byte[] segment = new byte[2 + length];
    segment[0] = (byte) 0xFF;
    segment[1] = (byte) 0xE2;
    segment[2] = (byte) (length >> 8);
    segment[3] = (byte) length;
    System.arraycopy(name, 0, segment, 4, name.length);
    segment[4 + name.length] = 1;
    segment[5 + name.length] = 2;
    for (int i = 0; i < 40; i++) {
      segment[6 + name.length + i] = (byte) i;
    }
    return insertAfterStart(jpeg, segment);
  }

  private static byte[] insertAfterStart(byte[] jpeg, byte[] segment) {
    byte[] out = new byte[jpeg.length + segment.length];
    System.arraycopy(jpeg, 0, out, 0, 2);
    System.arraycopy(segment, 0, out, 2, segment.length);
    System.arraycopy(jpeg, 2, out, 2 + segment.length, jpeg.length - 2);
    return out;
  }

  /** Inserts after the start marker the Adobe APP14 segment that says "CMYK, no transform". */
  private static byte[] withAdobeMarker(byte[] jpeg) {
    byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0,
        0};
    return insertAfterStart(jpeg, adobe);
  }

  /** {@code jpeg} with the size in its frame header replaced, the pixels left as they were. */
  static byte[] claimingSize(byte[] jpeg, int w, int h) {
    byte[] copy = jpeg.clone();
    for (int i = 2; i + 9 < copy.length; i++) {
      int marker = copy[i + 1] & 0xFF;
      if ((copy[i] & 0xFF) == 0xFF && (marker == 0xC0 || marker == 0xC2)) {
        copy[i + 5] = (byte) (h >> 8);
        copy[i + 6] = (byte) h;
        copy[i + 7] = (byte) (w >> 8);
        copy[i + 8] = (byte) w;
        return copy;
      }
    }
    throw new IllegalStateException("no frame header");
  }

  static byte[] write(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
