package org.termpaper.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.TermpaperException;
import org.termpaper.net.FetchException;

/**
 * A network source that turns to the archive when the network fails: no connection, a timeout,
 * a server error. Other failures (a 404, a page it cannot parse) pass through, since the archive
 * would only hide them. Once fallen back it stays with the archive, so a dead link costs one
 * timeout, not one per issue. Every edition read from the archive says so in its warnings; an
 * issue the archive lacks then fails naming the network failure, not the archive's nearest
 * dates. Thread-safe.
 */
final class FallbackSource implements EditionSource {
  private static final Logger LOG = Logger.getLogger(FallbackSource.class.getName());

  private final EditionSource primary;
  private final Supplier<Optional<EditionSource>> archived;
  private volatile EditionSource archive;
  private volatile String reason;

  FallbackSource(EditionSource primary, Supplier<Optional<EditionSource>> archived) {
    this.primary = primary;
    this.archived = archived;
  }

  @Override
  public String location() {
    return primary.location();
  }

  @Override
  public IssueCalendar calendar() {
    if (archive == null) {
      try {
        return primary.calendar();
      } catch (TermpaperException e) {
        fallBack(e);
      }
    }
    return archive.calendar();
  }

  @Override
  public Edition edition(LocalDate date, Progress progress) {
    if (archive == null) {
      try {
        return primary.edition(date, progress);
      } catch (TermpaperException e) {
        fallBack(e);
      }
    }
    try {
      return mark(archive.edition(date, progress));
    } catch (IssueNotFoundException e) {
      // The archive's nearest dates would hide the cause: the network, not the paper.
      throw new TermpaperException("the network failed (" + reason + ") and the issue of "
          + date + " is not archived", e);
    }
  }

  @Override
  public Edition newest(Progress progress) {
    if (archive == null) {
      try {
        return primary.newest(progress);
      } catch (TermpaperException e) {
        fallBack(e);
      }
    }
    return mark(archive.newest(progress));
  }

  /** What the location points at, whether the network or the archive answers. */
  @Override
  public Optional<String> focus() {
    return primary.focus();
  }

  /** Switches to the archive for a network failure; rethrows anything else. */
  private synchronized void fallBack(TermpaperException e) {
    if (archive != null) {
      return;
    }
    if (!isNetworkFailure(e)) {
      throw e;
    }
    Optional<EditionSource> found;
    try {
      found = archived.get();
    } catch (TermpaperException archiveProblem) {
      e.addSuppressed(archiveProblem);
      throw e;
    }
    if (found.isEmpty()) {
      throw e;
    }
    reason = e.getMessage();
    LOG.warning(() -> "network failed, reading the archive instead: " + reason);
    archive = found.get();
  }

  private Edition mark(Edition edition) {
    return edition.withWarnings(warnings());
  }

  @Override
  public List<String> warnings() {
    return archive == null
        ? List.of() : List.of("the network failed (" + reason + "); showing the archived copy");
  }

  /** No answer at all, or a server error: the cases where the archive is the better answer. */
  static boolean isNetworkFailure(Throwable e) {
    // A load the reader no longer wants is cancelled by an interrupt: no sign of a dead link.
    if (Thread.currentThread().isInterrupted()) {
      return false;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InterruptedException) {
        return false;
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FetchException fetch) {
        return fetch.status() == 0 || fetch.status() >= 500;
      }
    }
    return false;
  }


  /** A source whose opening already failed: every call throws that failure again. */
  static EditionSource unreachable(String location, TermpaperException failure) {
    return new EditionSource() {
      @Override
      public String location() {
        return location;
      }

      @Override
      public IssueCalendar calendar() {
        throw failure;
      }

      @Override
      public Edition edition(LocalDate date, Progress progress) {
        throw failure;
      }
    };
  }

  @Override
  public void close() {
    primary.close();
    EditionSource used = archive;
    if (used != null) {
      used.close();
    }
  }
}
