package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.termpaper.archive.EditionResult;
import org.termpaper.archive.EditionResult.Outcome;
import org.termpaper.archive.FetchFailure;

class FetchProgressTest {
  private static final LocalDate DAY = LocalDate.of(2022, 7, 14);

  private final StringWriter err = new StringWriter();

  @Test
  void onATerminalOneLineIsRedrawnThenReplacedByTheIssuesResult() {
    FetchProgress progress = new FetchProgress(new PrintWriter(err), true, () -> 2048);

    progress.editionStarted(DAY, 0, 2);
    progress.step(DAY, "node_2.htm", 10, 20);
    progress.step(DAY, "content_1.htm", 20, 20);
    progress.editionFinished(new EditionResult(DAY, Outcome.FETCHED, 16, 0, List.of()));

    String shown = err.toString();
    // The 10/20 step may be skipped: redraws come at most ten a second. Start and end are not.
    assertThat(shown).contains("\r2022-07-14 [1/2] ------------------------ 0/0 2.0 KB")
        .contains("\r2022-07-14 [1/2] ######################## 20/20 2.0 KB")
        .endsWith("\r2022-07-14: 16 articles, fetched" + System.lineSeparator());
  }

  @Test
  void elsewhereEachIssueIsOnePlainLine() {
    FetchProgress progress = new FetchProgress(new PrintWriter(err), false, () -> 0);

    progress.editionStarted(DAY, 0, 1);
    progress.step(DAY, "node_2.htm", 1, 20);
    progress.editionFinished(new EditionResult(DAY, Outcome.PARTIAL, 16, 0, List.of(
        new FetchFailure(DAY, "03", "\"标题\"", null, "HTTP 404"))));

    assertThat(err.toString().lines())
        .containsExactly("2022-07-14: 16 articles, 1 part missing");
  }

  @Test
  void everyOutcomeHasItsWords() {
    assertThat(FetchProgress.describe(new EditionResult(DAY, Outcome.SKIPPED, 16, 0, List.of())))
        .isEqualTo("2022-07-14: 16 articles, already archived");
    assertThat(FetchProgress.describe(new EditionResult(DAY, Outcome.UPDATED, 16, 2, List.of())))
        .isEqualTo("2022-07-14: 16 articles, updated (2 completed)");
    assertThat(FetchProgress.describe(new EditionResult(DAY, Outcome.FAILED, 0, 0, List.of(
        new FetchFailure(DAY, null, null, null, "timed out")))))
        .isEqualTo("2022-07-14: failed: timed out");
  }
}
