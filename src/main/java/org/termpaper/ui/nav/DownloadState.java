package org.termpaper.ui.nav;

import java.time.LocalDate;
import org.termpaper.ui.nav.Note.Kind;

/**
 * The {@code d} key's side of the navigation model: which issue the reader asked to download,
 * which one is downloading, and the notes that tell how it went. One download at a time.
 * Mutable, used on the UI thread only.
 */
public final class DownloadState {
  private final Reader reader;
  private LocalDate asked;
  private LocalDate running;

  DownloadState(Reader reader) {
    this.reader = reader;
  }

  /** The reader pressed {@code d} on the issue of {@code date}. */
  void ask(LocalDate date) {
    if (running != null) {
      reader.say(Note.of(Kind.DOWNLOAD_BUSY, running));
      return;
    }
    asked = date;
    running = date;
    reader.say(Note.of(Kind.DOWNLOADING, date));
  }

  /** The issue to start downloading, once; null when none was asked for since. */
  public LocalDate take() {
    LocalDate date = asked;
    asked = null;
    return date;
  }

  /** The download under way, or null. */
  public LocalDate running() {
    return running;
  }

  /** Parts arrived; shown while the status line still speaks of the download. */
  public void progress(LocalDate date, int done, int total) {
    Kind showing = reader.note().map(Note::kind).orElse(null);
    if (date.equals(running) && (showing == Kind.DOWNLOADING
        || showing == Kind.DOWNLOAD_PROGRESS)) {
      reader.say(Note.of(Kind.DOWNLOAD_PROGRESS, date, done, total));
    }
  }

  /** The issue is in the archive, with {@code missing} parts still to fetch. */
  public void finished(LocalDate date, int articles, int missing) {
    running = null;
    reader.say(missing == 0 ? Note.of(Kind.DOWNLOADED, date, articles)
        : Note.of(Kind.DOWNLOAD_PARTIAL, date, missing));
  }

  public void failed(LocalDate date, String reason) {
    running = null;
    reader.say(Note.of(Kind.DOWNLOAD_FAILED, date, reason));
  }
}
