package org.termpaper.source.founder;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Where a site keeps its pages, articles and calendar: patterns that recognise a page or an
 * article URL (and give its date and the site root), and templates that build the URL of a
 * date's front page and of a month's {@code period.xml}. Immutable and thread-safe.
 *
 * @param page matches the path of a page view; groups {@code year}, {@code month}, {@code day}
 * @param article matches the path of an article view, with the same groups
 * @param frontPage the first page of a date, relative to the site root
 * @param period a month's calendar file, relative to the site root
 * @param index file names at the site root that lead to the newest issue
 * @param issue the date of every page and article the patterns match, for the layout of a page
 *     recognised by its content whose links carry no date (see {@link PageSniffer}); null when
 *     the patterns' date groups give it
 */
public record UrlLayout(Pattern page, Pattern article, String frontPage, String period,
    List<String> index, LocalDate issue) {

  public UrlLayout {
    if (issue == null) {
      requireDateGroups(page, "urls.page");
      requireDateGroups(article, "urls.article");
    }
    if (frontPage == null || frontPage.isBlank()) {
      throw new IllegalArgumentException("urls.front-page is required");
    }
    period = period == null || period.isBlank() ? null : period;
    index = List.copyOf(index);
  }

  /** A layout whose patterns give the date of each URL. */
  public UrlLayout(Pattern page, Pattern article, String frontPage, String period,
      List<String> index) {
    this(page, article, frontPage, period, index, null);
  }

  /** What a URL is within a site. */
  public enum Role { PAGE, ARTICLE }

  /**
   * A URL this layout recognises: its role, the site root and the issue date.
   *
   * @param role page or article
   * @param root the site root, ending in {@code /}
   * @param date the issue date the URL belongs to
   */
  public record Match(Role role, URI root, LocalDate date) {}

  /**
   * A URL of a month's calendar file: the site root and the month.
   *
   * @param root the site root, ending in {@code /}
   * @param month the month the file lists
   */
  public record PeriodMatch(URI root, YearMonth month) {}

  /** Compiles a profile's pattern so that it matches the end of a path after any root. */
  public static Pattern compile(String regex, String key) {
    try {
      return Pattern.compile("^(?<siteroot>(?:.*/)?)" + regex + "$");
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(key + " is not a valid regular expression: "
          + e.getDescription());
    }
  }

  /** The role, root and date of {@code url}, or empty when it is neither page nor article. */
  public Optional<Match> match(URI url) {
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    Optional<Match> asPage = match(page, Role.PAGE, url, path, issue);
    return asPage.isPresent() ? asPage : match(article, Role.ARTICLE, url, path, issue);
  }

  public boolean isPage(URI url) {
    return match(url).filter(m -> m.role() == Role.PAGE).isPresent();
  }

  public boolean isArticle(URI url) {
    return match(url).filter(m -> m.role() == Role.ARTICLE).isPresent();
  }

  /** The front page of {@code date} under {@code root}. */
  public URI frontPage(URI root, LocalDate date) {
    return root.resolve(fill(frontPage, date));
  }

  /** The calendar file of {@code month} under {@code root}, or empty when the site has none. */
  public Optional<URI> period(URI root, YearMonth month) {
    return period == null ? Optional.empty() : Optional.of(root.resolve(fill(period,
        month.atDay(1))));
  }

  /**
   * For a URL of a month's calendar file, the site root and the month; else empty.
   */
  public Optional<PeriodMatch> matchPeriod(URI url) {
    if (period == null) {
      return Optional.empty();
    }
    String regex = Pattern.quote(period)
        .replace("{yyyy}", "\\E(?<year>\\d{4})\\Q")
        .replace("{MM}", "\\E(?<month>\\d{2})\\Q")
        .replace("{dd}", "\\E\\d{2}\\Q");
    Matcher m = compile(regex, "urls.period").matcher(url.getRawPath() == null ? ""
        : url.getRawPath());
    if (!m.matches() || !regex.contains("(?<year>") || !regex.contains("(?<month>")) {
      return Optional.empty();
    }
    try {
      YearMonth month = YearMonth.of(Integer.parseInt(m.group("year")),
          Integer.parseInt(m.group("month")));
      String root = m.group("siteroot").isEmpty() ? "/" : m.group("siteroot");
      return Optional.of(new PeriodMatch(withoutQuery(url.resolve(root)), month));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Match> match(Pattern pattern, Role role, URI url, String path,
      LocalDate issue) {
    Matcher m = pattern.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date = issue != null ? issue : LocalDate.of(Integer.parseInt(m.group("year")),
          Integer.parseInt(m.group("month")), Integer.parseInt(m.group("day")));
      URI root = url.resolve(m.group("siteroot").isEmpty() ? "/" : m.group("siteroot"));
      return Optional.of(new Match(role, withoutQuery(root), date));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static URI withoutQuery(URI url) {
    return URI.create(url.toString().replaceFirst("[?#].*$", ""));
  }

  private static String fill(String template, LocalDate date) {
    return template
        .replace("{yyyy}", String.format(Locale.ROOT, "%04d", date.getYear()))
        .replace("{MM}", String.format(Locale.ROOT, "%02d", date.getMonthValue()))
        .replace("{dd}", String.format(Locale.ROOT, "%02d", date.getDayOfMonth()));
  }

  private static void requireDateGroups(Pattern pattern, String key) {
    if (pattern == null) {
      throw new IllegalArgumentException(key + " is required");
    }
    String source = pattern.pattern();
    for (String group : List.of("year", "month", "day")) {
      if (!source.contains("(?<" + group + ">")) {
        throw new IllegalArgumentException(key + " needs a named group (?<" + group + ">…)");
      }
    }
  }
}
