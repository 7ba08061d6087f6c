package org.termpaper.ui;

import java.time.LocalDate;
import java.util.List;
import org.termpaper.archive.EditionResult;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.speech.SpokenText;
import org.termpaper.ui.nav.Result;

/**
 * What the UI thread is told: keys, a resize, and the results of loading, downloading and
 * searching the archive, and where reading aloud is. Immutable.
 */
sealed interface Event {
  /** A key, by the names of {@code Keys}. */
  record Key(String name) implements Event {}

  /** The terminal changed size. */
  record Resize() implements Event {}

  /** The keys could not be read (the input failed): the reader ends, saying why. */
  record InputFailed(String reason) implements Event {}

  /** The source could not be opened at all: nothing can be read. */
  record SourceFailed(String reason) implements Event {}

  /** The source's calendar arrived. */
  record CalendarReady(IssueCalendar calendar) implements Event {}

  /** The network failed and the source now reads the archive: the status line says so. */
  record FellBack() implements Event {}

  /** The source points at one article (an article URL): open it when its issue is shown. */
  record Focus(String articleId) implements Event {}

  /** The source's calendar could not be read; the issues' own neighbours stand in for it. */
  record CalendarFailed(String reason) implements Event {}

  /** An issue arrived; {@code asked} is the date asked for, null when the newest was. */
  record Loaded(LocalDate asked, Edition edition) implements Event {}

  /** An issue could not be loaded; {@code asked} as for {@link Loaded}. */
  record Failed(LocalDate asked, String reason) implements Event {}

  /** Loading {@code asked} has come to {@code done} parts of {@code total}. */
  record Progress(LocalDate asked, int done, int total) implements Event {}

  /** Downloading {@code date} for offline reading has come to {@code done} of {@code total}. */
  record DownloadProgress(LocalDate date, int done, int total) implements Event {}

  /** The download of {@code date} ended: archived whole, partly, or not at all. */
  record Downloaded(LocalDate date, EditionResult result) implements Event {}

  /** The download of {@code date} could not start or failed outright. */
  record DownloadFailed(LocalDate date, String reason) implements Event {}

  /** The all-issues search {@code serial} found {@code results}, the newest of more if so. */
  record Searched(int serial, List<Result> results, boolean more) implements Event {}

  /** The all-issues search {@code serial} found nothing of the paper archived. */
  record NothingArchived(int serial) implements Event {}

  /** The all-issues search {@code serial} could not read the archive. */
  record SearchFailed(int serial, String reason) implements Event {}

  /** Reading aloud {@code serial} has come to {@code segment}. */
  record Speaking(int serial, SpokenText.Segment segment) implements Event {}

  /** Reading aloud {@code serial} ended: to the end when {@code failure} is null. */
  record SpeechEnded(int serial, String failure) implements Event {}
  /** The picture at {@code url} was fetched and decoded, or could not be. */
  record PictureReady(String url, PictureLoader.Result result) implements Event {}

  /** The {@code o} key's file went to the viewer or was saved; {@code message} says which. */
  record Viewed(String message, boolean failed) implements Event {}
}
