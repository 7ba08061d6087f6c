package org.termpaper.archive;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sqlite.Function;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Paper;

/**
 * Full-text search over the archived articles. Terms of three or more characters narrow the
 * candidates through the trigram index; every term is then confirmed with {@code LIKE} against
 * the article's text, which a registered SQL function inflates. That confirmation is also the
 * whole search when all terms are shorter than a trigram. Not thread-safe: one per read, on a
 * reader connection of its own, each of which has the function registered.
 */
final class Search {
  private static final int BEFORE = 16;
  private static final int AFTER = 48;

  private final Connection db;

  Search(Connection db) {
    this.db = db;
  }

  /**
   * Registers {@code tp_text(edition_id, fetched_at, bodies, ordinal, pre_title, title, subtitle,
   * author)} on the connection: an article's heading, a blank line, and its body and captions.
   * It keeps the last edition it inflated, since a search reads the articles of one edition
   * together; the key is the edition's id and when it was written, since writing an issue again
   * keeps its id (and another process may have done so).
   */
  static void register(Connection db) throws SQLException {
    Function.create(db, "tp_text", new Function() {
      private long cachedId = -1;
      private String cachedFetchedAt;
      private String[] texts = new String[0];

      @Override
      protected void xFunc() throws SQLException {
        long editionId = value_long(0);
        String fetchedAt = value_text(1);
        if (editionId != cachedId || !fetchedAt.equals(cachedFetchedAt)) {
          try {
            texts = BodyCodec.decode(value_blob(2)).stream().map(BodyCodec.Body::searchText)
                .toArray(String[]::new);
            cachedId = editionId;
            cachedFetchedAt = fetchedAt;
          } catch (IOException e) {
            error("damaged bodies of edition " + editionId + ": " + e.getMessage());
            return;
          }
        }
        int ordinal = value_int(3);
        String body = ordinal < texts.length ? texts[ordinal] : "";
        result(heading(value_text(4), value_text(5), value_text(6), value_text(7)) + "\n\n"
            + body);
      }
    }, 8, Function.FLAG_DETERMINISTIC);
  }

  /** Pre-title, title, subtitle and author, one a line: the indexed heading of an article. */
  static String heading(String preTitle, String title, String subtitle, String author) {
    StringBuilder text = new StringBuilder();
    for (String part : new String[] {preTitle, title, subtitle, author}) {
      if (part != null) {
        text.append(text.length() == 0 ? "" : "\n").append(part);
      }
    }
    return text.toString();
  }

  List<SearchHit> run(SearchQuery query, Map<String, Paper> papers) throws SQLException {
    List<String> terms = query.terms();
    String match = matchExpression(terms);
    // Editions newest first, each one's articles in page order: the order of the date index
    // and of articles_by_edition. CROSS JOIN keeps editions the outer loop, so SQLite needs no
    // sort and stops reading (and inflating) at the limit.
    StringBuilder sql = new StringBuilder("""
        SELECT e.paper_id, e.date, p.number, p.name, a.page_seq, a.seq, a.article_id, a.title,
          tp_text(e.id, e.fetched_at, e.bodies, a.ordinal, a.pre_title, a.title, a.subtitle,
            a.author) AS text
        FROM editions e
        CROSS JOIN articles a ON a.edition_id = e.id
        JOIN pages p ON p.edition_id = e.id AND p.seq = a.page_seq
        WHERE 1""");
    if (match != null) {
      sql.append(" AND a.id IN (SELECT rowid FROM article_text WHERE article_text MATCH ?)");
    }
    if (query.paperId() != null) {
      sql.append(" AND e.paper_id = ?");
    }
    terms.forEach(t -> sql.append(" AND text LIKE ? ESCAPE '\\'"));
    sql.append(" ORDER BY e.date DESC, e.id DESC, a.page_seq, a.seq LIMIT ?");
    try (PreparedStatement select = db.prepareStatement(sql.toString())) {
      int i = 1;
      if (match != null) {
        select.setString(i++, match);
      }
      if (query.paperId() != null) {
        select.setString(i++, query.paperId());
      }
      for (String term : terms) {
        select.setString(i++, "%" + escapeLike(term) + "%");
      }
      select.setInt(i, query.limit());
      return hits(select, terms.get(0), papers);
    }
  }

  private List<SearchHit> hits(PreparedStatement select, String first, Map<String, Paper> papers)
      throws SQLException {
    List<SearchHit> hits = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        Paper paper = papers.get(row.getString(1));
        String text = row.getString(9);
        Snippet snippet = snippet(text, first);
        hits.add(new SearchHit(paper, LocalDate.parse(row.getString(2)), row.getString(3),
            row.getString(4), new ArticlePosition(row.getInt(5), row.getInt(6)),
            row.getString(7), row.getString(8), snippet.text(), snippet.start(),
            snippet.length()));
      }
    }
    return hits;
  }

  /**
   * Every trigram of every term of three or more characters, quoted and joined by AND; null when
   * no term is that long. Without positions in the index ({@code detail=none}) FTS5 takes no
   * phrases, so a term becomes the set of its trigrams and adjacency is left to the LIKE check.
   */
  static String matchExpression(List<String> terms) {
    Set<String> trigrams = new LinkedHashSet<>();
    for (String term : terms) {
      int[] points = TrigramFold.fold(term).codePoints().toArray();
      for (int i = 0; i + 3 <= points.length; i++) {
        trigrams.add(new String(points, i, 3));
      }
    }
    if (trigrams.isEmpty()) {
      return null;
    }
    return trigrams.stream().map(t -> "\"" + t.replace("\"", "\"\"") + "\"")
        .collect(Collectors.joining(" AND "));
  }

  static String escapeLike(String term) {
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /**
   * A window of {@code text} (the heading, a blank line, the body) around the first match of
   * {@code term}, in the body if it is there, else in the heading.
   */
  static Snippet snippet(String text, String term) {
    int bodyStart = text.indexOf("\n\n");
    int at = bodyStart < 0 ? -1 : indexOfIgnoringCase(text, term, bodyStart);
    if (at < 0) {
      at = Math.max(indexOfIgnoringCase(text, term, 0), 0);
    }
    int from = bodyStart >= 0 && at > bodyStart ? bodyStart + 2 : 0;
    from = Math.max(from, text.offsetByCodePoints(at, -Math.min(BEFORE,
        text.codePointCount(from, at))));
    int end = Math.min(text.length(), at + term.length());
    int to = text.offsetByCodePoints(end, Math.min(AFTER, text.codePointCount(end,
        text.length())));
    boolean cutBefore = from > 0 && from != bodyStart + 2;
    String prefix = cutBefore ? "…" : "";
    String suffix = to < text.length() && !text.substring(to).isBlank() ? "…" : "";
    String window = (prefix + text.substring(from, to)).replace('\n', ' ').stripTrailing();
    return new Snippet(window + suffix, prefix.length() + at - from, end - at);
  }

  /**
   * Where {@code term} first occurs in {@code text} from {@code start}, letters compared without
   * case; -1 when it does not. Compared in place, since lower-casing a copy can change its length
   * ({@code İ} becomes two chars) and so every offset after it.
   */
  static int indexOfIgnoringCase(String text, String term, int start) {
    for (int i = start; i + term.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, term, 0, term.length())) {
        return i;
      }
    }
    return -1;
  }

  /** A snippet and where its match is. */
  record Snippet(String text, int start, int length) {}

  static Map<String, Paper> byId(List<Paper> papers) {
    Map<String, Paper> map = new TreeMap<>();
    papers.forEach(p -> map.put(p.id(), p));
    return map;
  }
}
