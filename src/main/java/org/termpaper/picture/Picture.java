package org.termpaper.picture;

/**
 * A decoded picture: its pixels (possibly subsampled while read), its size as stored, what it
 * is, and what the reader should know about it. Immutable.
 *
 * @param pixels the pixels, at most {@link PictureDecoder.Limits#maxSide} on a side
 * @param width the stored width in pixels
 * @param height the stored height in pixels
 * @param format what the bytes are: {@code JPEG}, {@code PNG}, {@code GIF} or {@code BMP}
 * @param bytes how many bytes the picture took
 * @param note one line about a picture shown in spite of a fault (cut short, mislabelled), or
 *     null
 */
public record Picture(Pixels pixels, int width, int height, String format, long bytes,
    String note) {
  public Picture {
    if (pixels == null || format == null) {
      throw new IllegalArgumentException("picture needs pixels and a format");
    }
  }
}
