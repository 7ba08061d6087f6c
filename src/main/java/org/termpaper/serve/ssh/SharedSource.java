package org.termpaper.serve.ssh;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;

/**
 * One served source shared by every session that reads it: opened once, and each issue read
 * once however many readers ask for it at the same time, then kept for the next ones (the last
 * {@value #KEPT}). Reads run on the station's own threads, so a reader who leaves (and whose
 * thread is interrupted) cancels nobody else's wait. Thread-safe.
 */
final class SharedSource implements AutoCloseable {
  static final int KEPT = 8;

  private final Supplier<EditionSource> opener;
  private final Executor loads;
  private final Map<LocalDate, Load> editions = new LinkedHashMap<>(16, 0.75f, true);
  private EditionSource source;

  /** One read of an issue, and everyone told how it goes. */
  private static final class Load {
    final CompletableFuture<Edition> edition = new CompletableFuture<>();
    final List<Progress> listeners = new CopyOnWriteArrayList<>();
  }

  SharedSource(Supplier<EditionSource> opener, Executor loads) {
    this.opener = opener;
    this.loads = loads;
  }

  /** A view of the source for one session; closing it leaves the source open for the others. */
  EditionSource view() {
    return new EditionSource() {
      @Override
      public String location() {
        return source().location();
      }

      @Override
      public IssueCalendar calendar() {
        return source().calendar();
      }

      @Override
      public Edition edition(LocalDate date, Progress progress) {
        return SharedSource.this.edition(date, progress);
      }

      @Override
      public Optional<String> focus() {
        return source().focus();
      }

      @Override
      public List<String> warnings() {
        return source().warnings();
      }
    };
  }

  synchronized EditionSource source() {
    if (source == null) {
      source = opener.get();
    }
    return source;
  }

  Edition edition(LocalDate date, Progress progress) {
    EditionSource from = source();
    Load load;
    boolean start;
    synchronized (this) {
      load = editions.get(date);
      start = load == null || load.edition.isCompletedExceptionally();
      if (start) {
        load = new Load();
        editions.put(date, load);
        trim();
      }
      load.listeners.add(progress);
    }
    if (start) {
      Load started = load;
      loads.execute(() -> read(from, date, started));
    }
    try {
      return load.edition.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TermpaperException("interrupted while reading the issue of " + date);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new TermpaperException("cannot read the issue of " + date + ": " + e.getCause());
    } finally {
      load.listeners.remove(progress);
    }
  }

  private void read(EditionSource from, LocalDate date, Load load) {
    try {
      load.edition.complete(from.edition(date, (what, done, total) ->
          load.listeners.forEach(listener -> listener.step(what, done, total))));
    } catch (RuntimeException | Error e) {
      synchronized (this) {
        editions.remove(date, load);
      }
      load.edition.completeExceptionally(e);
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

  @Override
  public synchronized void close() {
    if (source != null) {
      source.close();
    }
  }
}
