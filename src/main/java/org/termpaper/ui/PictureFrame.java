package org.termpaper.ui;

import org.termpaper.picture.Drawing;
import org.termpaper.picture.Fit;
import org.termpaper.picture.Outline;
import org.termpaper.picture.Picture;
import org.termpaper.picture.PictureMode;
import org.termpaper.picture.PictureRenderer;
import org.termpaper.picture.Protocol;
import org.termpaper.picture.Sizes;
import org.termpaper.ui.term.Graphic;

/**
 * What the photo view and the page-image view share: the line that stands in for a picture, the
 * picture encoded for its box (once per picture, outline and box), and the words on its size and
 * source for the status line. Not thread-safe.
 */
final class PictureFrame {
  private final Texts texts;
  private final PictureMode mode;
  private String cachedKey;
  private Graphic cached;

  PictureFrame(Texts texts, PictureMode mode) {
    this.texts = texts;
    this.mode = mode;
  }

  /** What stands in the picture's place: loading, why it cannot be shown, or a note on it. */
  String problem(PictureLoader.Result result) {
    if (mode.protocol() == Protocol.OFF) {
      return texts.get("picture.off", mode.why());
    }
    if (result == null) {
      return texts.get("picture.loading");
    }
    if (result.picture() == null) {
      return texts.get("picture.failed", result.failure());
    }
    return result.picture().note();
  }

  /**
   * {@code picture} centred in the box of {@code columns} x {@code rows} cells at {@code col},
   * {@code row}, with {@code outline} drawn on it (or none); {@code key} names the picture and
   * its outline, so the same picture in the same box is encoded once.
   */
  Graphic graphic(String key, Picture picture, Outline outline, int col, int row, int columns,
      int rows) {
    String boxed = key + ' ' + col + ' ' + row + ' ' + columns + ' ' + rows;
    if (!boxed.equals(cachedKey)) {
      Fit fit = PictureRenderer.fit(picture, mode.protocol(), columns, rows);
      int left = col + (columns - fit.columns()) / 2;
      Drawing drawing = PictureRenderer.render(picture, mode, left, row, columns, rows, outline);
      cached = new Graphic(left, row, drawing.columns(), drawing.rows(), drawing.draw(),
          drawing.erase());
      cachedKey = boxed;
    }
    return cached;
  }

  /** The bytes {@code graphic} adds to the terminal, drawn and erased. */
  static String wire(Graphic graphic) {
    return graphic == null ? "0 B" : Sizes.bytes(graphic.draw().length + graphic.erase().length);
  }

  /** The picture's format, size and where it came from; empty when there is no picture. */
  String source(PictureLoader.Result result) {
    if (result == null || result.picture() == null) {
      return "";
    }
    Picture p = result.picture();
    return texts.get("picture.source", p.format(), p.width(), p.height(),
        Sizes.bytes(p.bytes())) + (result.from() == null ? "" : " · " + result.from());
  }
}
