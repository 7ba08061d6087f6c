package org.termpaper.serve.http;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.termpaper.archive.Archive;
import org.termpaper.archive.ArchivedEdition;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Paper;
import org.termpaper.serve.ServedSource;
import org.termpaper.serve.StationContext;
import org.termpaper.source.feed.FeedWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the station's documents from the archive, as it is at each request, so that an issue
 * is served as soon as it is archived. Edition feeds are kept made in a small cache keyed by
 * when their issue was written, since making one (and its gzip) costs more than serving it.
 * Thread-safe.
 *
 * <p>An edition feed is written without its neighbouring issue dates, which readers take from
 * {@code calendar.json} (docs/feed-format.md): so a past issue's document stays the same when
 * newer issues arrive, and a client may keep it.
 */
final class StationDocuments {
  static final String STATION_FORMAT = "termpaper.station/1";
  static final String SOURCE_FORMAT = "termpaper.station.source/1";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int CACHED_EDITIONS = 32;

  private final StationContext station;
  private final Instant started;
  private final Map<String, Document> editions = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
      return size() > CACHED_EDITIONS;
    }
  };

  StationDocuments(StationContext station) {
    this.station = station;
    this.started = station.clock().instant();
  }

  /**
   * The list of served sources ({@code termpaper.station/1}), each with its paper and newest
   * archived issue (null while nothing is archived) and its feed folder under {@code base}.
   */
  Document index(String base) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", STATION_FORMAT);
    ArrayNode list = root.putArray("sources");
    Instant changed = started;
    for (ServedSource source : station.sources().values()) {
      List<ArchivedEdition> issues = describe(list.addObject(), source, base);
      changed = latest(changed, issues);
    }
    return Document.of(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
        changed, Document.REVALIDATE);
  }

  /**
   * What the feed folder {@code base/NAME/} of {@code source} holds ({@code
   * termpaper.station.source/1}): its entry of the index, the address of its calendar and of
   * each archived issue, oldest first.
   */
  Document folder(ServedSource source, String base) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", SOURCE_FORMAT);
    List<ArchivedEdition> issues = describe(root, source, base);
    String folder = base + source.name() + "/";
    root.put("calendar", folder + "calendar.json");
    ArrayNode list = root.putArray("issues");
    for (ArchivedEdition issue : issues) {
      ObjectNode node = list.addObject();
      node.put("date", issue.date().toString());
      node.put("url", folder + issue.date() + ".json");
    }
    return Document.of(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n",
        latest(started, issues), Document.REVALIDATE);
  }

  /** Puts the name, paper, newest issue and folder of {@code source}; gives its issues. */
  private List<ArchivedEdition> describe(ObjectNode entry, ServedSource source, String base) {
    entry.put("name", source.name());
    Optional<Paper> paper = station.paper(source);
    List<ArchivedEdition> issues = paper.map(p -> station.archive().editions(p.id()))
        .orElse(List.of());
    if (paper.isPresent()) {
      ObjectNode node = entry.putObject("paper");
      node.put("id", paper.get().id());
      node.put("name", paper.get().name());
      node.put("home", paper.get().home());
    } else {
      entry.putNull("paper");
    }
    entry.put("newest", issues.isEmpty() ? null : issues.get(issues.size() - 1).date()
        .toString());
    entry.put("url", base + source.name() + "/");
    return issues;
  }

  /** The calendar feed of the issues archived, or empty while there are none. */
  Optional<Document> calendar(ServedSource source) {
    Optional<Paper> paper = station.paper(source);
    if (paper.isEmpty()) {
      return Optional.empty();
    }
    List<ArchivedEdition> issues = station.archive().editions(paper.get().id());
    if (issues.isEmpty()) {
      return Optional.empty();
    }
    IssueCalendar calendar = new IssueCalendar(paper.get(),
        issues.stream().map(ArchivedEdition::date).toList());
    return Optional.of(Document.of(FeedWriter.calendar(calendar), latest(Instant.EPOCH, issues),
        Document.REVALIDATE));
  }

  /** The edition feed of an archived issue, or empty when the archive lacks it. */
  Optional<Document> edition(ServedSource source, LocalDate date) {
    Optional<Paper> paper = station.paper(source);
    if (paper.isEmpty()) {
      return Optional.empty();
    }
    Archive archive = station.archive();
    Optional<ArchivedEdition> status = archive.status(paper.get().id(), date);
    if (status.isEmpty()) {
      return Optional.empty();
    }
    String key = paper.get().id() + "/" + date + "@" + status.get().fetchedAt();
    Document made;
    synchronized (editions) {
      made = editions.get(key);
    }
    if (made == null) {
      Optional<Edition> edition = archive.edition(paper.get().id(), date);
      if (edition.isEmpty()) {
        return Optional.empty();
      }
      made = Document.of(FeedWriter.edition(edition.get().withNeighbours(null, null)),
          status.get().fetchedAt(), Document.REVALIDATE);
      synchronized (editions) {
        editions.put(key, made);
      }
    }
    boolean past = archive.calendar(paper.get().id()).flatMap(IssueCalendar::newest)
        .map(date::isBefore).orElse(false);
    return Optional.of(past && status.get().isComplete() ? keep(made) : made);
  }

  private static Document keep(Document made) {
    return new Document(made.body(), made.gzipped(), made.etag(), made.lastModified(),
        Document.KEEP);
  }

  private static Instant latest(Instant from, List<ArchivedEdition> issues) {
    Instant latest = from;
    for (ArchivedEdition issue : issues) {
      if (issue.fetchedAt().isAfter(latest)) {
        latest = issue.fetchedAt();
      }
    }
    return latest;
  }
}
