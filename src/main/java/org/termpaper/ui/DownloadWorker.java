package org.termpaper.ui;

import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.termpaper.archive.EditionResult;

/**
 * Runs the {@code d} key's downloads off the UI thread, one at a time, and posts how each goes
 * as {@link Event}s. Closing it stops a download under way (its issue is then not archived: each
 * issue is written in one transaction). Whatever goes wrong, an {@link Error} too, is posted as a
 * failure. {@link #start} is called on the UI thread only.
 */
final class DownloadWorker implements AutoCloseable {
  private final Downloads downloads;
  private final Consumer<Event> post;
  private final ExecutorService worker = Workers.named("termpaper-download", 1);

  DownloadWorker(Downloads downloads, Consumer<Event> post) {
    this.downloads = downloads;
    this.post = post;
  }

  /** Starts downloading the issue of {@code date}; nothing when it is null. */
  void start(LocalDate date) {
    if (date == null) {
      return;
    }
    worker.submit(() -> {
      try {
        EditionResult result = downloads.download(date,
            (done, total) -> post.accept(new Event.DownloadProgress(date, done, total)));
        if (result.outcome() == EditionResult.Outcome.FAILED) {
          post.accept(new Event.DownloadFailed(date, result.failures().get(0).reason()));
        } else {
          post.accept(new Event.Downloaded(date, result));
        }
      } catch (Throwable e) {
        post.accept(new Event.DownloadFailed(date, Failures.logged("downloading " + date, e)));
      }
    });
  }

  @Override
  public void close() {
    Workers.stop(worker, "the download worker");
  }
}
