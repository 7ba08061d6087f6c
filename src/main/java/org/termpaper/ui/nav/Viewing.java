package org.termpaper.ui.nav;

import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.ui.nav.Note.Kind;

/**
 * The {@code o} key: the page's PDF, or in the picture view the photo shown, handed to the
 * desktop's viewer by the UI, and the note that says how it went. Part of {@link Reader};
 * mutable, UI thread only.
 */
public final class Viewing {
  private final Reader reader;
  private ViewRequest asked;

  Viewing(Reader reader) {
    this.reader = reader;
  }

  /** {@code o} in the text: the PDF of the page shown. */
  void pagePdf() {
    Edition shown = reader.edition();
    Page page = shown.pages().isEmpty() ? null : shown.pages().get(reader.page());
    if (page == null || page.pdf() == null) {
      reader.say(Note.of(Kind.NO_PDF));
      return;
    }
    ask(new ViewRequest(page.pdf(), shown.paper().id() + "-" + shown.date() + "-"
        + page.number()));
  }

  /** Asks the UI to hand {@code request} to the desktop's viewer. */
  void ask(ViewRequest request) {
    asked = request;
    reader.say(Note.of(Kind.VIEWING));
  }

  /** The file the reader asked to view, once; null when none was asked for since. */
  public ViewRequest take() {
    ViewRequest request = asked;
    asked = null;
    return request;
  }

  /** The viewer was given the file, or it was saved where {@code message} says. */
  public void viewed(String message) {
    reader.say(Note.of(Kind.VIEWED, message));
  }

  public void failed(String reason) {
    reader.say(Note.of(Kind.VIEW_FAILED, reason));
  }
}
