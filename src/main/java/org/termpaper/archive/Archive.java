package org.termpaper.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;
import org.termpaper.config.DataDirs;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Paper;

/**
 * The editions kept for offline reading: one SQLite file ({@code archive.db} in the data
 * directory) in WAL mode, with full-text search. Each edition is written in one transaction,
 * committed whole or rolled back whole whatever fails, so a process killed (or out of memory)
 * mid-fetch leaves every edition finished before it, and none half-written.
 *
 * <p>Pictures and PDFs can be written as they download, part by part, without ever being whole
 * in memory: {@link #stage} keeps one aside, and {@link #storeStaged} gives the staged resources
 * to their issue in the issue's own transaction.
 *
 * <p>Thread-safe: reads run on connections of their own beside the one writer, so a load is
 * answered while a long search or a store runs; writes run one at a time. Several processes may
 * share the file; a writer waits up to five seconds for another.
 */
public final class Archive implements AutoCloseable {
  public static final String FILE_NAME = "archive.db";

  private static final Logger LOG = Logger.getLogger(Archive.class.getName());
  /** Staged resources older than this were left by a process that ended mid-download. */
  private static final Duration STAGED_PATIENCE = Duration.ofDays(1);

  private final Path file;
  private final Connections db;
  private final Clock clock;
  private final Probe probe;
  private final Semaphore searches = new Semaphore(Connections.MAX_READERS - 1, true);

  /** Where a test may hold a piece of work: called inside it, with the work's name. */
  interface Probe {
    Probe NONE = what -> { };

    void reached(String what);
  }

  private Archive(Path file, Connections db, Clock clock, Probe probe) {
    this.file = file;
    this.db = db;
    this.clock = clock;
    this.probe = probe;
  }

  /** The archive in the data directory, created if missing. */
  public static Archive in(DataDirs dirs) {
    return open(dirs.data().resolve(FILE_NAME));
  }

  /** Opens (or creates) the archive at {@code file} and brings its schema up to date. */
  public static Archive open(Path file) {
    return open(file, Schema.current(), Clock.systemUTC());
  }

  static Archive open(Path file, Schema schema, Clock clock) {
    return open(file, schema, clock, Probe.NONE);
  }

  static Archive open(Path file, Schema schema, Clock clock, Probe probe) {
    Connections db;
    try {
      db = Connections.openPatiently(file, schema);
    } catch (SQLException | IOException e) {
      throw new ArchiveException(file, "cannot open: " + e.getMessage(), e);
    }
    Archive archive = new Archive(file, db, clock, probe);
    try {
      archive.sweepStaged();
      return archive;
    } catch (RuntimeException | Error e) {
      db.close();
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
  public void store(Edition edition, List<Resource> resources) {
    write(edition.date(), () -> {
      EditionWriter writer = new EditionWriter(db.writer());
      long id = writer.edition(edition, clock.instant());
      probe.reached("store");
      for (Resource resource : resources) {
        writer.resource(id, resource);
      }
      return null;
    });
  }

  /**
   * Stores {@code edition} as {@link #store} does, and gives it the resources staged for it, all
   * in one transaction: the issue is archived with them, or nothing is.
   */
  public void storeStaged(Edition edition, List<StagedResource> staged) {
    write(edition.date(), () -> {
      EditionWriter writer = new EditionWriter(db.writer());
      long id = writer.edition(edition, clock.instant());
      probe.reached("store");
      for (StagedResource each : staged) {
        writer.attach(id, each);
      }
      return null;
    });
  }

  /** Adds resources to an issue already archived; returns false when it is not. */
  public boolean storeResources(String paperId, LocalDate date, List<Resource> resources) {
    return write(date, () -> {
      Optional<Long> id = EditionWriter.editionId(db.writer(), paperId, date);
      if (id.isPresent()) {
        EditionWriter writer = new EditionWriter(db.writer());
        for (Resource resource : resources) {
          writer.resource(id.get(), resource);
        }
      }
      return id.isPresent();
    });
  }

  /**
   * Gives staged resources to an issue already archived, in one transaction; returns false (and
   * keeps them staged) when the issue is not archived.
   */
  public boolean attachStaged(String paperId, LocalDate date, List<StagedResource> staged) {
    return write(date, () -> {
      Optional<Long> id = EditionWriter.editionId(db.writer(), paperId, date);
      if (id.isPresent()) {
        EditionWriter writer = new EditionWriter(db.writer());
        for (StagedResource each : staged) {
          writer.attach(id.get(), each);
        }
      }
      return id.isPresent();
    });
  }

  /**
   * Writes a picture or PDF into the archive as {@code data} delivers it, in parts of at most
   * 128 KiB, each in a short transaction of its own: it is never whole in memory, and other
   * writers wait for one part at most. The result belongs to no issue until
   * {@link #storeStaged} or {@link #attachStaged} gives it one; until then readers do not see
   * it. When {@code data} or a write fails, what was staged is removed and the failure thrown.
   */
  public StagedResource stage(String url, Resource.Kind kind, String contentType,
      InputStream data) throws IOException {
    long id = write(null, () -> new EditionWriter(db.writer()).staged(url, kind, contentType,
        clock.instant()));
    try {
      byte[] part = new byte[Schema.PART_BYTES];
      long size = 0;
      for (int seq = 0; ; seq++) {
        int length = data.readNBytes(part, 0, part.length);
        if (length == 0 && seq > 0) {
          break;
        }
        byte[] bytes = length == part.length ? part : Arrays.copyOf(part, length);
        int at = seq;
        size += length;
        long sizeNow = size;
        write(null, () -> {
          new EditionWriter(db.writer()).part(id, at, bytes, sizeNow);
          return null;
        });
        if (length < part.length) {
          break;
        }
      }
      return new StagedResource(id, url, kind, contentType, size);
    } catch (Throwable e) {
      try {
        discard(List.of(new StagedResource(id, url, kind, contentType, 0)));
      } catch (Throwable second) {
        e.addSuppressed(second);
      }
      throw e;
    }
  }

  /** Removes staged resources that no issue took; those an issue took are left alone. */
  public void discard(List<StagedResource> staged) {
    if (staged.isEmpty()) {
      return;
    }
    write(null, () -> {
      EditionWriter writer = new EditionWriter(db.writer());
      for (StagedResource each : staged) {
        writer.discard(each.id());
      }
      return null;
    });
  }

  /**
   * Removes what processes that ended mid-download left staged. Looks first, so that opening
   * takes the write lock only when there is something to remove.
   */
  private void sweepStaged() {
    Instant before = clock.instant().minus(STAGED_PATIENCE);
    if (!read("sweep", reader -> new Resources(reader).hasStagedBefore(before))) {
      return;
    }
    int swept = write(null, () -> new EditionWriter(db.writer()).sweepStaged(before));
    if (swept > 0) {
      LOG.info(() -> "removed " + swept + " resources left half-downloaded in " + file);
    }
  }

  /**
   * Records that {@code location} (a URL, a config source's URL, a path) serves {@code paper}.
   * A relative path is kept absolute, resolved against the working directory.
   */
  public void remember(String location, Paper paper) {
    write(null, () -> {
      EditionWriter writer = new EditionWriter(db.writer());
      writer.paper(paper);
      writer.location(Locations.key(location), paper.id());
      return null;
    });
  }

  /** The paper last fetched from {@code location} (a relative path as from here), or empty. */
  public Optional<Paper> paperAt(String location) {
    return read("paperAt", c -> new Locations(c).paperAt(location));
  }

  /**
   * The paper fetched from another address of the same site: one in the same folder as
   * {@code location} (the site root and its {@code paperindex.htm}), or whose folder holds
   * {@code location} under {@code html/} or {@code pc/}, where e-paper sites keep their issues.
   * A paper fetched by its index page is so found by its root or by a page's URL. Empty when no
   * paper, or more than one, fits.
   */
  public Optional<Paper> paperNear(String location) {
    return read("paperNear", c -> new Locations(c).paperNear(location));
  }

  /** The locations editions of this paper were fetched from. */
  public List<String> locations(String paperId) {
    return read("locations", c -> new Locations(c).of(paperId));
  }

  /** The papers with anything archived, by id. */
  public List<Paper> papers() {
    return read("papers", c -> new EditionReader(c).papers());
  }

  public Optional<Paper> paper(String id) {
    return read("paper", c -> new EditionReader(c).paper(id));
  }

  /** The archived issue dates of a paper; empty when the paper is unknown. */
  public Optional<IssueCalendar> calendar(String paperId) {
    return read("calendar", c -> {
      EditionReader reader = new EditionReader(c);
      Optional<Paper> paper = reader.paper(paperId);
      return paper.isEmpty() ? Optional.empty()
          : Optional.of(new IssueCalendar(paper.get(), reader.dates(paperId)));
    });
  }

  /** The archived issue of that date, as it was stored. */
  public Optional<Edition> edition(String paperId, LocalDate date) {
    return read("edition", c -> new EditionReader(c).edition(paperId, date));
  }

  /** What the archive holds of that issue, or empty. */
  public Optional<ArchivedEdition> status(String paperId, LocalDate date) {
    return read("status",
        c -> new EditionReader(c).summaries(paperId, date).stream().findFirst());
  }

  /** What the archive holds of each issue of a paper, oldest first. */
  public List<ArchivedEdition> editions(String paperId) {
    return read("editions", c -> new EditionReader(c).summaries(paperId, null));
  }

  /** The URLs of the resources kept with an issue. */
  public List<String> resourceUrls(String paperId, LocalDate date) {
    return read("resourceUrls", c -> new Resources(c).urls(paperId, date));
  }

  /** A stored picture or PDF by its URL, or empty. */
  public Optional<Resource> resource(String url) {
    return read("resource", c -> new Resources(c).byUrl(url));
  }

  /**
   * Articles whose text contains every term of the query, newest issues first, with a snippet
   * around the first match: the CLI's {@code search} and the UI's all-issues search.
   */
  public List<SearchHit> search(SearchQuery query) {
    // Searches may be long: they never take the last reader, which stays free for loads.
    searches.acquireUninterruptibly();
    try {
      return read("search",
          c -> new Search(c).run(query, Search.byId(new EditionReader(c).papers())));
    } finally {
      searches.release();
    }
  }

  @Override
  public void close() {
    db.close();
  }

  private <T> T read(String what, Connections.OnReader<T> work) {
    try {
      return db.read(reader -> {
        probe.reached(what);
        return work.run(reader);
      });
    } catch (SQLException | IOException e) {
      throw new ArchiveException(file, "cannot read: " + e.getMessage(), e);
    }
  }

  private <T> T write(LocalDate date, Transactions.Work<T> work) {
    try {
      return db.write(work);
    } catch (SQLException | IOException e) {
      throw new ArchiveException(file, date, "cannot write: " + e.getMessage(), e);
    }
  }
}
