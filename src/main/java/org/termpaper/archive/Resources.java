package org.termpaper.archive;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the pictures and PDFs kept with editions. Not thread-safe: one per read. */
final class Resources {
  private final Connection db;

  Resources(Connection db) {
    this.db = db;
  }

  List<String> urls(String paperId, LocalDate date) throws SQLException {
    List<String> urls = new ArrayList<>();
    try (PreparedStatement select = db.prepareStatement("""
        SELECT r.url FROM resources r JOIN editions e ON e.id = r.edition_id
        WHERE e.paper_id = ? AND e.date = ? ORDER BY r.url""")) {
      select.setString(1, paperId);
      select.setString(2, date.toString());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          urls.add(row.getString(1));
        }
      }
    }
    return urls;
  }

  /** Whether a resource staged before {@code before} is still staged. */
  boolean hasStagedBefore(Instant before) throws SQLException {
    try (PreparedStatement select = db.prepareStatement(
        "SELECT 1 FROM resources WHERE edition_id IS NULL AND staged_at < ? LIMIT 1")) {
      select.setString(1, before.toString());
      try (ResultSet row = select.executeQuery()) {
        return row.next();
      }
    }
  }

  /** The resource of that URL an issue holds (never a staged one), read whole, or empty. */
  Optional<Resource> byUrl(String url) throws SQLException {
    try (PreparedStatement select = db.prepareStatement("""
        SELECT id, url, kind, content_type, size FROM resources
        WHERE url = ? AND edition_id IS NOT NULL LIMIT 1""")) {
      select.setString(1, url);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new Resource(row.getString(2), Resource.Kind.valueOf(row.getString(3)),
            row.getString(4), data(row.getLong(1), row.getLong(5))));
      }
    }
  }

  private byte[] data(long resourceId, long size) throws SQLException {
    ByteArrayOutputStream data = new ByteArrayOutputStream((int) Math.min(size, 1 << 26));
    try (PreparedStatement select = db.prepareStatement(
        "SELECT data FROM resource_parts WHERE resource_id = ? ORDER BY seq")) {
      select.setLong(1, resourceId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          data.writeBytes(row.getBytes(1));
        }
      }
    }
    return data.toByteArray();
  }
}
