package org.termpaper.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.function.LongSupplier;
import org.termpaper.archive.EditionResult;
import org.termpaper.archive.FetchListener;
import org.termpaper.text.TextCleaner;

/**
 * Shows a fetch as it goes, on standard error: on a terminal one line redrawn in place (a bar,
 * the parts read of the issue, the bytes so far), else one plain line per issue. Redraws at most
 * ten times a second. Thread-safe: steps arrive from the fetching threads.
 */
final class FetchProgress implements FetchListener {
  private static final int BAR = 24;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier bytes;
  private LocalDate date;
  private int index;
  private int count;
  private long lastDraw;
  private int drawnWidth;

  FetchProgress(PrintWriter err, boolean terminal, LongSupplier bytes) {
    this.err = err;
    this.terminal = terminal;
    this.bytes = bytes;
  }

  @Override
  public synchronized void editionStarted(LocalDate date, int index, int count) {
    this.date = date;
    this.index = index;
    this.count = count;
    if (terminal) {
      draw(0, 0, true);
    }
  }

  @Override
  public synchronized void step(LocalDate date, String what, int done, int total) {
    if (terminal) {
      draw(done, total, done >= total);
    }
  }

  @Override
  public synchronized void editionFinished(EditionResult result) {
    if (terminal) {
      clear();
    }
    err.println(TextCleaner.line(describe(result)));
    err.flush();
  }

  /** One line for an issue: {@code 2022-07-14: 16 articles, fetched}. */
  static String describe(EditionResult result) {
    String what = switch (result.outcome()) {
      case FETCHED -> articles(result) + ", fetched";
      case UPDATED -> articles(result) + ", updated"
          + (result.recovered() > 0 ? " (" + result.recovered() + " completed)" : "");
      case SKIPPED -> articles(result) + ", already archived";
      case PARTIAL -> articles(result) + ", "
          + FetchSummary.count(result.failures().size(), "part", "parts") + " missing";
      case FAILED -> "failed: " + result.failures().get(0).reason();
    };
    return result.date() + ": " + what;
  }

  private static String articles(EditionResult result) {
    return FetchSummary.count(result.articles(), "article", "articles");
  }

  private void draw(int done, int total, boolean force) {
    long now = System.nanoTime();
    if (!force && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    int filled = total <= 0 ? 0 : Math.min(BAR, done * BAR / total);
    String line = date + " [" + (index + 1) + "/" + count + "] "
        + "#".repeat(filled) + "-".repeat(BAR - filled) + " " + done + "/" + total
        + " " + FetchSummary.size(bytes.getAsLong());
    err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
    drawnWidth = line.length();
    err.flush();
  }

  private void clear() {
    if (drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      drawnWidth = 0;
    }
  }
}
