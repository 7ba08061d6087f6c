package org.termpaper.serve.ssh;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;

/**
 * One served source shared by every session that reads it: opened once for all, and each issue
 * read once however many readers ask for it at the same time, then kept for the next ones (the
 * last {@value #KEPT}). Reads run on the station's own threads; a read nobody waits for any more
 * is dropped before it starts and interrupted once started. The source is opened again, with its
 * calendar, when the station archives an issue of it ({@link #refresh()}), and aside on a load
 * thread once it is older than {@link #MAX_AGE} (for a site's newest issue or a feed folder's new
 * file that no schedule fetches; readers keep the old opening meanwhile, and for another age if
 * the source cannot be opened); an old opening is closed once the reads using it end. Opening runs outside the lock, so a
 * source that hangs holds up its own readers, never {@link #close()}. Thread-safe.
 */
final class SharedSource implements AutoCloseable {
  static final int KEPT = 8;
  /** How long an opening's calendar is trusted when no archived issue refreshes it. */
  static final Duration MAX_AGE = Duration.ofMinutes(15);

  private final Supplier<EditionSource> opener;
  private final ExecutorService loads;
  private final LongSupplier nanos;
  private final long maxAgeNanos;
  private final Map<LocalDate, Load> editions = new LinkedHashMap<>(16, 0.75f, true);
  private Opening current;
  private CompletableFuture<Void> reopening = CompletableFuture.completedFuture(null);
  private boolean closed;

  /** One opening of the source and how many reads use it. */
  private static final class Opening {
    final CompletableFuture<EditionSource> source = new CompletableFuture<>();
    /** When its calendar was read, or last found still the best there is; under the lock. */
    long openedAt;
    int users;
    boolean retired;

    Opening(long openedAt) {
      this.openedAt = openedAt;
    }
  }

  /** One read of an issue, who waits for it, and everyone told how it goes. */
  private static final class Load {
    final CompletableFuture<Edition> edition = new CompletableFuture<>();
    final List<Progress> listeners = new CopyOnWriteArrayList<>();
    final Opening from;
    int waiters;
    boolean started;
    Future<?> task;

    Load(Opening from) {
      this.from = from;
    }
  }

  SharedSource(Supplier<EditionSource> opener, ExecutorService loads) {
    this(opener, loads, System::nanoTime, MAX_AGE);
  }

  SharedSource(Supplier<EditionSource> opener, ExecutorService loads, LongSupplier nanos,
      Duration maxAge) {
    this.opener = opener;
    this.loads = loads;
    this.nanos = nanos;
    this.maxAgeNanos = maxAge.toNanos();
  }

  /** A view of the source for one session; closing it leaves the source open for the others. */
  EditionSource view() {
    return new EditionSource() {
      @Override
      public String location() {
        return using(EditionSource::location);
      }

      @Override
      public IssueCalendar calendar() {
        return using(EditionSource::calendar);
      }

      @Override
      public Edition edition(LocalDate date, Progress progress) {
        return SharedSource.this.edition(date, progress);
      }

      @Override
      public Optional<String> focus() {
        return using(EditionSource::focus);
      }

      @Override
      public List<String> warnings() {
        return using(EditionSource::warnings);
      }
    };
  }

  /** The next use opens the source again; the issues read so far are read again when asked. */
  void refresh() {
    EditionSource old;
    synchronized (this) {
      old = retireCurrent();
      editions.clear();
    }
    closeQuietly(old);
  }

  /** Readers waiting for {@code date}'s issue (for tests). */
  synchronized int waiters(LocalDate date) {
    Load load = editions.get(date);
    return load == null ? 0 : load.waiters;
  }

  private <T> T using(Function<EditionSource, T> use) {
    Opening opening = acquire();
    try {
      return use.apply(await(opening));
    } finally {
      release(opening);
    }
  }

  Edition edition(LocalDate date, Progress progress) {
    Opening opening = acquire();
    try {
      EditionSource from = await(opening);
      Load load = join(date, progress, opening, from);
      try {
        return load.edition.get();
      } catch (InterruptedException | CancellationException e) {
        Thread.currentThread().interrupt();
        throw new TermpaperException("interrupted while reading the issue of " + date);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException failure) {
          throw failure;
        }
        throw new TermpaperException("cannot read the issue of " + date + ": " + e.getCause());
      } finally {
        leave(date, load, progress);
      }
    } finally {
      release(opening);
    }
  }

  private synchronized Load join(LocalDate date, Progress progress, Opening opening,
      EditionSource from) {
    Load load = editions.get(date);
    if (load == null || load.edition.isCompletedExceptionally() || load.from != opening) {
      Load started = new Load(opening);
      try {
        started.task = loads.submit(() -> read(from, date, started));
      } catch (RejectedExecutionException e) {
        throw new TermpaperException("the station is busy reading other issues: try again soon");
      }
      opening.users++;
      load = started;
      editions.put(date, load);
      trim();
    }
    load.waiters++;
    load.listeners.add(progress);
    return load;
  }

  /** The last reader to leave a read not done yet drops it, or interrupts it once started. */
  private void leave(LocalDate date, Load load, Progress progress) {
    Opening unused = null;
    synchronized (this) {
      load.listeners.remove(progress);
      load.waiters--;
      if (load.waiters > 0 || load.edition.isDone()) {
        return;
      }
      editions.remove(date, load);
      load.edition.cancel(false);
      if (load.started) {
        load.task.cancel(true);
      } else {
        load.task.cancel(false);
        unused = load.from;
      }
    }
    if (unused != null) {
      release(unused);
    }
  }

  private void read(EditionSource from, LocalDate date, Load load) {
    synchronized (this) {
      if (load.edition.isDone()) {
        return; // dropped before it started; its opening was released then
      }
      load.started = true;
    }
    try {
      load.edition.complete(from.edition(date, (what, done, total) ->
          load.listeners.forEach(listener -> listener.step(what, done, total))));
    } catch (RuntimeException | Error e) {
      synchronized (this) {
        editions.remove(date, load);
      }
      load.edition.completeExceptionally(e);
    } finally {
      release(load.from);
    }
  }

  /** The opening to use, opened here (outside the lock) when there is none or it is too old. */
  private Opening acquire() {
    Opening opening;
    boolean open = false;
    synchronized (this) {
      if (closed) {
        throw new TermpaperException("the station is stopping");
      }
      long now = nanos.getAsLong();
      if (current != null && current.source.isDone() && now - current.openedAt >= maxAgeNanos
          && reopening.isDone()) {
        reopenAside(now);
      }
      if (current == null) {
        current = new Opening(now);
        open = true;
      }
      opening = current;
      opening.users++;
    }
    if (open) {
      try {
        opening.source.complete(opener.get());
      } catch (RuntimeException | Error e) {
        synchronized (this) {
          if (current == opening) {
            current = null;
          }
        }
        opening.source.completeExceptionally(e);
      }
    }
    return opening;
  }

  /**
   * Opens the source again on a load thread while readers go on with the old opening, which the
   * new one replaces once open; when it cannot open (the site is down), the old one serves for
   * another age.
   */
  private void reopenAside(long now) {
    Opening aged = current;
    Opening fresh = new Opening(now);
    CompletableFuture<Void> done = new CompletableFuture<>();
    try {
      loads.execute(() -> {
        EditionSource old = null;
        EditionSource unused = null;
        try {
          EditionSource opened = opener.get();
          fresh.source.complete(opened);
          synchronized (this) {
            if (current == aged && !closed) {
              old = retireCurrent();
              current = fresh;
              editions.clear();
            } else {
              unused = opened;
            }
          }
        } catch (RuntimeException | Error e) {
          synchronized (this) {
            aged.openedAt = nanos.getAsLong();
          }
        } finally {
          closeQuietly(old);
          closeQuietly(unused);
          done.complete(null);
        }
      });
    } catch (RejectedExecutionException e) {
      return; // busy: tried again on a later use
    }
    reopening = done;
  }

  /** The reopening under way, or a done one (for tests). */
  synchronized CompletableFuture<Void> reopening() {
    return reopening;
  }

  private void release(Opening opening) {
    EditionSource unused = null;
    synchronized (this) {
      opening.users--;
      if (opening.users == 0 && opening.retired) {
        unused = opened(opening);
      }
    }
    closeQuietly(unused);
  }

  private static EditionSource await(Opening opening) {
    try {
      return opening.source.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TermpaperException("interrupted while opening the source");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new TermpaperException("cannot open the source: " + e.getCause());
    }
  }

  /** Retires the current opening; returns it to close now when nobody uses it. */
  private EditionSource retireCurrent() {
    Opening old = current;
    current = null;
    if (old == null) {
      return null;
    }
    old.retired = true;
    return old.users == 0 ? opened(old) : null;
  }

  private static EditionSource opened(Opening opening) {
    CompletableFuture<EditionSource> source = opening.source;
    return source.isDone() && !source.isCompletedExceptionally() ? source.join() : null;
  }

  private static void closeQuietly(EditionSource source) {
    if (source != null) {
      source.close();
    }
  }

  /** Forgets the least recently read issues past {@value #KEPT}, never one still being read. */
  private void trim() {
    Iterator<Map.Entry<LocalDate, Load>> it = editions.entrySet().iterator();
    int over = editions.size() - KEPT;
    while (over > 0 && it.hasNext()) {
      if (it.next().getValue().edition.isDone()) {
        it.remove();
        over--;
      }
    }
  }

  /**
   * Closes the source now when no read uses it, else when the last one ends; an opening still
   * under way is closed when it ends. Never waits.
   */
  @Override
  public void close() {
    EditionSource old;
    synchronized (this) {
      closed = true;
      old = retireCurrent();
      editions.clear();
    }
    closeQuietly(old);
  }
}
