package org.termpaper.source.founder;

import java.util.List;

/**
 * How to read one layout of Founder-style site: its URL layout and the selectors of its page
 * and article views. Profiles are data: the ones in the jar live under
 * {@code org/termpaper/profiles/}, and a user adds or overrides one in the config file as
 * {@code [profiles.NAME]} (see {@link SiteProfiles}). Immutable and thread-safe.
 *
 * @param name the profile's name, such as {@code founder-classic}
 * @param description one line for people
 * @param hosts host names this profile is picked for even before a URL pattern matches; may be
 *     empty
 * @param connections requests at a time to one host, at least 1; a crawl uses at most
 *     {@value EditionCrawl#MAX_CONNECTIONS}
 * @param calendarMonths the most monthly calendar files one calendar reads, at least 1
 * @param calendarLinkSteps without calendar files, the most 上一期/下一期 links followed each way
 * @param urls the URL layout
 * @param paperName a fixed paper name, or null to read it with {@code paperNameFrom}
 * @param paperNameFrom selectors whose text names the paper
 * @param page selectors of the page view
 * @param article selectors of the article view
 */
public record SiteProfile(
    String name,
    String description,
    List<String> hosts,
    int connections,
    int calendarMonths,
    int calendarLinkSteps,
    UrlLayout urls,
    String paperName,
    List<String> paperNameFrom,
    PageSelectors page,
    ArticleSelectors article) {

  public SiteProfile {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("profile name is required");
    }
    hosts = List.copyOf(hosts);
    requireAtLeast(connections, 1, "connections");
    requireAtLeast(calendarMonths, 1, "calendar-months");
    requireAtLeast(calendarLinkSteps, 0, "calendar-link-steps");
    if (urls == null || page == null || article == null) {
      throw new IllegalArgumentException("profile " + name + " needs [urls], [page], [article]");
    }
    paperName = paperName == null || paperName.isBlank() ? null : paperName;
    paperNameFrom = List.copyOf(paperNameFrom);
  }

  /** This profile with another limit of requests at a time to one host. */
  public SiteProfile withConnections(int value) {
    return new SiteProfile(name, description, hosts, value, calendarMonths, calendarLinkSteps,
        urls, paperName, paperNameFrom, page, article);
  }

  private static void requireAtLeast(int value, int least, String key) {
    if (value < least) {
      throw new IllegalArgumentException(key + " must be at least " + least + ", not " + value);
    }
  }

  /**
   * Where a page view keeps its parts. Each list is tried in order. Immutable.
   *
   * @param pageLinks links to every page of the issue ({@code 第03版：淄博})
   * @param headlines links to this page's articles, in reading order
   * @param imageMap areas of the page scan's image map that link to articles
   * @param pdf the link to the page's PDF
   * @param label the current page's own label, where the page list does not name it
   * @param previousIssue link texts that lead to the issue before
   * @param nextIssue link texts that lead to the issue after
   */
  public record PageSelectors(
      List<String> pageLinks, List<String> headlines, List<String> imageMap, List<String> pdf,
      List<String> label, List<String> previousIssue, List<String> nextIssue) {
    public PageSelectors {
      pageLinks = List.copyOf(pageLinks);
      headlines = List.copyOf(headlines);
      imageMap = List.copyOf(imageMap);
      pdf = List.copyOf(pdf);
      label = List.copyOf(label);
      previousIssue = List.copyOf(previousIssue);
      nextIssue = List.copyOf(nextIssue);
    }
  }

  /**
   * Where an article view keeps its parts. Each list is tried in order. Immutable.
   *
   * @param preTitle the line above the title (引题)
   * @param title the headline
   * @param subtitle the line below the title (副题)
   * @param author the byline
   * @param aroundTitle cells above the title giving the pre-title and below it the subtitle,
   *     for layouts that mark both alike ({@code td.font02}); may be empty
   * @param body the container of the paragraphs
   * @param figureScope the container in which pictures are looked for
   * @param figureExclude pictures that are decoration, not figures; may be empty
   */
  public record ArticleSelectors(
      List<String> preTitle, List<String> title, List<String> subtitle, List<String> author,
      String aroundTitle, List<String> body, List<String> figureScope, String figureExclude) {
    public ArticleSelectors {
      preTitle = List.copyOf(preTitle);
      title = List.copyOf(title);
      subtitle = List.copyOf(subtitle);
      author = List.copyOf(author);
      aroundTitle = aroundTitle == null || aroundTitle.isBlank() ? null : aroundTitle;
      body = List.copyOf(body);
      figureScope = List.copyOf(figureScope);
      figureExclude = figureExclude == null || figureExclude.isBlank() ? null : figureExclude;
    }
  }
}
