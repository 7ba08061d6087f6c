package org.termpaper.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.model.PageArea;
import org.termpaper.model.PageImage;
import org.termpaper.model.Paper;

/**
 * Writes editions and resources. Every method runs inside the caller's transaction: the caller
 * ({@link Archive}) commits or rolls back, so an edition is stored whole or not at all. Not
 * thread-safe; it works on the archive's one writer connection, which one thread uses at a time.
 */
final class EditionWriter {
  private static final Logger LOG = Logger.getLogger(EditionWriter.class.getName());

  private final Connection db;

  EditionWriter(Connection db) {
    this.db = db;
  }

  void paper(Paper paper) throws SQLException {
    try (PreparedStatement insert = db.prepareStatement("""
        INSERT INTO papers (id, name, home) VALUES (?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name,
          home = coalesce(excluded.home, papers.home)""")) {
      insert.setString(1, paper.id());
      insert.setString(2, paper.name());
      insert.setString(3, paper.home());
      insert.executeUpdate();
    }
  }

  void location(String location, String paperId) throws SQLException {
    try (PreparedStatement insert = db.prepareStatement("""
        INSERT INTO locations (location, paper_id) VALUES (?, ?)
        ON CONFLICT (location) DO UPDATE SET paper_id = excluded.paper_id""")) {
      insert.setString(1, location);
      insert.setString(2, paperId);
      insert.executeUpdate();
    }
  }

  /** Replaces whatever the archive held of this issue; keeps its resources. Returns its id. */
  long edition(Edition edition, Instant now) throws SQLException {
    paper(edition.paper());
    byte[] bodies = BodyCodec.encode(edition.pages().stream()
        .flatMap(p -> p.articles().stream())
        .map(a -> new BodyCodec.Body(a.body()))
        .toList());
    Optional<Long> existing = editionId(db, edition.paper().id(), edition.date());
    long id;
    if (existing.isPresent()) {
      id = existing.get();
      clear(id);
      update(id, edition, now, bodies);
    } else {
      id = insert(edition, now, bodies);
    }
    List<Page> pages = edition.pages();
    int ordinal = 0;
    for (int p = 0; p < pages.size(); p++) {
      page(id, p, pages.get(p));
      List<Article> articles = pages.get(p).articles();
      for (int a = 0; a < articles.size(); a++) {
        Article article = articles.get(a);
        article(id, p, a, ordinal++, article, pages.get(p).area(article.id()).orElse(null));
      }
    }
    return id;
  }

  /** Stores {@code resource} with the edition, replacing one of the same URL. */
  void resource(long editionId, Resource resource) throws SQLException {
    deleteResource(editionId, resource.url());
    long id;
    try (PreparedStatement insert = db.prepareStatement("""
        INSERT INTO resources (edition_id, url, kind, content_type, size)
        VALUES (?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, editionId);
      insert.setString(2, resource.url());
      insert.setString(3, resource.kind().name());
      insert.setString(4, resource.contentType());
      insert.setLong(5, resource.data().length);
      insert.executeUpdate();
      id = generatedKey(insert);
    }
    byte[] data = resource.data();
    int seq = 0;
    for (int from = 0; from < data.length || seq == 0; from += Schema.PART_BYTES) {
      int to = Math.min(data.length, from + Schema.PART_BYTES);
      insertPart(id, seq++, Arrays.copyOfRange(data, from, to));
    }
  }

  /** A new staged resource, empty so far; returns its id. */
  long staged(String url, Resource.Kind kind, String contentType, Instant now)
      throws SQLException {
    try (PreparedStatement insert = db.prepareStatement("""
        INSERT INTO resources (edition_id, url, kind, content_type, size, staged_at)
        VALUES (NULL, ?, ?, ?, 0, ?)""", Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, url);
      insert.setString(2, kind.name());
      insert.setString(3, contentType);
      insert.setString(4, now.toString());
      insert.executeUpdate();
      return generatedKey(insert);
    }
  }

  /** Adds part {@code seq} to a staged resource, which then holds {@code size} bytes. */
  void part(long resourceId, int seq, byte[] data, long size) throws SQLException {
    insertPart(resourceId, seq, data);
    try (PreparedStatement update = db.prepareStatement(
        "UPDATE resources SET size = ? WHERE id = ? AND edition_id IS NULL")) {
      update.setLong(1, size);
      update.setLong(2, resourceId);
      if (update.executeUpdate() != 1) {
        throw new SQLException("staged resource " + resourceId + " is gone");
      }
    }
  }

  /**
   * Gives a staged resource to an edition, replacing one of the same URL. A staged resource
   * that is gone (swept after a day) is left out, with a warning: the issue is stored without it,
   * and a later fetch asks for it again.
   */
  void attach(long editionId, StagedResource staged) throws SQLException {
    deleteResource(editionId, staged.url());
    try (PreparedStatement update = db.prepareStatement("""
        UPDATE resources SET edition_id = ?, staged_at = NULL
        WHERE id = ? AND edition_id IS NULL""")) {
      update.setLong(1, editionId);
      update.setLong(2, staged.id());
      if (update.executeUpdate() != 1) {
        LOG.warning(() -> "the staged copy of " + staged.url() + " is gone; not archived");
      }
    }
  }

  /** Removes a resource if it is still staged. */
  void discard(long resourceId) throws SQLException {
    try (PreparedStatement delete = db.prepareStatement(
        "DELETE FROM resources WHERE id = ? AND edition_id IS NULL")) {
      delete.setLong(1, resourceId);
      delete.executeUpdate();
    }
  }

  /** Removes resources staged before {@code before}; returns how many. */
  int sweepStaged(Instant before) throws SQLException {
    try (PreparedStatement delete = db.prepareStatement(
        "DELETE FROM resources WHERE edition_id IS NULL AND staged_at < ?")) {
      delete.setString(1, before.toString());
      return delete.executeUpdate();
    }
  }

  private void deleteResource(long editionId, String url) throws SQLException {
    try (PreparedStatement delete = db.prepareStatement(
        "DELETE FROM resources WHERE edition_id = ? AND url = ?")) {
      delete.setLong(1, editionId);
      delete.setString(2, url);
      delete.executeUpdate();
    }
  }

  private void insertPart(long resourceId, int seq, byte[] data) throws SQLException {
    try (PreparedStatement insert = db.prepareStatement(
        "INSERT INTO resource_parts (resource_id, seq, data) VALUES (?, ?, ?)")) {
      insert.setLong(1, resourceId);
      insert.setInt(2, seq);
      insert.setBytes(3, data);
      insert.executeUpdate();
    }
  }

  private static long generatedKey(PreparedStatement statement) throws SQLException {
    try (ResultSet keys = statement.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  static Optional<Long> editionId(Connection db, String paperId, LocalDate date)
      throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement("SELECT id FROM editions WHERE paper_id = ? AND date = ?")) {
      select.setString(1, paperId);
      select.setString(2, date.toString());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    }
  }

  private void clear(long id) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.executeUpdate("DELETE FROM article_text WHERE rowid IN "
          + "(SELECT id FROM articles WHERE edition_id = " + id + ")");
      statement.executeUpdate("DELETE FROM articles WHERE edition_id = " + id);
      statement.executeUpdate("DELETE FROM pages WHERE edition_id = " + id);
    }
  }

  private long insert(Edition edition, Instant now, byte[] bodies) throws SQLException {
    try (PreparedStatement insert = db.prepareStatement("""
        INSERT INTO editions (paper_id, date, url, previous_issue, next_issue, warnings,
          unavailable, fetched_at, bodies) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, edition.paper().id());
      insert.setString(2, edition.date().toString());
      bindEdition(insert, 3, edition, now);
      insert.setBytes(9, bodies);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void update(long id, Edition edition, Instant now, byte[] bodies)
      throws SQLException {
    try (PreparedStatement update = db.prepareStatement("""
        UPDATE editions SET url = ?, previous_issue = ?, next_issue = ?, warnings = ?,
          unavailable = ?, fetched_at = ?, bodies = ? WHERE id = ?""")) {
      bindEdition(update, 1, edition, now);
      update.setBytes(7, bodies);
      update.setLong(8, id);
      update.executeUpdate();
    }
  }

  private static void bindEdition(PreparedStatement statement, int first, Edition edition,
      Instant now) throws SQLException {
    statement.setString(first, edition.url());
    statement.setString(first + 1, text(edition.previousIssue()));
    statement.setString(first + 2, text(edition.nextIssue()));
    statement.setString(first + 3,
        edition.warnings().isEmpty() ? null : String.join("\n", edition.warnings()));
    statement.setInt(first + 4, unavailable(edition));
    statement.setString(first + 5, now.toString());
  }

  static int unavailable(Edition edition) {
    int count = 0;
    for (Page page : edition.pages()) {
      count += page.isUnavailable() ? 1 : 0;
      count += (int) page.articles().stream().filter(Article::isUnavailable).count();
    }
    return count;
  }

  private void page(long editionId, int seq, Page page) throws SQLException {
    try (PreparedStatement insert = db.prepareStatement("""
        INSERT INTO pages (edition_id, seq, number, name, url, pdf, unavailable, image,
          image_width, image_height) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
      insert.setLong(1, editionId);
      insert.setInt(2, seq);
      insert.setString(3, page.number());
      insert.setString(4, page.name());
      insert.setString(5, page.url());
      insert.setString(6, page.pdf());
      insert.setString(7, page.unavailable());
      PageImage image = page.image();
      insert.setString(8, image == null ? null : image.url());
      if (image != null && image.hasSize()) {
        insert.setInt(9, image.width());
        insert.setInt(10, image.height());
      } else {
        insert.setNull(9, Types.INTEGER);
        insert.setNull(10, Types.INTEGER);
      }
      insert.executeUpdate();
    }
  }

  private void article(long editionId, int pageSeq, int seq, int ordinal, Article article,
      PageArea area) throws SQLException {
    long id;
    try (PreparedStatement insert = db.prepareStatement("""
        INSERT INTO articles (edition_id, page_seq, seq, ordinal, article_id, url, pre_title,
          title, subtitle, author, unavailable, area)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, editionId);
      insert.setInt(2, pageSeq);
      insert.setInt(3, seq);
      insert.setInt(4, ordinal);
      insert.setString(5, article.id());
      insert.setString(6, article.url());
      insert.setString(7, article.preTitle());
      insert.setString(8, article.title());
      insert.setString(9, article.subtitle());
      insert.setString(10, article.author());
      insert.setString(11, article.unavailable());
      insert.setString(12, area == null ? null : area.coordinates());
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        id = keys.getLong(1);
      }
    }
    try (PreparedStatement index = db.prepareStatement(
        "INSERT INTO article_text (rowid, heading, body) VALUES (?, ?, ?)")) {
      index.setLong(1, id);
      index.setString(2, TrigramFold.fold(Search.heading(article.preTitle(), article.title(),
          article.subtitle(), article.author())));
      index.setString(3, TrigramFold.fold(new BodyCodec.Body(article.body()).searchText()));
      index.executeUpdate();
    }
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
