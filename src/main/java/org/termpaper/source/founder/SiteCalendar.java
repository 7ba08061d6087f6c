package org.termpaper.source.founder;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.termpaper.net.FetchException;

/**
 * A site's issue dates from its monthly {@code period.xml} files, each read once. A month
 * whose file is missing or holds no issue counts as a month without issues; walks stop there
 * and at the profile's bound. Thread-safe.
 */
final class SiteCalendar {
  /** How many months a neighbour is looked for across (a paper pauses a month at most). */
  private static final int NEIGHBOUR_MONTHS = 2;

  private final Site site;
  private final Documents documents;
  private final Map<YearMonth, Optional<PeriodFile>> months = new ConcurrentHashMap<>();

  SiteCalendar(Site site, Documents documents) {
    this.site = site;
    this.documents = documents;
  }

  /** The calendar file of a month, or empty when the site has none for it. */
  Optional<PeriodFile> month(YearMonth month) {
    Optional<PeriodFile> known = months.get(month);
    if (known != null) {
      return known;
    }
    Optional<PeriodFile> read = site.profile().urls().period(site.root(), month)
        .flatMap(this::read);
    months.put(month, read);
    return read;
  }

  /**
   * The issue dates of the months around {@code anchor}, walking back and forth one month at a
   * time until a month has no file, a month lies after {@code latest}, or the profile's bound
   * is reached. Empty when the anchor's month itself has no file.
   */
  TreeSet<LocalDate> around(YearMonth anchor, YearMonth latest) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    if (month(anchor).isEmpty()) {
      return dates;
    }
    dates.addAll(month(anchor).get().dates());
    int budget = site.profile().calendarMonths() - 1;
    YearMonth back = anchor.minusMonths(1);
    YearMonth forth = anchor.plusMonths(1);
    boolean backOpen = true;
    boolean forthOpen = !forth.isAfter(latest);
    while (budget > 0 && (backOpen || forthOpen)) {
      if (backOpen) {
        backOpen = add(back, dates);
        back = back.minusMonths(1);
        budget--;
      }
      if (forthOpen && budget > 0) {
        forthOpen = add(forth, dates);
        forth = forth.plusMonths(1);
        forthOpen &= !forth.isAfter(latest);
        budget--;
      }
    }
    return dates;
  }

  /** The issue before {@code date} by the monthly files, or empty. */
  Optional<LocalDate> before(LocalDate date) {
    YearMonth month = YearMonth.from(date);
    for (int i = 0; i <= NEIGHBOUR_MONTHS; i++) {
      Optional<LocalDate> found = month(month.minusMonths(i))
          .flatMap(f -> f.dates().stream().filter(d -> d.isBefore(date)).reduce((a, b) -> b));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The issue after {@code date} by the monthly files, or empty. */
  Optional<LocalDate> after(LocalDate date, YearMonth latest) {
    YearMonth month = YearMonth.from(date);
    for (int i = 0; i <= NEIGHBOUR_MONTHS && !month.plusMonths(i).isAfter(latest); i++) {
      Optional<LocalDate> found = month(month.plusMonths(i))
          .flatMap(f -> f.dates().stream().filter(d -> d.isAfter(date)).findFirst());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The front page of {@code date}: the calendar file's name for it, else the template's. */
  URI frontPage(LocalDate date) {
    URI template = site.profile().urls().frontPage(site.root(), date);
    String name = month(YearMonth.from(date)).map(f -> f.frontPages().get(date)).orElse(null);
    if (name == null || name.isBlank()) {
      return template;
    }
    // The file is data from the site: a name leading off it is ignored, not followed.
    return Links.resolve(template.toString(), name).filter(site.scope()::allows)
        .orElse(template);
  }

  private boolean add(YearMonth month, TreeSet<LocalDate> dates) {
    Optional<PeriodFile> file = month(month);
    file.ifPresent(f -> dates.addAll(f.dates()));
    return file.isPresent();
  }

  private Optional<PeriodFile> read(URI url) {
    try {
      return PeriodFile.parse(documents.get(url).text());
    } catch (FetchException e) {
      return Optional.empty();
    }
  }
}
