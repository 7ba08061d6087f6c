package org.termpaper.ui;

import java.util.List;
import org.termpaper.model.PageArea;
import org.termpaper.model.PageImage;
import org.termpaper.picture.Outline;
import org.termpaper.picture.Picture;
import org.termpaper.picture.PictureMode;
import org.termpaper.picture.Protocol;
import org.termpaper.ui.nav.Note;
import org.termpaper.ui.nav.PageImageCursor;
import org.termpaper.ui.term.Graphic;
import org.termpaper.ui.term.Grid;

/**
 * Draws the {@code v} view over the reading frame: a title line naming the outlined article,
 * the page image scaled into the room left with that article's area outlined over it, what
 * stands in for the image when it is loading or cannot be shown, and in the status line the
 * bytes the image adds to the terminal. Encoded once per image, outline and box. Not
 * thread-safe.
 */
final class PageImageView {
  /** The outline's colour: a red that stands out on newsprint. */
  static final int OUTLINE = 0xE0202A;

  private final Texts texts;
  private final Theme theme;
  private final PictureMode mode;
  private final PictureFrame frame;

  PageImageView(Texts texts, Theme theme, PictureMode mode) {
    this.texts = texts;
    this.theme = theme;
    this.mode = mode;
    this.frame = new PictureFrame(texts, mode);
  }

  /**
   * Draws the page image {@code cursor} shows over rows 1 to the last of {@code grid}, with what
   * {@code loader} has of it (asking for it the first time); returns the picture to put on the
   * screen, or null.
   */
  Graphic draw(Grid grid, PageImageCursor cursor, PictureLoader loader, Note note) {
    boolean drawn = mode.protocol() != Protocol.OFF;
    PictureLoader.Result result = drawn ? loader.want(cursor.wanted()) : null;
    int columns = grid.columns();
    int rows = grid.rows();
    Canvas all = Canvas.of(grid);
    Canvas body = all.sub(0, 1, columns, rows - 3);
    body.clear();
    String title = cursor.article()
        .map(a -> texts.get("page-image.title", cursor.label(), cursor.number(), cursor.count(),
            a.title()))
        .orElseGet(() -> texts.get("page-image.none", cursor.label()));
    body.text(1, 0, body.fit(title, columns - 2), theme.title());
    String problem = frame.problem(result);
    int boxTop = 1;
    int boxRows = body.height() - boxTop - (problem == null ? 0 : 1);
    Graphic graphic = null;
    int textRow = boxTop;
    if (result != null && result.picture() != null && drawn) {
      if (boxRows < 2) {
        problem = texts.get("picture.small");
      } else {
        graphic = graphic(cursor, result.picture(), 2, 1 + boxTop, columns - 4, boxRows);
        textRow = boxTop + graphic.rows();
      }
    }
    if (problem != null && textRow < body.height()) {
      body.text(2, textRow, body.fit(problem, columns - 4), theme.notice());
    }
    status(all.sub(0, rows - 2, columns, 1), result, graphic);
    Canvas message = all.sub(0, rows - 1, columns, 1);
    message.fill(0, theme.text());
    String hint = note != null ? texts.note(note) : texts.get("help.page-image");
    message.text(0, 0, message.fit(hint, columns), note != null ? theme.notice()
        : theme.secondary());
    return graphic;
  }

  /** The outline of {@code area} on {@code image}, as fractions of the picture shown. */
  static Outline outline(PageImage image, PageArea area, Picture picture) {
    double width = image.hasSize() ? image.width() : picture.width();
    double height = image.hasSize() ? image.height() : picture.height();
    List<Integer> points = area.points();
    int n = points.size() / 2;
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = points.get(2 * i) / width;
      ys[i] = points.get(2 * i + 1) / height;
    }
    return new Outline(xs, ys, OUTLINE);
  }

  private Graphic graphic(PageImageCursor cursor, Picture picture, int col, int row, int columns,
      int rows) {
    PageImage image = cursor.current().orElseThrow();
    PageArea area = cursor.area().orElse(null);
    String key = image.url() + ' ' + (area == null ? "-" : area.article());
    Outline outline = area == null ? null : outline(image, area, picture);
    return frame.graphic(key, picture, outline, col, row, columns, rows);
  }

  private void status(Canvas c, PictureLoader.Result result, Graphic graphic) {
    c.fill(0, theme.status());
    String line = texts.get("page-image.status", PictureFrame.wire(graphic),
        mode.protocol().configName(), frame.source(result));
    c.text(1, 0, c.fit(line, c.width() - 2), theme.status());
  }
}
