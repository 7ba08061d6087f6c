package org.termpaper.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The issue dates a source has for a paper, sorted and without repeats. Immutable.
 *
 * <p>Previous and next are by this calendar, not by date ± 1: a paper that skips Sundays or a
 * holiday week goes straight from the issue before the gap to the one after it.
 *
 * @param paper the paper
 * @param issues the issue dates; may be empty; sorted and de-duplicated on construction
 */
public record IssueCalendar(Paper paper, List<LocalDate> issues) {
  public IssueCalendar {
    Require.nonNull(paper, "paper");
    issues = List.copyOf(new TreeSet<>(Require.copy(issues, "issues")));
  }

  public boolean isEmpty() {
    return issues.isEmpty();
  }

  public boolean has(LocalDate date) {
    return issues.contains(date);
  }

  public Optional<LocalDate> newest() {
    return issues.isEmpty() ? Optional.empty() : Optional.of(issues.get(issues.size() - 1));
  }

  public Optional<LocalDate> oldest() {
    return issues.isEmpty() ? Optional.empty() : Optional.of(issues.get(0));
  }

  /** The latest issue strictly before {@code date}, or empty. */
  public Optional<LocalDate> before(LocalDate date) {
    LocalDate found = null;
    for (LocalDate issue : issues) {
      if (!issue.isBefore(date)) {
        break;
      }
      found = issue;
    }
    return Optional.ofNullable(found);
  }

  /** The earliest issue strictly after {@code date}, or empty. */
  public Optional<LocalDate> after(LocalDate date) {
    return issues.stream().filter(issue -> issue.isAfter(date)).findFirst();
  }

  /** The issues of one month, in order. */
  public List<LocalDate> in(YearMonth month) {
    return issues.stream().filter(d -> YearMonth.from(d).equals(month)).toList();
  }

  /** Up to {@code count} issue dates closest to {@code date}, in date order. */
  public List<LocalDate> nearest(LocalDate date, int count) {
    List<LocalDate> byDistance = new ArrayList<>(issues);
    byDistance.sort(
        Comparator.comparingLong((LocalDate d) -> Math.abs(d.toEpochDay() - date.toEpochDay()))
            .thenComparing(Comparator.naturalOrder()));
    List<LocalDate> picked = new ArrayList<>(byDistance.subList(0, Math.min(count, issues.size())));
    picked.sort(Comparator.naturalOrder());
    return picked;
  }
}
