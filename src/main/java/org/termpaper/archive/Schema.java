package org.termpaper.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The archive's tables and how to bring an older file up to date. The version lives in
 * {@code PRAGMA user_version}; each migration runs in its own transaction with the version bump,
 * so a file is always at one version or the next, never between. A file from a newer termpaper
 * is refused rather than guessed at.
 *
 * <p>An edition's article bodies are one deflated blob (see {@link BodyCodec}); an article row
 * names its place in it ({@code ordinal}). The full-text index is a contentless FTS5 table with
 * the trigram tokenizer over folded text (see {@link TrigramFold}) and {@code detail=none}: a
 * compact index of candidates, each of which a search confirms against the real text (see
 * {@link Search}).
 */
final class Schema {
  /** Migration {@code i} brings a file from version {@code i} to {@code i + 1}. */
  static final List<List<String>> MIGRATIONS = List.of(List.of(
      """
      CREATE TABLE papers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        home TEXT)""",
      """
      CREATE TABLE locations (
        location TEXT PRIMARY KEY,
        paper_id TEXT NOT NULL REFERENCES papers(id))""",
      """
      CREATE TABLE editions (
        id INTEGER PRIMARY KEY,
        paper_id TEXT NOT NULL REFERENCES papers(id),
        date TEXT NOT NULL,
        url TEXT,
        previous_issue TEXT,
        next_issue TEXT,
        warnings TEXT,
        unavailable INTEGER NOT NULL,
        fetched_at TEXT NOT NULL,
        bodies BLOB NOT NULL,
        UNIQUE (paper_id, date))""",
      """
      CREATE TABLE pages (
        edition_id INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        number TEXT NOT NULL,
        name TEXT,
        url TEXT,
        pdf TEXT,
        unavailable TEXT,
        PRIMARY KEY (edition_id, seq))""",
      """
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        edition_id INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
        page_seq INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        ordinal INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        url TEXT,
        pre_title TEXT,
        title TEXT NOT NULL,
        subtitle TEXT,
        author TEXT,
        unavailable TEXT)""",
      "CREATE INDEX editions_by_date ON editions (date)",
      "CREATE INDEX articles_by_edition ON articles (edition_id, page_seq, seq)",
      """
      CREATE VIRTUAL TABLE article_text USING fts5(
        heading, body, tokenize = 'trigram', content = '',
        contentless_delete = 1, detail = none)""",
      """
      CREATE TABLE resources (
        id INTEGER PRIMARY KEY,
        edition_id INTEGER NOT NULL REFERENCES editions(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        kind TEXT NOT NULL,
        content_type TEXT,
        data BLOB NOT NULL,
        UNIQUE (edition_id, url))""",
      "CREATE INDEX resources_by_url ON resources (url)"),
      // Version 2: a resource's bytes in parts of at most PART_BYTES, so that neither writing nor
      // reading one needs it whole in memory, and a resource may be staged (no edition yet,
      // staged_at set) part by part while it downloads, then given to its issue in the issue's
      // own transaction.
      List.of(
      """
      CREATE TABLE resources_v2 (
        id INTEGER PRIMARY KEY,
        edition_id INTEGER REFERENCES editions(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        kind TEXT NOT NULL,
        content_type TEXT,
        size INTEGER NOT NULL,
        staged_at TEXT,
        UNIQUE (edition_id, url))""",
      """
      CREATE TABLE resource_parts (
        resource_id INTEGER NOT NULL REFERENCES resources_v2(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (resource_id, seq))""",
      """
      INSERT INTO resources_v2 (id, edition_id, url, kind, content_type, size)
      SELECT id, edition_id, url, kind, content_type, length(data) FROM resources""",
      "INSERT INTO resource_parts (resource_id, seq, data) SELECT id, 0, data FROM resources",
      "DROP TABLE resources",
      // Renaming also renames the reference from resource_parts.
      "ALTER TABLE resources_v2 RENAME TO resources",
      "CREATE INDEX resources_by_url ON resources (url)"),
      // Version 3: a page's image (版面图), the size its image map is measured against (null
      // for the picture's own), and each article's area on it, as "x,y,x,y,...".
      List.of(
      "ALTER TABLE pages ADD COLUMN image TEXT",
      "ALTER TABLE pages ADD COLUMN image_width INTEGER",
      "ALTER TABLE pages ADD COLUMN image_height INTEGER",
      "ALTER TABLE articles ADD COLUMN area TEXT"));

  /** The largest part a resource's bytes are written in. */
  static final int PART_BYTES = 128 * 1024;

  private final List<List<String>> migrations;

  Schema(List<List<String>> migrations) {
    this.migrations = List.copyOf(migrations);
  }

  static Schema current() {
    return new Schema(MIGRATIONS);
  }

  int latest() {
    return migrations.size();
  }

  /**
   * Brings the open database at {@code file} to the latest version. The connection must begin
   * its transactions IMMEDIATE (as the archive's do): each step takes the write lock first and
   * only then reads the version, so that of two processes creating the same new archive at once
   * the second finds the first one's tables made and does nothing.
   */
  void migrate(Connection connection, Path file) throws SQLException {
    int version = version(connection);
    while (version < latest()) {
      version = step(connection, file);
    }
    refuseNewer(version, file);
  }

  /**
   * Runs the migration from the version found under the write lock; returns the new version.
   * Whatever fails, the step is rolled back whole (see {@link Transactions}).
   */
  private int step(Connection connection, Path file) throws SQLException {
    try {
      return Transactions.run(connection, () -> {
        try (Statement statement = connection.createStatement()) {
          int version = version(connection);
          refuseNewer(version, file);
          if (version < latest()) {
            for (String sql : migrations.get(version)) {
              statement.execute(sql);
            }
            version++;
            statement.execute("PRAGMA user_version = " + version);
          }
          return version;
        }
      });
    } catch (IOException e) {
      throw new SQLException(e.getMessage(), e);
    }
  }

  private void refuseNewer(int version, Path file) {
    if (version > latest()) {
      throw new ArchiveException(file, "written by a newer termpaper (schema version " + version
          + ", this one knows up to " + latest() + "); upgrade termpaper to read it", null);
    }
  }

  static int version(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA user_version")) {
      return result.next() ? result.getInt(1) : 0;
    }
  }
}
