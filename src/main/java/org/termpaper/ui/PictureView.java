package org.termpaper.ui;

import java.util.ArrayList;
import java.util.List;
import org.termpaper.layout.Line;
import org.termpaper.layout.LineBreaker;
import org.termpaper.layout.LineStyle;
import org.termpaper.model.Figure;
import org.termpaper.picture.PictureMode;
import org.termpaper.picture.Protocol;
import org.termpaper.ui.nav.Note;
import org.termpaper.ui.nav.PictureCursor;
import org.termpaper.ui.term.Graphic;
import org.termpaper.ui.term.Grid;

/**
 * Draws the {@code i} view over the reading frame: a title line, the photo scaled into the room
 * left, its caption below it, what stands in for the photo when it is loading or cannot be shown,
 * and in the status line the bytes the photo adds to the terminal. The photo itself is a
 * {@link Graphic} for the screen, encoded once per photo and box. Not thread-safe.
 */
final class PictureView {
  private static final int MAX_CAPTION_LINES = 4;

  private final Texts texts;
  private final Theme theme;
  private final PictureMode mode;
  private final LineBreaker breaker;
  private final PictureFrame frame;

  PictureView(Texts texts, Theme theme, PictureMode mode, LineBreaker breaker) {
    this.texts = texts;
    this.theme = theme;
    this.mode = mode;
    this.breaker = breaker;
    this.frame = new PictureFrame(texts, mode);
  }

  /**
   * Draws the photo {@code pictures} shows over rows 1 to the last of {@code grid}, with what
   * {@code loader} has of it (asking for it the first time); returns the photo to put on the
   * screen, or null.
   */
  Graphic draw(Grid grid, PictureCursor pictures, PictureLoader loader, Note note) {
    // With no picture to draw, none is fetched either: the caption and the reason are all.
    boolean drawn = mode.protocol() != Protocol.OFF;
    return draw(grid, pictures, drawn ? loader.want(pictures.wanted()) : null, note);
  }

  private Graphic draw(Grid grid, PictureCursor pictures, PictureLoader.Result result,
      Note note) {
    Figure figure = pictures.current().orElseThrow();
    int columns = grid.columns();
    int rows = grid.rows();
    Canvas all = Canvas.of(grid);
    Canvas body = all.sub(0, 1, columns, rows - 3);
    body.clear();
    String title = texts.get("picture.title", pictures.number(), pictures.count(),
        pictures.title());
    body.text(1, 0, body.fit(title, columns - 2), theme.title());
    List<String> below = new ArrayList<>();
    String problem = frame.problem(result);
    if (problem != null) {
      below.add(problem);
    }
    List<Line> caption = figure.caption() == null ? List.of()
        : breaker.lines(figure.caption(), columns - 4, columns - 4, LineStyle.CAPTION);
    caption = caption.subList(0, Math.min(caption.size(), MAX_CAPTION_LINES));
    int boxTop = 2;
    int boxRows = body.height() - boxTop - caption.size() - below.size() - 1;
    Graphic graphic = null;
    int textRow = boxTop;
    if (result != null && result.picture() != null && mode.protocol() != Protocol.OFF) {
      if (boxRows < 2) {
        below.add(texts.get("picture.small"));
      } else {
        graphic = frame.graphic(figure.src(), result.picture(), null, 2, 1 + boxTop, columns - 4,
            boxRows);
        textRow = boxTop + graphic.rows() + 1;
      }
    }
    for (String line : below) {
      body.text(2, textRow++, body.fit(line, columns - 4), theme.notice());
    }
    for (Line line : caption) {
      body.text(2, textRow++, line.text(), theme.caption());
    }
    status(all.sub(0, rows - 2, columns, 1), pictures, result, graphic);
    Canvas message = all.sub(0, rows - 1, columns, 1);
    message.fill(0, theme.text());
    String hint = note != null ? texts.note(note) : texts.get("help.pictures");
    message.text(0, 0, message.fit(hint, columns), note != null ? theme.notice()
        : theme.secondary());
    return graphic;
  }

  private void status(Canvas c, PictureCursor pictures, PictureLoader.Result result,
      Graphic graphic) {
    c.fill(0, theme.status());
    String line = texts.get("picture.status", pictures.number(), pictures.count(),
        PictureFrame.wire(graphic), mode.protocol().configName(), frame.source(result));
    c.text(1, 0, c.fit(line, c.width() - 2), theme.status());
  }
}
