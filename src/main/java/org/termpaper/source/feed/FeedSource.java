package org.termpaper.source.feed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.EditionSource;
import org.termpaper.source.IssueNotFoundException;
import org.termpaper.source.Progress;

/**
 * Editions from JSON feeds: a calendar feed {@code calendar.json} beside one edition feed
 * {@code YYYY-MM-DD.json} per issue. Without {@code calendar.json}, the calendar is the dated
 * documents a folder lists or, for a single edition document, that document's date.
 *
 * <p>Thread-safe; the calendar is read once.
 */
public final class FeedSource implements EditionSource {
  private static final Pattern DATED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.json");

  private final FeedDocuments documents;
  private final String pinned;
  private volatile IssueCalendar calendar;
  private volatile Edition pinnedEdition;

  /**
   * @param documents where the feeds are
   * @param pinned the name of the edition document the user pointed at, or null
   */
  public FeedSource(FeedDocuments documents, String pinned) {
    this.documents = documents;
    this.pinned = pinned;
  }

  @Override
  public String location() {
    return pinned == null ? documents.location() : documents.location() + "/" + pinned;
  }

  @Override
  public IssueCalendar calendar() {
    IssueCalendar known = calendar;
    if (known == null) {
      known = readCalendar();
      calendar = known;
    }
    return known;
  }

  @Override
  public Edition edition(LocalDate date, Progress progress) {
    IssueCalendar issues = calendar();
    IssueNotFoundException.requireIssue(issues, date);
    if (pinned != null && pinned().date().equals(date)) {
      progress.step(where(pinned), 1, 1);
      return fillNeighbours(pinned(), issues);
    }
    String document = date + ".json";
    byte[] json = documents.read(document).orElseThrow(() -> new TermpaperException(
        documents.location() + ": the calendar lists " + date + " but " + document
            + " is missing"));
    Edition edition = FeedReader.edition(json, where(document));
    if (!edition.date().equals(date)) {
      throw new FeedException(where(document) + ": holds the issue of " + edition.date()
          + ", not " + date);
    }
    progress.step(where(document), 1, 1);
    return fillNeighbours(edition, issues);
  }

  /**
   * The issue date a document's name gives, {@code 2022-07-14} for {@code 2022-07-14.json};
   * empty for any other name, {@code 2026-13-45.json} among them.
   */
  public static Optional<LocalDate> dateOf(String name) {
    if (!DATED.matcher(name).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(name.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The edition the user pointed at, if any, else the newest. */
  @Override
  public Edition newest(Progress progress) {
    return pinned == null
        ? EditionSource.super.newest(progress) : edition(pinned().date(), progress);
  }

  private IssueCalendar readCalendar() {
    Optional<byte[]> feed = documents.read("calendar.json");
    if (feed.isPresent()) {
      return FeedReader.calendar(feed.get(), where("calendar.json"));
    }
    TreeMap<LocalDate, String> dated = new TreeMap<>();
    for (String name : documents.list()) {
      dateOf(name).ifPresent(date -> dated.put(date, name));
    }
    if (!dated.isEmpty()) {
      String newestName = dated.lastEntry().getValue();
      byte[] json = documents.read(newestName).orElseThrow(() -> new TermpaperException(
          where(newestName) + ": listed but cannot be read"));
      Edition newest = FeedReader.edition(json, where(newestName));
      return new IssueCalendar(newest.paper(), new ArrayList<>(dated.keySet()));
    }
    if (pinned != null) {
      return new IssueCalendar(pinned().paper(), List.of(pinned().date()));
    }
    throw new TermpaperException(documents.location()
        + ": no feeds here (expected calendar.json or YYYY-MM-DD.json files)");
  }

  /** The edition document the user pointed at, read once. */
  private Edition pinned() {
    Edition known = pinnedEdition;
    if (known == null) {
      byte[] json = documents.read(pinned)
          .orElseThrow(() -> new TermpaperException(where(pinned) + ": no such feed"));
      known = FeedReader.edition(json, where(pinned));
      pinnedEdition = known;
    }
    return known;
  }

  private static Edition fillNeighbours(Edition edition, IssueCalendar issues) {
    LocalDate previous = edition.previousIssue() != null
        ? edition.previousIssue() : issues.before(edition.date()).orElse(null);
    LocalDate next = edition.nextIssue() != null
        ? edition.nextIssue() : issues.after(edition.date()).orElse(null);
    return edition.withNeighbours(previous, next);
  }

  private String where(String name) {
    String base = documents.location();
    return base.endsWith("/") ? base + name : base + "/" + name;
  }
}
