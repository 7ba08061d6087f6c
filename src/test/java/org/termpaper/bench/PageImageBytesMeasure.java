package org.termpaper.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.termpaper.picture.Drawing;
import org.termpaper.picture.Outline;
import org.termpaper.picture.Picture;
import org.termpaper.picture.PictureDecoder;
import org.termpaper.picture.PictureMode;
import org.termpaper.picture.PictureRenderer;
import org.termpaper.picture.Protocol;

/**
 * The bytes one page image (版面图) adds to what the terminal receives in the {@code v} view,
 * per protocol, for every page image of the bundled sample, in the box that view gives it (the
 * window less two columns each side, and less the breadcrumb, title, status and message rows),
 * with an article outlined (a rectangle across the top third) and, as the baseline in the same
 * run, without. Prints the median, least and most per protocol and window. Run by
 * {@code bench/page-image-bytes}.
 */
public final class PageImageBytesMeasure {
  private static final Outline TOP_THIRD = new Outline(new double[] {0.03, 0.97, 0.97, 0.03},
      new double[] {0.1, 0.1, 0.4, 0.4}, 0xE0202A);

  private PageImageBytesMeasure() {}

  public static void main(String[] args) {
    Map<String, byte[]> images = SamplePhotos.pages();
    PictureDecoder decoder = new PictureDecoder();
    List<Picture> pictures = new ArrayList<>();
    long source = 0;
    for (Map.Entry<String, byte[]> image : images.entrySet()) {
      pictures.add(decoder.decode(image.getValue(), image.getKey()));
      source += image.getValue().length;
    }
    System.out.printf(Locale.ROOT, "%d sample page images, %d bytes of PNG on average%n",
        pictures.size(), source / pictures.size());
    int[][] windows = {{80, 24}, {200, 60}};
    for (int[] window : windows) {
      int columns = window[0] - 4;
      int rows = window[1] - 4;
      System.out.printf(Locale.ROOT, "%nwindow %dx%d, box %dx%d cells:%n", window[0], window[1],
          columns, rows);
      for (boolean outlined : new boolean[] {true, false}) {
        String with = outlined ? "" : ", no outline";
        row(pictures, "blocks, 24-bit" + with, new PictureMode(Protocol.BLOCKS, true, null),
            columns, rows, outlined);
        row(pictures, "blocks, 256 colours" + with,
            new PictureMode(Protocol.BLOCKS, false, null), columns, rows, outlined);
        row(pictures, "kitty" + with, new PictureMode(Protocol.KITTY, true, null), columns,
            rows, outlined);
        row(pictures, "sixel" + with, new PictureMode(Protocol.SIXEL, true, null), columns,
            rows, outlined);
      }
    }
  }

  private static void row(List<Picture> pictures, String name, PictureMode mode, int columns,
      int rows, boolean outlined) {
    List<Integer> sizes = new ArrayList<>();
    for (Picture picture : pictures) {
      Drawing drawing = PictureRenderer.render(picture, mode, 2, 2, columns, rows,
          outlined ? TOP_THIRD : null);
      sizes.add(drawing.draw().length + drawing.erase().length);
    }
    Collections.sort(sizes);
    System.out.printf(Locale.ROOT, "  %-32s median %7.1f KB  (least %6.1f KB, most %6.1f KB)%n",
        name, sizes.get(sizes.size() / 2) / 1024.0, sizes.get(0) / 1024.0,
        sizes.get(sizes.size() - 1) / 1024.0);
  }
}
