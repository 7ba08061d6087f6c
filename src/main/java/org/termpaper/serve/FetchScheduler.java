package org.termpaper.serve;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.termpaper.archive.Downloader;
import org.termpaper.archive.EditionResult;
import org.termpaper.archive.FetchListener;
import org.termpaper.archive.FetchReport;
import org.termpaper.archive.FetchRequest;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.EditionSource;

/**
 * The station's fetching: at start, and then every {@code every} if given, each served
 * source's newest issue and any of the last {@value #DAYS} days missing from the archive (or
 * archived with parts missing) are fetched into it, one source at a time, with the same
 * resumable fetch as {@code termpaper fetch}. A round that fails for one source is logged and
 * goes on with the next. Each archived issue is announced through
 * {@link StationContext#issueArchived}. Thread-safe: rounds run on the timer's one thread.
 */
public final class FetchScheduler {
  /** How many days back, today included, missing issues are fetched. */
  static final int DAYS = 7;

  private final StationContext station;
  private final Duration every;
  private final FetchTimer timer;
  private volatile boolean stopped;

  /**
   * @param every the time from the start of one round to the start of the next, or null for
   *     one round at start only
   */
  public FetchScheduler(StationContext station, Duration every, FetchTimer timer) {
    if (every != null && (every.isNegative() || every.isZero())) {
      throw new IllegalArgumentException("every must be positive, not " + every);
    }
    this.station = station;
    this.every = every;
    this.timer = timer;
  }

  /** Starts the first round now (on the timer's thread). */
  public void start() {
    timer.schedule(Duration.ZERO, this::round);
  }

  /** Stops after the issue being written, within {@code deadline}; whether it did. */
  public boolean stop(Duration deadline) {
    stopped = true;
    return timer.stop(deadline);
  }

  private void round() {
    Instant started = station.clock().instant();
    for (ServedSource source : station.sources().values()) {
      if (stopped || Thread.currentThread().isInterrupted()) {
        return;
      }
      fetch(source);
    }
    if (every != null && !stopped) {
      Duration spent = Duration.between(started, station.clock().instant());
      Duration wait = every.minus(spent);
      timer.schedule(wait.isNegative() ? Duration.ZERO : wait, this::round);
    }
  }

  private void fetch(ServedSource source) {
    Downloader downloader = new Downloader(station.archive(), station.fetcher());
    Downloader.Start start = downloader.start();
    try (EditionSource from = station.resolver().resolveOnline(source.spec())) {
      IssueCalendar calendar = from.calendar();
      Optional<LocalDate> newest = calendar.newest();
      if (newest.isEmpty()) {
        station.log().error("fetch", source.name() + ": the source lists no issues");
        return;
      }
      FetchReport report = downloader.fetch(from, source.location(), request(newest.get()),
          announcer(source), start);
      station.log().event("fetch", source.name() + ": " + summary(report));
    } catch (TermpaperException e) {
      station.log().error("fetch", source.name() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      station.log().error("fetch", source.name() + ": internal error: " + e);
    }
  }

  /** The newest issue, and the issues of the last {@value #DAYS} days. */
  FetchRequest request(LocalDate newest) {
    LocalDate today = LocalDate.now(station.clock());
    LocalDate weekAgo = today.minusDays(DAYS - 1);
    LocalDate from = newest.isBefore(weekAgo) ? newest : weekAgo;
    LocalDate to = newest.isAfter(today) ? newest : today;
    return new FetchRequest(from, to, false, false, false);
  }

  private FetchListener announcer(ServedSource source) {
    return new FetchListener() {
      @Override
      public void editionFinished(EditionResult result) {
        switch (result.outcome()) {
          case FETCHED, UPDATED, PARTIAL -> station.issueArchived(source, result.date());
          default -> { }
        }
      }
    };
  }

  private static String summary(FetchReport report) {
    long kept = report.count(EditionResult.Outcome.SKIPPED);
    long fresh = report.count(EditionResult.Outcome.FETCHED)
        + report.count(EditionResult.Outcome.UPDATED);
    return String.format(Locale.ROOT, "%s: %d fetched, %d already archived, %d partial,"
        + " %d failed; %s, %s, %.1f s; %s missing",
        count(report.editions().size(), "issue"), fresh, kept,
        report.count(EditionResult.Outcome.PARTIAL), report.count(EditionResult.Outcome.FAILED),
        count(report.transfer().requests(), "request"),
        count(report.transfer().bytesReceived(), "byte"), report.time().toMillis() / 1000.0,
        count(report.failures().size(), "part"));
  }

  private static String count(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
