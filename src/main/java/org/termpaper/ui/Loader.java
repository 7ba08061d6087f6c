package org.termpaper.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.source.EditionSource;

/**
 * Loads issues off the UI thread and posts the results as {@link Event}s: the issue the reader
 * wants, and its neighbours ahead of time. Loads no longer wanted are cancelled by interrupting
 * them. Keeps the last few issues. An issue the source cannot give is read from the archive
 * when it holds that issue of the paper (a site keeps its issues for a while; the archive keeps
 * them for good). Every load is answered, also when it ends in an {@link Error}. Its methods are
 * called on the UI thread only.
 */
final class Loader implements AutoCloseable {
  private static final int KEPT = 8;

  private final Supplier<EditionSource> opener;
  private final ArchiveAccess archive;
  private final Consumer<Event> post;
  private final CompletableFuture<EditionSource> source = new CompletableFuture<>();
  private final ExecutorService workers = Workers.named("termpaper-loader", 2);
  private final Map<LocalDate, Task> running = new HashMap<>();
  /** Issues whose load failed: loaded again when wanted, never ahead (that would loop). */
  private final Set<LocalDate> failed = new HashSet<>();
  private volatile boolean closed;
  private final Map<LocalDate, Edition> kept = new LinkedHashMap<>(16, 0.75f, true);
  /** The paper of the source, once its calendar or an issue has been read; for the archive. */
  private volatile String paperId;

  /**
   * @param opener opens the source, on a loader thread, so that the screen is up while it does
   *     (resolving a source may start an HTTP client)
   * @param archive where an issue the source fails to give is looked for next
   */
  Loader(Supplier<EditionSource> opener, ArchiveAccess archive, Consumer<Event> post) {
    this.opener = opener;
    this.archive = archive;
    this.post = post;
  }

  /**
   * Opens the source and reads its calendar, and the newest issue when {@code date} is null; the
   * issue of a date is loaded by {@link #sync}, at once and beside the calendar.
   */
  void start(LocalDate date) {
    workers.submit(() -> {
      try {
        EditionSource opened = opener.get();
        // Said before any load can start, so that the first issue arrives after it.
        opened.focus().ifPresent(id -> post.accept(new Event.Focus(id)));
        source.complete(opened);
      } catch (Throwable e) {
        // Said before the loads waiting for the source fail, so that the reader ends with it.
        post.accept(new Event.SourceFailed(Failures.logged("opening the source", e)));
        source.completeExceptionally(e);
        return;
      }
      try {
        IssueCalendar calendar = source.join().calendar();
        paperId = calendar.paper().id();
        post.accept(new Event.CalendarReady(calendar));
      } catch (Throwable e) {
        post.accept(new Event.CalendarFailed(Failures.logged("reading the calendar", e)));
      }
    });
    if (date == null) {
      workers.submit(() -> load(null, new AtomicBoolean()));
    }
  }

  /** The issue of {@code date} if it was loaded before. */
  Optional<Edition> kept(LocalDate date) {
    return Optional.ofNullable(kept.get(date));
  }

  /** Notes an issue that arrived, so that it is not loaded again. */
  void arrived(LocalDate asked, Edition edition) {
    running.remove(asked);
    kept.put(edition.date(), edition);
    while (kept.size() > KEPT) {
      Iterator<LocalDate> eldest = kept.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
  }

  /** Notes an issue whose load failed: loaded again when wanted, but not ahead of time. */
  void failed(LocalDate asked) {
    running.remove(asked);
    if (asked != null) {
      failed.add(asked);
    }
  }

  /**
   * Loads {@code wanted} (may be null), also when it failed before, and {@code ahead}, but not
   * the ones that failed; cancels every other load.
   */
  void sync(LocalDate wanted, Set<LocalDate> ahead) {
    running.entrySet().removeIf(entry -> {
      LocalDate date = entry.getKey();
      if (date.equals(wanted) || ahead.contains(date)) {
        return false;
      }
      entry.getValue().cancel();
      return true;
    });
    if (wanted != null) {
      failed.remove(wanted);
      submit(wanted);
    }
    for (LocalDate date : ahead) {
      if (!failed.contains(date)) {
        submit(date);
      }
    }
  }

  /** True while {@code date} is being loaded; for the tests of what a sync cancels. */
  boolean isLoading(LocalDate date) {
    return running.containsKey(date);
  }

  private void submit(LocalDate date) {
    if (!kept.containsKey(date) && !running.containsKey(date)) {
      AtomicBoolean cancelled = new AtomicBoolean();
      running.put(date, new Task(workers.submit(() -> load(date, cancelled)), cancelled));
    }
  }

  /**
   * Loads one issue and posts the outcome, unless the load was cancelled: a source may turn the
   * interrupt into a failure of its own, which must not reach the reader. Every other way a load
   * can end, a source that could not be opened too, is posted, so that the issue is never left
   * loading and a later request asks for it again.
   */
  private void load(LocalDate date, AtomicBoolean cancelled) {
    Event outcome;
    try {
      outcome = loaded(date, cancelled);
    } catch (Throwable e) {
      outcome = failed(date, cancelled, e);
    }
    if (outcome != null) {
      post.accept(outcome);
    }
  }

  /** The issue loaded, null when the load was called off meanwhile. */
  private Event loaded(LocalDate date, AtomicBoolean cancelled) throws Throwable {
    EditionSource source;
    try {
      source = this.source.get();
    } catch (ExecutionException e) {
      throw e.getCause();
    }
    Edition edition = date == null
        ? source.newest((what, done, total) -> post.accept(new Event.Progress(null, done, total)))
        : source.edition(date,
            (what, done, total) -> post.accept(new Event.Progress(date, done, total)));
    paperId = edition.paper().id();
    if (cancelled.get()) {
      return null;
    }
    if (!source.warnings().isEmpty()) {
      post.accept(new Event.FellBack());
    }
    return new Event.Loaded(date, edition);
  }

  /**
   * What a load that threw ends with: nothing when it was called off (the reader or the UI's
   * end), else the archive's copy, else the failure, logged.
   */
  private Event failed(LocalDate date, AtomicBoolean cancelled, Throwable e) {
    if (cancelled.get() || closed) {
      return null;
    }
    String what = "loading " + (date == null ? "the newest issue" : "the issue of " + date);
    if (!this.source.isCompletedExceptionally()) {
      Optional<Edition> archived = archived(date);
      if (archived.isPresent()) {
        Failures.logged(what + " (the archive's copy is shown)", e);
        return new Event.Loaded(date, archived.get());
      }
    }
    return new Event.Failed(date, Failures.logged(what, e));
  }

  /** The archive's copy of the issue of {@code date}, if it holds one; never the newest. */
  private Optional<Edition> archived(LocalDate date) {
    if (date == null) {
      return Optional.empty();
    }
    try {
      // The first issue may fail before the calendar told the paper's id: ask for it then.
      String paper = paperId != null ? paperId : source.join().calendar().paper().id();
      return archive.edition(paper, date);
    } catch (Throwable e) {
      Failures.logged("reading the archived issue of " + date, e);
      return Optional.empty();
    }
  }

  /** A load under way and how to call it off. */
  private record Task(Future<?> future, AtomicBoolean cancelled) {
    void cancel() {
      cancelled.set(true);
      future.cancel(true);
    }
  }

  /** Cancels every load and closes the source. */
  @Override
  public void close() {
    closed = true;
    running.values().forEach(Task::cancel);
    // Let the loads see they are called off before the source and the archive close.
    Workers.stop(workers, "the loader");
    source.thenAccept(EditionSource::close);
  }
}
