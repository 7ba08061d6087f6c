package org.termpaper.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.Paper;

class IssueNotFoundExceptionTest {
  private static final Paper PAPER = new Paper("dgcb", "东港晨报", null);
  private static final IssueCalendar CALENDAR = new IssueCalendar(PAPER, List.of(
      LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 1), LocalDate.of(2022, 7, 4),
      LocalDate.of(2022, 7, 14)));

  @Test
  void theMessageNamesTheThreeNearestIssues() {
    assertThat(new IssueNotFoundException(LocalDate.of(2022, 7, 5), CALENDAR))
        .hasMessage("no issue of 东港晨报 on 2022-07-05; nearest: 2022-06-30, 2022-07-01, "
            + "2022-07-04");
  }

  @Test
  void theAskedDateIsNeverAmongTheNearest() {
    assertThat(new IssueNotFoundException(LocalDate.of(2022, 7, 4), CALENDAR))
        .hasMessage("no issue of 东港晨报 on 2022-07-04; nearest: 2022-06-30, 2022-07-01, "
            + "2022-07-14");
    IssueCalendar only = new IssueCalendar(PAPER, List.of(LocalDate.of(2022, 7, 4)));
    assertThat(new IssueNotFoundException(LocalDate.of(2022, 7, 4), only))
        .hasMessage("no issue of 东港晨报 on 2022-07-04: the source has no other issues");
  }
}
