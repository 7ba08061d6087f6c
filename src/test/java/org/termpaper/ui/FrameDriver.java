package org.termpaper.ui;

import java.io.ByteArrayOutputStream;
import org.termpaper.layout.ArticleLayout;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.text.ColumnWidth;
import org.termpaper.ui.nav.KeyMap;
import org.termpaper.ui.nav.Reader;
import org.termpaper.ui.term.Palette;
import org.termpaper.ui.term.Screen;

/**
 * The UI's model, view and screen stepped by hand, one frame per key, with the bytes of each
 * frame counted: for measuring what the terminal receives without threads or a terminal.
 */
public final class FrameDriver {
  private final Reader reader = new Reader(KeyMap.defaults());
  private final ReaderView view;
  private final Screen screen;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  public FrameDriver(int columns, int rows, String language) {
    ColumnWidth width = new ColumnWidth(false);
    view = new ReaderView(Texts.of(language), Theme.of(Palette.COLOR), KeyMap.defaults(),
        new ArticleLayout(width));
    screen = new Screen(width, Palette.COLOR, out, columns, rows);
  }

  /** Shows {@code edition}; returns the bytes of the first full screen. */
  public int open(Edition edition, IssueCalendar calendar) {
    reader.calendarLoaded(calendar);
    reader.issueLoaded(null, edition);
    return frame();
  }

  /** Presses {@code key}; returns the bytes sent for the frame after it. */
  public int key(String key) {
    reader.key(key);
    return frame();
  }

  /** Draws the same frame again from nothing; returns its bytes. */
  public int redrawAll() {
    screen.invalidate();
    return frame();
  }

  /** The bytes of the last frame. */
  public byte[] lastFrame() {
    return out.toByteArray();
  }

  private int frame() {
    out.reset();
    int scroll = reader.scroll();
    view.draw(screen.grid(), reader, Activity.idle(Link.ONLINE));
    if (reader.scroll() != scroll) {
      view.draw(screen.grid(), reader, Activity.idle(Link.ONLINE));
    }
    return screen.refresh();
  }
}
