package org.termpaper.archive;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.termpaper.model.Paper;

/**
 * Which paper was fetched from which location: what lets a source read offline find its
 * archived editions. Not thread-safe: one per read, on its connection.
 *
 * <p>A location is kept as {@link #key} gives it: a file path absolute, since the same relative
 * path names another file from another working directory.
 */
final class Locations {
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:");

  private final Connection db;

  Locations(Connection db) {
    this.db = db;
  }

  /**
   * {@code location} as the archive keeps it: a URL or a name such as {@code archive:ID} as
   * given, a file path made absolute and normal.
   */
  static String key(String location) {
    if (SCHEME.matcher(location).lookingAt()) {
      return location;
    }
    try {
      return Path.of(location).toAbsolutePath().normalize().toString();
    } catch (InvalidPathException e) {
      return location;
    }
  }

  /** The paper fetched from {@code location}; a path is also looked for as it was given. */
  Optional<Paper> paperAt(String location) throws SQLException {
    Optional<Paper> paper = paperAtKey(key(location));
    return paper.isPresent() || key(location).equals(location) ? paper : paperAtKey(location);
  }

  private Optional<Paper> paperAtKey(String location) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement("SELECT paper_id FROM locations WHERE location = ?")) {
      select.setString(1, location);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? new EditionReader(db).paper(row.getString(1)) : Optional.empty();
      }
    }
  }

  /** See {@link Archive#paperNear}. */
  Optional<Paper> paperNear(String location) throws SQLException {
    Optional<String> folder = folder(location);
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    TreeSet<String> papers = new TreeSet<>();
    try (PreparedStatement select =
        db.prepareStatement("SELECT location, paper_id FROM locations");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        if (sameSite(location, folder.get(), row.getString(1))) {
          papers.add(row.getString(2));
        }
      }
    }
    return papers.size() == 1 ? new EditionReader(db).paper(papers.first()) : Optional.empty();
  }

  List<String> of(String paperId) throws SQLException {
    List<String> found = new ArrayList<>();
    try (PreparedStatement select = db.prepareStatement(
        "SELECT location FROM locations WHERE paper_id = ? ORDER BY location")) {
      select.setString(1, paperId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          found.add(row.getString(1));
        }
      }
    }
    return found;
  }

  private static boolean sameSite(String location, String folder, String known) {
    Optional<String> knownFolder = folder(known);
    if (knownFolder.isEmpty()) {
      return false;
    }
    String root = knownFolder.get();
    return root.equals(folder) || location.startsWith(root + "html/")
        || location.startsWith(root + "pc/");
  }

  /** {@code http://host/path/}: an http(s) URL up to its last slash; empty for others. */
  static Optional<String> folder(String location) {
    String lower = location.toLowerCase(Locale.ROOT);
    int start = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
    if (start < 0) {
      return Optional.empty();
    }
    String path = location.split("[?#]", 2)[0];
    return Optional.of(path.indexOf('/', start) < 0 ? path + "/"
        : path.substring(0, path.lastIndexOf('/') + 1));
  }
}
