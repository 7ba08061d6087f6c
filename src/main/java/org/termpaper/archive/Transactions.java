package org.termpaper.archive;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work in one transaction that is committed whole or rolled back whole, whatever the work
 * throws: an {@link Error} (out of memory halfway through an issue) rolls back as an
 * {@link SQLException} does.
 *
 * <p>JDBC commits an open transaction when auto-commit is switched back on, so it is switched on
 * only after a commit or a rollback has succeeded. When the rollback itself fails, the
 * connection is closed instead (SQLite rolls back what a closing connection leaves open) and
 * the caller must not use it again; the work's exception is thrown with the rollback's added as
 * suppressed.
 */
final class Transactions {
  private Transactions() {}

  /** A piece of work inside a transaction. */
  interface Work<T> {
    T run() throws SQLException, IOException;
  }

  static <T> T run(Connection db, Work<T> work) throws SQLException, IOException {
    db.setAutoCommit(false);
    T result;
    try {
      result = work.run();
      db.commit();
    } catch (Throwable first) {
      rollback(db, first);
      throw first;
    }
    db.setAutoCommit(true);
    return result;
  }

  /** Rolls back after {@code first}; on failure closes the connection and keeps {@code first}. */
  private static void rollback(Connection db, Throwable first) {
    try {
      db.rollback();
      db.setAutoCommit(true);
    } catch (Throwable second) {
      first.addSuppressed(second);
      try {
        db.close();
      } catch (Throwable third) {
        first.addSuppressed(third);
      }
    }
  }
}
