package org.termpaper.source.founder;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.termpaper.model.Article;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Page;
import org.termpaper.model.Paper;
import org.termpaper.model.TermpaperException;
import org.termpaper.net.FetchException;
import org.termpaper.net.Fetcher;
import org.termpaper.source.EditionSource;
import org.termpaper.source.IssueNotFoundException;
import org.termpaper.source.Progress;

/**
 * Editions of a Founder-style e-paper site, read live from the site or from a local mirror.
 *
 * <p>The site is found on first use (see {@link SiteLocator}); the issue dates come from the
 * monthly {@code period.xml} files or, where the site has none, from the 上一期/下一期 links.
 * {@link #newest} opens the issue the location points at: the newest issue for a site root or
 * index page, that issue for a page or article URL. Thread-safe.
 */
public final class FounderSource implements EditionSource {
  private final URI location;
  private final SiteProfiles profiles;
  private final SiteProfile fixed;
  private final Documents documents;
  private final Clock clock;
  private volatile Site site;
  private volatile SiteCalendar calendar;
  private volatile Paper paper;

  /**
   * @param location a site root, index page, page, article or calendar URL, or a mirror folder
   * @param profiles the known profiles
   * @param fixed the profile to read with, or null to pick the one that matches
   * @param fetcher what fetches the bytes
   * @param clock today's date, beyond which no calendar file is asked for
   */
  public FounderSource(URI location, SiteProfiles profiles, SiteProfile fixed, Fetcher fetcher,
      Clock clock) {
    this.location = location;
    this.profiles = profiles;
    this.fixed = fixed;
    this.documents = new Documents(fetcher);
    this.clock = clock;
  }

  @Override
  public String location() {
    return location.toString();
  }

  @Override
  public IssueCalendar calendar() {
    Site s = site();
    TreeSet<LocalDate> dates = calendarFiles().around(YearMonth.from(s.date()), latest());
    if (dates.isEmpty()) {
      dates = new LinkWalk(s, documents).dates();
    }
    return new IssueCalendar(paper(), new ArrayList<>(dates));
  }

  /** The article's id ({@code content_301}) when the location is, or led to, an article. */
  @Override
  public Optional<String> focus() {
    Site known = site;
    Optional<Site> at = known != null ? Optional.of(known)
        : SiteLocator.recognise(location, profiles, fixed);
    return at.filter(s -> s.role() == UrlLayout.Role.ARTICLE).map(s -> Links.id(s.anchor()));
  }

  @Override
  public Edition newest(Progress progress) {
    return edition(site().date(), progress);
  }

  @Override
  public Edition edition(LocalDate date, Progress progress) {
    Site s = site();
    SiteCalendar files = calendarFiles();
    Optional<PeriodFile> month = files.month(YearMonth.from(date));
    if (month.isPresent() && !month.get().has(date)) {
      throw new IssueNotFoundException(date, calendarNear(date));
    }
    IssueReader.Result result;
    try {
      List<URI> starts = pages(IssueEntry.starts(s, files.frontPage(date), date));
      result = IssueReader.read(documents, s.profile(), s.scope(), starts, date, progress);
    } catch (FetchException e) {
      if (s.role() == UrlLayout.Role.ARTICLE && s.date().equals(date)) {
        return alone(s, e);
      }
      if (e.status() == 404 || e.status() == 410) {
        throw missing(date, month.isPresent(), e);
      }
      throw new TermpaperException("cannot read the issue of " + date + ": " + e.getMessage(),
          e);
    }
    PageView first = result.first();
    Paper named = paper(first);
    LocalDate previous = month.isPresent() ? files.before(date).orElse(null)
        : dateOf(first.previousIssue());
    LocalDate next = month.isPresent() ? files.after(date, latest()).orElse(null)
        : dateOf(first.nextIssue());
    return new Edition(named, date, first.url().toString(), previous, next, result.pages(),
        result.warnings());
  }

  /**
   * The pages the starts lead to (an issue's entry page is followed to its first page), in
   * order, leaving out those that cannot be read.
   *
   * @throws FetchException the first failure when none can be read
   */
  private List<URI> pages(List<URI> starts) {
    List<URI> pages = new ArrayList<>();
    FetchException failure = null;
    for (URI start : starts) {
      try {
        URI page = IssueEntry.page(start, site(), documents);
        if (!pages.contains(page)) {
          pages.add(page);
        }
      } catch (FetchException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (pages.isEmpty()) {
      throw failure;
    }
    return pages;
  }

  /**
   * The edition an article gives when no page of its issue can be read (a saved article, a
   * site that keeps its pages elsewhere): the article on its page, with a warning.
   */
  private Edition alone(Site s, FetchException why) {
    Documents.Text text;
    try {
      text = documents.get(s.anchor());
    } catch (FetchException e) {
      throw new TermpaperException("cannot read the article " + s.anchor() + ": " + e.reason(),
          e);
    }
    Document doc = text.html();
    List<Page> pages = LoneArticles.pages(doc, s.anchor(), s.profile(), s.scope());
    List<String> warnings = new ArrayList<>(text.warnings());
    warnings.add("the pages of this issue could not be read (" + why.reason() + "): "
        + why.url() + "; showing the article" + (pages.size() > 1 || pages.get(0).articles()
            .size() > 1 ? "s" : "") + " of " + s.anchor() + " alone");
    for (Page page : pages) {
      page.articles().stream().filter(Article::isUnavailable).forEach(a -> warnings.add(
          "article “" + a.title() + "” on " + page.label() + ": " + a.unavailable()));
    }
    String name = s.profile().paperName() != null ? s.profile().paperName()
        : Optional.ofNullable(Noise.field(EnpProperties.of(doc).get("papername")))
            .orElseGet(() -> PageParser.paperName(doc, s.profile()));
    // An article's page title is often its headline, not the paper's name.
    String named = name;
    if (named != null && pages.stream().flatMap(p -> p.articles().stream())
        .anyMatch(a -> a.title().contains(named) || named.contains(a.title()))) {
      name = null;
    }
    Paper known = name != null || paper == null ? remember(name) : paper;
    return new Edition(known, s.date(), s.anchor().toString(), null, null, pages, warnings);
  }

  /**
   * The failure for an issue whose front page is gone: a date the calendar lists is a broken
   * site, not a missing issue, and is told as such; only an unlisted date is not found.
   */
  private TermpaperException missing(LocalDate date, boolean listed, FetchException e) {
    IssueCalendar near = listed ? null : calendarNear(date);
    if (listed || near.has(date)) {
      return new TermpaperException("the issue of " + date + " is listed in the site's calendar,"
          + " but its front page could not be read (" + e.reason() + "): " + e.url(), e);
    }
    return new IssueNotFoundException(date, near);
  }

  /** The issues around {@code date}, for naming the nearest in a message. */
  private IssueCalendar calendarNear(LocalDate date) {
    TreeSet<LocalDate> dates = calendarFiles().around(YearMonth.from(date), latest());
    return dates.isEmpty() ? calendar() : new IssueCalendar(paper(), new ArrayList<>(dates));
  }

  private LocalDate dateOf(URI page) {
    return page == null ? null
        : site().profile().urls().match(page).map(UrlLayout.Match::date).orElse(null);
  }

  private YearMonth latest() {
    return YearMonth.now(clock);
  }

  private Site site() {
    Site known = site;
    if (known == null) {
      synchronized (this) {
        if (site == null) {
          site = SiteLocator.locate(location, profiles, fixed, documents);
        }
        known = site;
      }
    }
    return known;
  }

  private SiteCalendar calendarFiles() {
    SiteCalendar known = calendar;
    if (known == null) {
      synchronized (this) {
        if (calendar == null) {
          calendar = new SiteCalendar(site(), documents);
        }
        known = calendar;
      }
    }
    return known;
  }

  /** The paper, named from the profile or the issue's front page, read once. */
  private Paper paper() {
    Paper known = paper;
    if (known != null) {
      return known;
    }
    Site s = site();
    String name = s.profile().paperName();
    if (name == null) {
      try {
        URI front = calendarFiles().frontPage(s.date());
        name = PageParser.paperName(documents.get(IssueEntry.page(front, s, documents)).html(),
            s.profile());
      } catch (FetchException e) {
        name = anchorName(s);
      }
    }
    return remember(name);
  }

  /**
   * The paper's name as the located page gives it, for a site whose front page is out of reach
   * (a saved page): its properties' name, else, for a page view, its title's.
   */
  private String anchorName(Site s) {
    try {
      Document doc = documents.get(s.anchor()).html();
      String name = Noise.field(EnpProperties.of(doc).get("papername"));
      return name != null || s.role() != UrlLayout.Role.PAGE ? name
          : PageParser.paperName(doc, s.profile());
    } catch (FetchException e) {
      return null;
    }
  }

  private Paper paper(PageView first) {
    Paper known = paper;
    return known != null ? known : remember(first.paperName());
  }

  private Paper remember(String name) {
    Site s = site();
    Paper made = new Paper(s.paperId(), name == null ? s.paperId() : name, s.root().toString());
    paper = made;
    return made;
  }
}
