package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.termpaper.archive.SearchHit;
import org.termpaper.model.ArticlePosition;
import org.termpaper.model.Edition;
import org.termpaper.ui.nav.Hit;
import org.termpaper.ui.nav.Result;
import org.termpaper.ui.nav.SearchRequest;
import org.termpaper.ui.nav.Searching;

class SearchWorkerTest {
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

  /** An archive whose search gives {@code hits} for the limit it is asked with. */
  private static ArchiveAccess archive(IntFunction<List<SearchHit>> hits) {
    return new ArchiveAccess() {
      @Override
      public Optional<List<SearchHit>> search(String paperId, String text, int limit) {
        return Optional.of(hits.apply(limit));
      }

      @Override
      public Optional<Edition> edition(String paperId, LocalDate date) {
        return Optional.empty();
      }
    };
  }

  private static SearchHit hit(int i) {
    return new SearchHit(Fixtures.PAPER, Fixtures.DAY.minusDays(i), "03", null,
        new ArticlePosition(2, 0), "a" + i, "标题" + i, "…老街…", 1, 2);
  }

  private Event answer(ArchiveAccess archive) throws InterruptedException {
    Event event;
    try (SearchWorker worker = new SearchWorker(archive, events::add)) {
      worker.start(null);
      worker.start(new SearchRequest(7, "sample", "老街"));
      event = events.poll(10, TimeUnit.SECONDS);
    }
    // Closing waited for the worker's thread: anything more it posted would be here by now.
    assertThat(events).isEmpty();
    return event;
  }

  @Test
  void theHitsBecomeRowsWithTheirPageAsAReaderNamesIt() throws Exception {
    Event event = answer(archive(limit -> List.of(hit(0))));
    assertThat(event).isEqualTo(new Event.Searched(7, List.of(new Result(
        new Hit(Fixtures.DAY, new ArticlePosition(2, 0), "a0"), "第03版", "标题0", "…老街…", 1,
        2)), false));
  }

  @Test
  void oneHitMoreThanTheListTakesSaysThereAreMore() throws Exception {
    Event event = answer(archive(limit -> {
      List<SearchHit> hits = new ArrayList<>();
      for (int i = 0; i < limit; i++) {
        hits.add(hit(i));
      }
      return hits;
    }));
    Event.Searched found = (Event.Searched) event;
    assertThat(found.results()).hasSize(Searching.LIMIT);
    assertThat(found.more()).isTrue();
  }

  @Test
  void aFailureOfTheArchiveIsPostedWithItsReason() throws Exception {
    assertThat(answer(archive(limit -> {
      throw new IllegalStateException("database is locked");
    }))).isEqualTo(
        new Event.SearchFailed(7, "IllegalStateException: database is locked"));
    assertThat(answer(ArchiveAccess.NONE))
        .isEqualTo(new Event.SearchFailed(7, "there is no archive to search here"));
  }
}
