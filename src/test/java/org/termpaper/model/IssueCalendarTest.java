package org.termpaper.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueCalendarTest {
  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  private final IssueCalendar calendar = new IssueCalendar(Editions.PAPER, List.of(
      d("2022-07-14"), d("2022-07-01"), d("2022-06-30"), d("2022-07-13"), d("2022-07-14")));

  @Test
  void issuesAreSortedWithoutRepeats() {
    assertThat(calendar.issues())
        .containsExactly(d("2022-06-30"), d("2022-07-01"), d("2022-07-13"), d("2022-07-14"));
    assertThat(calendar.newest()).contains(d("2022-07-14"));
    assertThat(calendar.oldest()).contains(d("2022-06-30"));
  }

  @Test
  void previousAndNextJumpOverAGapInTheCalendar() {
    assertThat(calendar.after(d("2022-07-01"))).contains(d("2022-07-13"));
    assertThat(calendar.before(d("2022-07-13"))).contains(d("2022-07-01"));
    assertThat(calendar.before(d("2022-07-05"))).contains(d("2022-07-01"));
  }

  @Test
  void theEndsHaveNoNeighbourBeyondThem() {
    assertThat(calendar.before(d("2022-06-30"))).isEmpty();
    assertThat(calendar.after(d("2022-07-14"))).isEmpty();
  }

  @Test
  void aMonthListsItsOwnIssuesOnly() {
    assertThat(calendar.in(YearMonth.of(2022, 6))).containsExactly(d("2022-06-30"));
    assertThat(calendar.in(YearMonth.of(2022, 8))).isEmpty();
  }

  @Test
  void theNearestIssuesComeInDateOrder() {
    assertThat(calendar.nearest(d("2022-07-10"), 2))
        .containsExactly(d("2022-07-13"), d("2022-07-14"));
    assertThat(calendar.nearest(d("2022-07-10"), 9)).hasSize(4);
  }

  @Test
  void anEmptyCalendarHasNoNewestIssue() {
    IssueCalendar empty = new IssueCalendar(Editions.PAPER, null);
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.newest()).isEmpty();
    assertThat(empty.nearest(d("2022-07-10"), 3)).isEmpty();
  }
}
