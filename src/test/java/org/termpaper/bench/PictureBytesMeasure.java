package org.termpaper.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.termpaper.picture.Drawing;
import org.termpaper.picture.Picture;
import org.termpaper.picture.PictureDecoder;
import org.termpaper.picture.PictureMode;
import org.termpaper.picture.PictureRenderer;
import org.termpaper.picture.Protocol;

/**
 * The bytes one photo adds to what the terminal receives, per protocol, for every picture of
 * the bundled sample, in the box the {@code i} view gives a photo with a one-line caption: the
 * window less two columns each side, and less the breadcrumb, title, two blank rows, caption,
 * status and message rows. Prints the median, least and most per protocol and window. Run by
 * {@code bench/picture-bytes}.
 */
public final class PictureBytesMeasure {
  private PictureBytesMeasure() {}

  public static void main(String[] args) {
    Map<String, byte[]> photos = SamplePhotos.all();
    PictureDecoder decoder = new PictureDecoder();
    List<Picture> pictures = new ArrayList<>();
    long source = 0;
    for (Map.Entry<String, byte[]> photo : photos.entrySet()) {
      pictures.add(decoder.decode(photo.getValue(), photo.getKey()));
      source += photo.getValue().length;
    }
    System.out.printf(Locale.ROOT, "%d sample photos, %d bytes of JPEG/PNG on average%n",
        pictures.size(), source / pictures.size());
    int[][] windows = {{80, 24}, {200, 60}};
    for (int[] window : windows) {
      int columns = window[0] - 4;
      int rows = window[1] - 7;
      System.out.printf(Locale.ROOT, "%nwindow %dx%d, box %dx%d cells:%n", window[0], window[1],
          columns, rows);
      row(pictures, "blocks, 24-bit", new PictureMode(Protocol.BLOCKS, true, null), columns,
          rows);
      row(pictures, "blocks, 256 colours", new PictureMode(Protocol.BLOCKS, false, null),
          columns, rows);
      row(pictures, "kitty", new PictureMode(Protocol.KITTY, true, null), columns, rows);
      row(pictures, "iterm", new PictureMode(Protocol.ITERM, true, null), columns, rows);
      row(pictures, "sixel", new PictureMode(Protocol.SIXEL, true, null), columns, rows);
    }
  }

  private static void row(List<Picture> pictures, String name, PictureMode mode, int columns,
      int rows) {
    List<Integer> sizes = new ArrayList<>();
    for (Picture picture : pictures) {
      Drawing drawing = PictureRenderer.render(picture, mode, 2, 3, columns, rows);
      sizes.add(drawing.draw().length + drawing.erase().length);
    }
    Collections.sort(sizes);
    System.out.printf(Locale.ROOT, "  %-20s median %7.1f KB  (least %6.1f KB, most %6.1f KB)%n",
        name, sizes.get(sizes.size() / 2) / 1024.0, sizes.get(0) / 1024.0,
        sizes.get(sizes.size() - 1) / 1024.0);
  }
}
