package org.termpaper.archive;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the pictures and PDFs kept with editions. Not thread-safe; the archive serialises. */
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

  Optional<Resource> byUrl(String url) throws SQLException {
    try (PreparedStatement select = db.prepareStatement(
        "SELECT url, kind, content_type, data FROM resources WHERE url = ? LIMIT 1")) {
      select.setString(1, url);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new Resource(row.getString(1), Resource.Kind.valueOf(row.getString(2)),
            row.getString(3), row.getBytes(4)));
      }
    }
  }
}
