package org.termpaper.archive;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.Page;
import org.termpaper.model.PageArea;
import org.termpaper.model.PageImage;
import org.termpaper.model.Paper;

/** Reads editions, papers and summaries back. Not thread-safe: one per read, on its connection. */
final class EditionReader {
  private static final String SUMMARY = """
      SELECT e.paper_id, e.date, e.unavailable, e.fetched_at,
        (SELECT count(*) FROM pages p WHERE p.edition_id = e.id),
        (SELECT count(*) FROM articles a WHERE a.edition_id = e.id),
        (SELECT count(*) FROM resources r WHERE r.edition_id = e.id),
        length(e.bodies)
          + (SELECT coalesce(sum(r.size), 0) FROM resources r WHERE r.edition_id = e.id)
      FROM editions e""";

  private final Connection db;

  EditionReader(Connection db) {
    this.db = db;
  }

  Optional<Paper> paper(String id) throws SQLException {
    try (PreparedStatement select =
        db.prepareStatement("SELECT id, name, home FROM papers WHERE id = ?")) {
      select.setString(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(paper(row)) : Optional.empty();
      }
    }
  }

  List<Paper> papers() throws SQLException {
    List<Paper> papers = new ArrayList<>();
    try (PreparedStatement select =
        db.prepareStatement("SELECT id, name, home FROM papers ORDER BY id");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        papers.add(paper(row));
      }
    }
    return papers;
  }

  List<LocalDate> dates(String paperId) throws SQLException {
    List<LocalDate> dates = new ArrayList<>();
    try (PreparedStatement select = db.prepareStatement(
        "SELECT date FROM editions WHERE paper_id = ? ORDER BY date")) {
      select.setString(1, paperId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          dates.add(LocalDate.parse(row.getString(1)));
        }
      }
    }
    return dates;
  }

  List<ArchivedEdition> summaries(String paperId, LocalDate date) throws SQLException {
    String where = " WHERE e.paper_id = ?" + (date == null ? "" : " AND e.date = ?")
        + " ORDER BY e.date";
    List<ArchivedEdition> found = new ArrayList<>();
    try (PreparedStatement select = db.prepareStatement(SUMMARY + where)) {
      select.setString(1, paperId);
      if (date != null) {
        select.setString(2, date.toString());
      }
      Paper paper = paper(paperId).orElse(null);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          found.add(new ArchivedEdition(paper, LocalDate.parse(row.getString(2)), row.getInt(5),
              row.getInt(6), row.getInt(3), row.getInt(7), row.getLong(8),
              Instant.parse(row.getString(4))));
        }
      }
    }
    return found;
  }

  Optional<Edition> edition(String paperId, LocalDate date) throws SQLException, IOException {
    Optional<Paper> paper = paper(paperId);
    if (paper.isEmpty()) {
      return Optional.empty();
    }
    try (PreparedStatement select = db.prepareStatement("""
        SELECT id, url, previous_issue, next_issue, warnings, bodies FROM editions
        WHERE paper_id = ? AND date = ?""")) {
      select.setString(1, paperId);
      select.setString(2, date.toString());
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        String warnings = row.getString(5);
        return Optional.of(new Edition(paper.get(), date, row.getString(2),
            date(row.getString(3)), date(row.getString(4)),
            pages(row.getLong(1), BodyCodec.decode(row.getBytes(6))),
            warnings == null ? List.of() : Arrays.asList(warnings.split("\n"))));
      }
    }
  }

  private List<Page> pages(long editionId, List<BodyCodec.Body> bodies)
      throws SQLException, IOException {
    List<List<Article>> articles = new ArrayList<>();
    List<List<PageArea>> areas = new ArrayList<>();
    articles(editionId, bodies, articles, areas);
    List<Page> pages = new ArrayList<>();
    try (PreparedStatement select = db.prepareStatement("""
        SELECT seq, number, name, url, pdf, unavailable, image, image_width, image_height
        FROM pages
        WHERE edition_id = ? ORDER BY seq""")) {
      select.setLong(1, editionId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          int seq = row.getInt(1);
          List<Article> own = seq < articles.size() ? articles.get(seq) : List.of();
          List<PageArea> ownAreas = seq < areas.size() ? areas.get(seq) : List.of();
          String image = row.getString(7);
          pages.add(new Page(row.getString(2), row.getString(3), row.getString(4),
              row.getString(5), own, row.getString(6), image == null ? null
                  : new PageImage(image, row.getInt(8), row.getInt(9), ownAreas)));
        }
      }
    }
    return pages;
  }

  /** Fills {@code byPage} with each page's articles and {@code areas} with their areas. */
  private void articles(long editionId, List<BodyCodec.Body> bodies,
      List<List<Article>> byPage, List<List<PageArea>> areas) throws SQLException, IOException {
    try (PreparedStatement select = db.prepareStatement("""
        SELECT page_seq, article_id, url, pre_title, title, subtitle, author, unavailable,
          ordinal, area
        FROM articles WHERE edition_id = ? ORDER BY page_seq, seq""")) {
      select.setLong(1, editionId);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          int page = row.getInt(1);
          while (byPage.size() <= page) {
            byPage.add(new ArrayList<>());
            areas.add(new ArrayList<>());
          }
          int ordinal = row.getInt(9);
          if (ordinal >= bodies.size()) {
            throw new IOException("article " + row.getString(2) + " has no stored body");
          }
          BodyCodec.Body body = bodies.get(ordinal);
          String id = row.getString(2);
          byPage.get(page).add(new Article(id, row.getString(3),
              row.getString(4), row.getString(5), row.getString(6), row.getString(7),
              body.blocks(), row.getString(8)));
          String area = row.getString(10);
          List<PageArea> own = areas.get(page);
          if (area != null && own.stream().noneMatch(a -> a.article().equals(id))) {
            own.add(area(id, area));
          }
        }
      }
    }
  }

  private static PageArea area(String id, String coordinates) throws IOException {
    try {
      return PageArea.parse(id, coordinates);
    } catch (IllegalArgumentException e) {
      throw new IOException("article " + id + " has a bad stored area: " + e.getMessage(), e);
    }
  }

  private static Paper paper(ResultSet row) throws SQLException {
    return new Paper(row.getString(1), row.getString(2), row.getString(3));
  }

  private static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }
}
