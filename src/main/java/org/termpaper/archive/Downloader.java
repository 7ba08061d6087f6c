package org.termpaper.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Page;
import org.termpaper.model.Paper;
import org.termpaper.model.TermpaperException;
import org.termpaper.net.Fetcher;
import org.termpaper.net.TransferStats;
import org.termpaper.source.EditionSource;
import org.termpaper.source.IssueNotFoundException;

/**
 * Downloads issues from a source into the archive: {@code termpaper fetch} and the UI's
 * {@code d} key. An issue archived whole is skipped (unless refreshed); one archived with parts
 * missing is read again, and what was read before is kept where the new read fails. Each issue
 * is stored in one transaction, with its pictures and PDFs, which are written into the archive
 * as they arrive and never held whole in memory. Not thread-safe: one fetch at a time per
 * instance.
 */
public final class Downloader {
  private static final Logger LOG = Logger.getLogger(Downloader.class.getName());

  private final Archive archive;
  private final Fetcher fetcher;
  private final Clock clock;

  public Downloader(Archive archive, Fetcher fetcher) {
    this(archive, fetcher, Clock.systemUTC());
  }

  Downloader(Archive archive, Fetcher fetcher, Clock clock) {
    this.archive = archive;
    this.fetcher = fetcher;
    this.clock = clock;
  }

  /**
   * A moment to count a fetch from: what the fetcher had transferred, and when. Immutable.
   *
   * @param transfer the fetcher's counts then
   * @param time the clock then
   */
  public record Start(TransferStats transfer, Instant time) {}

  /**
   * Now, to count a fetch from: take it before opening the source, whose opening asks the
   * network too (a feed's {@code calendar.json}, a site's index page).
   */
  public Start start() {
    return new Start(fetcher.stats(), clock.instant());
  }

  /** Fetches as {@link #fetch(EditionSource, String, FetchRequest, FetchListener, Start)}. */
  public FetchReport fetch(EditionSource source, String location, FetchRequest request,
      FetchListener listener) {
    return fetch(source, location, request, listener, start());
  }

  /**
   * Fetches what {@code request} asks of {@code source} into the archive.
   *
   * @param location where the source was opened from (as the resolver names it), remembered so
   *     that reading it offline finds the archive; a relative path is remembered absolute
   * @param since where the report's transfer and time count from
   * @throws TermpaperException when even the source's calendar cannot be read
   */
  public FetchReport fetch(EditionSource source, String location, FetchRequest request,
      FetchListener listener, Start since) {
    IssueCalendar calendar = source.calendar();
    Paper paper = calendar.paper();
    List<LocalDate> dates = dates(calendar, request);
    boolean local = !ResourceFetch.isNetwork(location);
    List<EditionResult> results = new ArrayList<>();
    for (int i = 0; i < dates.size() && !Thread.currentThread().isInterrupted(); i++) {
      LocalDate date = dates.get(i);
      listener.editionStarted(date, i, dates.size());
      EditionResult result = calendar.has(date)
          ? fetchOne(source, paper, date, request, local, listener)
          : failed(date, new IssueNotFoundException(date, calendar).getMessage());
      listener.editionFinished(result);
      results.add(result);
    }
    if (results.stream().anyMatch(r -> r.outcome() != EditionResult.Outcome.FAILED)) {
      archive.remember(location, paper);
    }
    return new FetchReport(paper, results, fetcher.stats().minus(since.transfer()),
        Duration.between(since.time(), clock.instant()));
  }

  /** The dates asked for: the newest issue, one date (even if absent), or a range's issues. */
  static List<LocalDate> dates(IssueCalendar calendar, FetchRequest request) {
    if (request.from() == null) {
      return calendar.newest().map(List::of).orElseThrow(() -> new TermpaperException(
          calendar.paper().name() + ": the source lists no issues"));
    }
    if (!request.isRange()) {
      return List.of(request.from());
    }
    return calendar.issues().stream()
        .filter(d -> !d.isBefore(request.from()) && !d.isAfter(request.to()))
        .toList();
  }

  /**
   * Fetches one issue.
   *
   * @param local the source is a file or folder, whose issues may name {@code file:} resources
   */
  private EditionResult fetchOne(EditionSource source, Paper paper, LocalDate date,
      FetchRequest request, boolean local, FetchListener listener) {
    Optional<ArchivedEdition> have = archive.status(paper.id(), date);
    if (have.isPresent() && have.get().isComplete() && !request.refresh()) {
      return completeResources(paper, date, request, local, listener, have.get());
    }
    Edition fresh;
    try {
      fresh = ofPaper(paper,
          source.edition(date, (what, done, total) -> listener.step(date, what, done, total)));
    } catch (TermpaperException e) {
      LOG.warning(() -> "fetch of " + date + " failed: " + e.getMessage());
      return failed(date, e.getMessage());
    }
    Optional<Edition> archived = have.isPresent()
        ? archive.edition(paper.id(), date) : Optional.empty();
    Edition merged = archived.map(old -> EditionMerge.merge(fresh, old)).orElse(fresh);
    ResourceFetch resources = new ResourceFetch(fetcher, date, listener);
    List<StagedResource> kept = resources.stage(
        missing(ResourceFetch.wanted(merged, request, local), paper, date), archive);
    try {
      archive.storeStaged(merged, kept);
    } catch (RuntimeException | Error e) {
      discardQuietly(kept, e);
      throw e;
    }
    List<FetchFailure> failures = new ArrayList<>(unavailable(merged));
    failures.addAll(resources.failures());
    int before = have.map(ArchivedEdition::unavailable).orElse(0);
    int recovered = Math.max(0, before - EditionWriter.unavailable(merged));
    EditionResult.Outcome outcome = !failures.isEmpty() ? EditionResult.Outcome.PARTIAL
        : have.isPresent() ? EditionResult.Outcome.UPDATED : EditionResult.Outcome.FETCHED;
    return new EditionResult(date, outcome, merged.articleCount(), recovered, failures);
  }

  /**
   * {@code edition} as the calendar's paper's: a feed may name another paper in an issue than in
   * its calendar, and the archive looks issues up, and finds them offline, by the calendar's.
   */
  private static Edition ofPaper(Paper paper, Edition edition) {
    if (edition.paper().equals(paper)) {
      return edition;
    }
    LOG.info(() -> "the issue of " + edition.date() + " names paper " + edition.paper().id()
        + ", its calendar " + paper.id() + "; archived as " + paper.id());
    return new Edition(paper, edition.date(), edition.url(), edition.previousIssue(),
        edition.nextIssue(), edition.pages(), edition.warnings());
  }

  /** An issue already whole: only pictures or PDFs newly asked for are fetched. */
  private EditionResult completeResources(Paper paper, LocalDate date, FetchRequest request,
      boolean local, FetchListener listener, ArchivedEdition have) {
    if (!request.images() && !request.pdfs()) {
      return new EditionResult(date, EditionResult.Outcome.SKIPPED, have.articles(), 0,
          List.of());
    }
    Edition edition = archive.edition(paper.id(), date).orElseThrow();
    List<ResourceFetch.Wanted> wanted = missing(
        ResourceFetch.wanted(edition, request, local), paper, date);
    if (wanted.isEmpty()) {
      return new EditionResult(date, EditionResult.Outcome.SKIPPED, have.articles(), 0,
          List.of());
    }
    ResourceFetch resources = new ResourceFetch(fetcher, date, listener);
    List<StagedResource> kept = resources.stage(wanted, archive);
    try {
      if (!archive.attachStaged(paper.id(), date, kept)) {
        archive.discard(kept);
      }
    } catch (RuntimeException | Error e) {
      discardQuietly(kept, e);
      throw e;
    }
    List<FetchFailure> failures = resources.failures();
    return new EditionResult(date, failures.isEmpty() ? EditionResult.Outcome.UPDATED
        : EditionResult.Outcome.PARTIAL, have.articles(), 0, failures);
  }

  /** Discards what a failed store left staged; a failure to do so joins {@code failure}. */
  private void discardQuietly(List<StagedResource> staged, Throwable failure) {
    try {
      archive.discard(staged);
    } catch (RuntimeException | Error e) {
      failure.addSuppressed(e);
    }
  }

  private List<ResourceFetch.Wanted> missing(List<ResourceFetch.Wanted> wanted, Paper paper,
      LocalDate date) {
    List<String> have = archive.resourceUrls(paper.id(), date);
    return wanted.stream().filter(w -> !have.contains(w.url())).toList();
  }

  private static List<FetchFailure> unavailable(Edition edition) {
    List<FetchFailure> failures = new ArrayList<>();
    for (Page page : edition.pages()) {
      if (page.isUnavailable()) {
        failures.add(new FetchFailure(edition.date(), page.number(), "page", page.url(),
            page.unavailable()));
      }
      for (Article article : page.articles()) {
        if (article.isUnavailable()) {
          failures.add(new FetchFailure(edition.date(), page.number(),
              "\"" + article.title() + "\"", article.url(), article.unavailable()));
        }
      }
    }
    return failures;
  }

  private static EditionResult failed(LocalDate date, String reason) {
    return new EditionResult(date, EditionResult.Outcome.FAILED, 0, 0,
        List.of(new FetchFailure(date, null, null, null, reason)));
  }
}
