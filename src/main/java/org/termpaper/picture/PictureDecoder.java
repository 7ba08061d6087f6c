package org.termpaper.picture;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes JPEG, PNG, GIF and BMP bytes within bounds. Thread-safe.
 *
 * <p>What the bytes are is read from their first bytes, never from a name or a server's word;
 * a picture whose name says otherwise is shown with a note. The size is read from the header
 * before any pixel: more bytes or pixels than the limits allow is refused with the reason, and a
 * picture larger than {@link Limits#maxSide} is subsampled while it is read, so that it is never
 * held whole in memory. JPEGs go through ImageIO's readers, the TwelveMonkeys one first, which
 * reads the CMYK and YCCK photos of print and slightly broken files. Every failure is a
 * {@link PictureException} with one line.
 */
public final class PictureDecoder {
  /**
   * Bounds on one picture.
   *
   * @param maxBytes the most bytes a picture may have
   * @param maxPixels the most pixels its header may claim (width times height)
   * @param maxSide the longest side kept in memory; larger pictures are subsampled to it
   */
  public record Limits(long maxBytes, long maxPixels, int maxSide) {
    /** 16 MB, 60 megapixels (a 9000x6600 scan), 1600 pixels kept on a side. */
    public static final Limits DEFAULT = new Limits(16L << 20, 60_000_000L, 1600);

    public Limits {
      if (maxBytes < 1 || maxPixels < 1 || maxSide < 1) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }
  }

  private final Limits limits;

  public PictureDecoder(Limits limits) {
    this.limits = limits;
  }

  public PictureDecoder() {
    this(Limits.DEFAULT);
  }

  /**
   * Decodes {@code data}; {@code name} (a URL or file name, may be null) only says what the
   * picture was said to be, for the note when it is something else.
   *
   * @throws PictureException with one line saying why it cannot be shown
   */
  public Picture decode(byte[] data, String name) {
    if (data.length == 0) {
      throw new PictureException("the picture is empty (0 bytes)");
    }
    if (data.length > limits.maxBytes()) {
      throw new PictureException("the picture has " + Sizes.bytes(data.length)
          + ", more than the " + Sizes.bytes(limits.maxBytes()) + " allowed");
    }
    String format = Formats.sniff(data);
    if (!Formats.READABLE.contains(format)) {
      throw new PictureException(Formats.notReadable(format, data));
    }
    List<String> notes = new ArrayList<>();
    String claimed = Formats.claimed(name);
    if (claimed != null && !claimed.equals(format)) {
      notes.add("a " + format + " though its name says " + claimed);
    }
    Pixels pixels;
    int width;
    int height;
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
      ImageReader reader = reader(in, format);
      try {
        reader.setInput(in, true, true);
        width = reader.getWidth(0);
        height = reader.getHeight(0);
        checkSize(width, height);
        reader.addIIOReadWarningListener((source, warning) -> notes.add(warning));
        pixels = read(reader, width, height);
      } finally {
        reader.dispose();
      }
    } catch (PictureException e) {
      throw e;
    } catch (IIOException e) {
      throw new PictureException(reason(format, e, Formats.cutShort(format, data)), e);
    } catch (IOException | RuntimeException e) {
      throw new PictureException("the " + format + " cannot be decoded: " + oneLine(e), e);
    }
    if (Formats.cutShort(format, data)) {
      notes.add(0, "the " + format + " is cut short; shown as far as it goes");
    }
    return new Picture(pixels, width, height, format, data.length,
        notes.isEmpty() ? null : oneLine(String.join("; ", notes)));
  }

  /**
   * What {@code data} is by its first bytes: {@code JPEG}, {@code PNG}, {@code GIF}, {@code BMP},
   * another format's name, or {@code unknown}.
   */
  public static String format(byte[] data) {
    return Formats.sniff(data);
  }

  private void checkSize(int width, int height) {
    if (width < 1 || height < 1) {
      throw new PictureException("the picture says it is " + width + "x" + height);
    }
    if ((long) width * height > limits.maxPixels()) {
      throw new PictureException("the picture is " + width + "x" + height + " pixels, more than "
          + limits.maxPixels() / 1_000_000 + " megapixels; not decoded");
    }
  }

  private Pixels read(ImageReader reader, int width, int height) throws IOException {
    int side = Math.max(width, height);
    int step = (side + limits.maxSide() - 1) / limits.maxSide();
    ImageReadParam param = reader.getDefaultReadParam();
    if (step > 1) {
      param.setSourceSubsampling(step, step, 0, 0);
    }
    BufferedImage image = reader.read(0, param);
    return Pixels.of(image);
  }

  private static ImageReader reader(ImageInputStream in, String format) {
    if (in == null) {
      throw new PictureException("no picture reader is available");
    }
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      throw new PictureException("no reader for " + format + " pictures is available");
    }
    return readers.next();
  }

  private static String reason(String format, IIOException e, boolean cutShort) {
    String message = oneLine(e).toLowerCase(Locale.ROOT);
    if (cutShort || message.contains("premature") || message.contains("eof") || message.contains("end of")
        || message.contains("truncat")) {
      return "the " + format + " is cut short and cannot be decoded";
    }
    return "the " + format + " is broken: " + oneLine(e);
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return oneLine(message);
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    return line.length() > 160 ? line.substring(0, 159) + "…" : line;
  }
}
