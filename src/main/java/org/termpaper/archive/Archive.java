package org.termpaper.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.termpaper.config.DataDirs;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Paper;

/**
 * The editions kept for offline reading: one SQLite file ({@code archive.db} in the data
 * directory) in WAL mode, with full-text search. Each edition is written in one transaction, so
 * a process killed mid-fetch leaves every edition finished before it, and none half-written.
 *
 * <p>Thread-safe: one connection, calls serialised. Several processes may share the file; a
 * writer waits up to five seconds for another.
 */
public final class Archive implements AutoCloseable {
  public static final String FILE_NAME = "archive.db";

  private final Path file;
  private final Connection db;
  private final Clock clock;

  private Archive(Path file, Connection db, Clock clock) {
    this.file = file;
    this.db = db;
    this.clock = clock;
  }

  /** The archive in the data directory, created if missing. */
  public static Archive in(DataDirs dirs) {
    return open(dirs.data().resolve(FILE_NAME));
  }

  /** Opens (or creates) the archive at {@code file} and brings its schema up to date. */
  public static Archive open(Path file) {
    return open(file, Schema.current(), Clock.systemUTC());
  }

  /** How often opening is tried while another process holds the new file's lock. */
  private static final int OPEN_ATTEMPTS = 20;
  /** How long opening may keep trying in all, so a stuck lock ends in a message, not a hang. */
  private static final Duration OPEN_PATIENCE = Duration.ofSeconds(10);

  static Archive open(Path file, Schema schema, Clock clock) {
    // Switching a new file to WAL takes a lock that SQLite's busy handler does not wait for, so
    // processes opening one new archive at once may be told "busy": try again a few times.
    long giveUp = System.nanoTime() + OPEN_PATIENCE.toNanos();
    for (int attempt = 1; ; attempt++) {
      try {
        return openOnce(file, schema, clock);
      } catch (ArchiveException e) {
        if (attempt == OPEN_ATTEMPTS || !isBusy(e) || System.nanoTime() > giveUp) {
          throw e;
        }
      }
      try {
        Thread.sleep(20L * attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ArchiveException(file, "cannot open: interrupted", e);
      }
    }
  }

  private static boolean isBusy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getMessage() != null
          && sql.getMessage().contains("SQLITE_BUSY")) {
        return true;
      }
    }
    return false;
  }

  private static Archive openOnce(Path file, Schema schema, Clock clock) {
    Connection db = null;
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      config.enforceForeignKeys(true);
      config.setBusyTimeout(5000);
      db = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      schema.migrate(db, file);
      Search.register(db);
      return new Archive(file, db, clock);
    } catch (SQLException | IOException e) {
      closeQuietly(db);
      throw new ArchiveException(file, "cannot open: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(db);
      throw e;
    }
  }

  public Path file() {
    return file;
  }

  /**
   * Stores {@code edition} with its resources in one transaction, replacing what the archive
   * held of that issue (resources stored before are kept).
   */
  public synchronized void store(Edition edition, List<Resource> resources) {
    inTransaction(edition.date(), () -> {
      EditionWriter writer = new EditionWriter(db);
      long id = writer.edition(edition, clock.instant());
      for (Resource resource : resources) {
        writer.resource(id, resource);
      }
    });
  }

  /** Adds resources to an issue already archived; returns false when it is not. */
  public synchronized boolean storeResources(String paperId, LocalDate date,
      List<Resource> resources) {
    boolean[] found = {false};
    inTransaction(date, () -> {
      Optional<Long> id = EditionWriter.editionId(db, paperId, date);
      if (id.isPresent()) {
        EditionWriter writer = new EditionWriter(db);
        for (Resource resource : resources) {
          writer.resource(id.get(), resource);
        }
        found[0] = true;
      }
    });
    return found[0];
  }

  /**
   * Records that {@code location} (a URL, a config source's URL, a path) serves {@code paper}.
   * A relative path is kept absolute, resolved against the working directory.
   */
  public synchronized void remember(String location, Paper paper) {
    inTransaction(null, () -> {
      EditionWriter writer = new EditionWriter(db);
      writer.paper(paper);
      writer.location(Locations.key(location), paper.id());
    });
  }

  /** The paper last fetched from {@code location} (a relative path as from here), or empty. */
  public synchronized Optional<Paper> paperAt(String location) {
    return read(() -> new Locations(db).paperAt(location));
  }

  /**
   * The paper fetched from another address of the same site: one in the same folder as
   * {@code location} (the site root and its {@code paperindex.htm}), or whose folder holds
   * {@code location} under {@code html/} or {@code pc/}, where e-paper sites keep their issues.
   * A paper fetched by its index page is so found by its root or by a page's URL. Empty when no
   * paper, or more than one, fits.
   */
  public synchronized Optional<Paper> paperNear(String location) {
    return read(() -> new Locations(db).paperNear(location));
  }

  /** The locations editions of this paper were fetched from. */
  public synchronized List<String> locations(String paperId) {
    return read(() -> new Locations(db).of(paperId));
  }

  /** The papers with anything archived, by id. */
  public synchronized List<Paper> papers() {
    return read(() -> new EditionReader(db).papers());
  }

  public synchronized Optional<Paper> paper(String id) {
    return read(() -> new EditionReader(db).paper(id));
  }

  /** The archived issue dates of a paper; empty when the paper is unknown. */
  public synchronized Optional<IssueCalendar> calendar(String paperId) {
    return read(() -> {
      EditionReader reader = new EditionReader(db);
      Optional<Paper> paper = reader.paper(paperId);
      return paper.isEmpty() ? Optional.empty()
          : Optional.of(new IssueCalendar(paper.get(), reader.dates(paperId)));
    });
  }

  /** The archived issue of that date, as it was stored. */
  public synchronized Optional<Edition> edition(String paperId, LocalDate date) {
    return read(() -> new EditionReader(db).edition(paperId, date));
  }

  /** What the archive holds of that issue, or empty. */
  public synchronized Optional<ArchivedEdition> status(String paperId, LocalDate date) {
    return read(() -> new EditionReader(db).summaries(paperId, date).stream().findFirst());
  }

  /** What the archive holds of each issue of a paper, oldest first. */
  public synchronized List<ArchivedEdition> editions(String paperId) {
    return read(() -> new EditionReader(db).summaries(paperId, null));
  }

  /** The URLs of the resources kept with an issue. */
  public synchronized List<String> resourceUrls(String paperId, LocalDate date) {
    return read(() -> new Resources(db).urls(paperId, date));
  }

  /** A stored picture or PDF by its URL, or empty. */
  public synchronized Optional<Resource> resource(String url) {
    return read(() -> new Resources(db).byUrl(url));
  }

  /**
   * Articles whose text contains every term of the query, newest issues first, with a snippet
   * around the first match: the CLI's {@code search} and the UI's all-issues search.
   */
  public synchronized List<SearchHit> search(SearchQuery query) {
    return read(() -> new Search(db).run(query, Search.byId(new EditionReader(db).papers())));
  }

  @Override
  public synchronized void close() {
    closeQuietly(db);
  }

  /** A piece of work against the database. */
  private interface Work<T> {
    T run() throws SQLException, IOException;
  }

  /** A piece of work that writes. */
  private interface Writes {
    void run() throws SQLException;
  }

  private <T> T read(Work<T> work) {
    try {
      return work.run();
    } catch (SQLException | IOException e) {
      throw new ArchiveException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  private void inTransaction(LocalDate date, Writes work) {
    try {
      db.setAutoCommit(false);
      try {
        work.run();
        db.commit();
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new ArchiveException(file, date, "cannot write: " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(Connection db) {
    if (db != null) {
      try {
        db.close();
      } catch (SQLException e) {
        // Nothing to do: the file stays consistent; SQLite recovers the WAL on next open.
      }
    }
  }
}
