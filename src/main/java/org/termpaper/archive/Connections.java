package org.termpaper.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The archive's connections to its SQLite file: one writer, used by one thread at a time, and up
 * to {@link #MAX_READERS} readers, each used by one thread at a time. In WAL mode readers see the
 * last committed state beside a writer's open transaction, so a long search or a store never
 * holds up a load. Each read runs in one read transaction, so that its several queries see one
 * state of the file. Thread-safe.
 */
final class Connections implements AutoCloseable {
  /** The most reads at once; a further read waits for one to end. */
  static final int MAX_READERS = 4;

  private final Path file;
  private final ReentrantLock writeLock = new ReentrantLock(true);
  private Connection writer;
  private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();
  private final Semaphore readers = new Semaphore(MAX_READERS, true);
  private volatile boolean closed;

  private Connections(Path file, Connection writer) {
    this.file = file;
    this.writer = writer;
  }

  /** How often opening is tried while another process holds the new file's lock. */
  private static final int OPEN_ATTEMPTS = 20;
  /** How long opening may keep trying in all, so a stuck lock ends in a message, not a hang. */
  private static final Duration OPEN_PATIENCE = Duration.ofSeconds(10);

  /**
   * Opens as {@link #open}, trying again a few times while the file is busy: switching a new
   * file to WAL takes a lock that SQLite's busy handler does not wait for, so processes opening
   * one new archive at once may be told "busy".
   */
  static Connections openPatiently(Path file, Schema schema) throws SQLException, IOException {
    long giveUp = System.nanoTime() + OPEN_PATIENCE.toNanos();
    for (int attempt = 1; ; attempt++) {
      try {
        return open(file, schema);
      } catch (SQLException e) {
        if (attempt == OPEN_ATTEMPTS || !isBusy(e) || System.nanoTime() > giveUp) {
          throw e;
        }
      }
      try {
        Thread.sleep(20L * attempt);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted", e);
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

  /** Opens the file (creating it and its folder), and brings its schema up to date. */
  static Connections open(Path file, Schema schema) throws SQLException, IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Connection writer = openWriter(file);
    try {
      schema.migrate(writer, file);
      return new Connections(file, writer);
    } catch (Throwable e) {
      closeQuietly(writer);
      throw e;
    }
  }

  private static Connection openWriter(Path file) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    // IMMEDIATE: a transaction takes the write lock when it begins, so two processes never both
    // read under a shared lock and then fail to upgrade it.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(5000);
    return config.createConnection(url(file));
  }

  private Connection openReader() throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
    config.setBusyTimeout(5000);
    Connection reader = config.createConnection(url(file));
    try (Statement statement = reader.createStatement()) {
      statement.execute("PRAGMA query_only = 1");
      Search.register(reader);
      return reader;
    } catch (SQLException | RuntimeException e) {
      closeQuietly(reader);
      throw e;
    }
  }

  private static String url(Path file) {
    return "jdbc:sqlite:" + file.toAbsolutePath();
  }

  /** Runs {@code work} on a reader of its own, in one read transaction. */
  <T> T read(OnReader<T> work) throws SQLException, IOException {
    readers.acquireUninterruptibly();
    try {
      checkOpen();
      Connection pooled = idle.poll();
      Connection reader = pooled == null || pooled.isClosed() ? openReader() : pooled;
      try {
        return Transactions.run(reader, () -> work.run(reader));
      } finally {
        if (closed || reader.isClosed()) {
          closeQuietly(reader);
        } else {
          idle.add(reader);
          if (closed) {
            drainIdle();
          }
        }
      }
    } finally {
      readers.release();
    }
  }

  /** Work on a reader connection. */
  interface OnReader<T> {
    T run(Connection reader) throws SQLException, IOException;
  }

  /** Runs {@code work} in one write transaction, the only one of this archive at the time. */
  <T> T write(Transactions.Work<T> work) throws SQLException, IOException {
    writeLock.lock();
    try {
      checkOpen();
      if (writer == null || writer.isClosed()) {
        // A rollback that failed closed it (see Transactions): start afresh.
        writer = openWriter(file);
      }
      return Transactions.run(writer, work);
    } finally {
      writeLock.unlock();
    }
  }

  /** The writer, for work inside {@link #write}; only its thread may use it. */
  Connection writer() {
    if (!writeLock.isHeldByCurrentThread()) {
      throw new IllegalStateException("the writer is used outside a write");
    }
    return writer;
  }

  private void checkOpen() throws SQLException {
    if (closed) {
      throw new SQLException("the archive is closed");
    }
  }

  /** Closes the writer and the idle readers; a reader in use is closed when its read ends. */
  @Override
  public void close() {
    closed = true;
    writeLock.lock();
    try {
      closeQuietly(writer);
    } finally {
      writeLock.unlock();
    }
    drainIdle();
  }

  private void drainIdle() {
    for (Connection reader = idle.poll(); reader != null; reader = idle.poll()) {
      closeQuietly(reader);
    }
  }

  static void closeQuietly(Connection db) {
    if (db != null) {
      try {
        db.close();
      } catch (SQLException e) {
        // Nothing to do: the file stays consistent; SQLite recovers the WAL on next open.
      }
    }
  }
}
