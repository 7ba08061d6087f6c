package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.termpaper.archive.SearchHit;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import org.termpaper.ui.nav.SearchRequest;

/**
 * An {@link Error} in a worker (a bug, a class missing from a broken install) is answered like
 * any failure, so that the status line says what happened and the UI goes on.
 */
class WorkerFailureTest {
  private static final LocalDate JULY_18 = LocalDate.of(2022, 7, 18);

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

  private Event next() throws InterruptedException {
    Event event = events.poll(10, TimeUnit.SECONDS);
    assertThat(event).as("an event").isNotNull();
    return event;
  }

  /** Gives the calendar; every issue but the one of {@link Fixtures#DAY} ends in an Error. */
  private static final class BrokenSource implements EditionSource {
    @Override
    public String location() {
      return "broken";
    }

    @Override
    public IssueCalendar calendar() {
      return Fixtures.CALENDAR;
    }

    @Override
    public Edition edition(LocalDate date, Progress progress) {
      if (date.equals(Fixtures.DAY)) {
        return Fixtures.edition();
      }
      throw new NoClassDefFoundError("org/jsoup/Jsoup");
    }
  }

  @Test
  void anErrorWhileLoadingIsAFailedLoad() throws Exception {
    try (Loader loader = new Loader(BrokenSource::new, ArchiveAccess.NONE, events::add)) {
      loader.start(Fixtures.DAY);
      assertThat(next()).isInstanceOf(Event.CalendarReady.class);
      loader.sync(JULY_18, Set.of());
      assertThat(next()).isEqualTo(
          new Event.Failed(JULY_18, "NoClassDefFoundError: org/jsoup/Jsoup"));
    }
  }

  @Test
  void anErrorWhileOpeningTheSourceIsReported() throws Exception {
    try (Loader loader = new Loader(() -> {
      throw new ExceptionInInitializerError("bad static state");
    }, ArchiveAccess.NONE, events::add)) {
      loader.start(null);
      assertThat(next()).isEqualTo(
          new Event.SourceFailed("ExceptionInInitializerError: bad static state"));
    }
  }

  @Test
  void anErrorWhileDownloadingIsAFailedDownload() throws Exception {
    Downloads downloads = (date, step) -> {
      throw new StackOverflowError();
    };
    try (DownloadWorker worker = new DownloadWorker(downloads, events::add)) {
      worker.start(Fixtures.DAY);
      assertThat(next()).isEqualTo(new Event.DownloadFailed(Fixtures.DAY, "StackOverflowError"));
    }
  }

  @Test
  void anErrorWhileSearchingIsAFailedSearch() throws Exception {
    ArchiveAccess archive = new ArchiveAccess() {
      @Override
      public Optional<List<SearchHit>> search(String paperId, String text, int limit) {
        throw new AssertionError("unreachable branch");
      }

      @Override
      public Optional<Edition> edition(String paperId, LocalDate date) {
        return Optional.empty();
      }
    };
    try (SearchWorker worker = new SearchWorker(archive, events::add)) {
      worker.start(new SearchRequest(3, "sample", "老街"));
      assertThat(next()).isEqualTo(
          new Event.SearchFailed(3, "AssertionError: unreachable branch"));
    }
  }

  @Test
  void theStatusLineSaysWhatHappenedAndTheUiGoesOn() throws Exception {
    try (UiHarness ui = new UiHarness(BrokenSource::new, Downloads.NONE, ArchiveAccess.NONE,
        UiHarness.settings(), Fixtures.DAY)) {
      ui.until("第04版 副刊");
      ui.type(">");
      ui.until("Could not load 2022-07-18: NoClassDefFoundError: org/jsoup/Jsoup");
      ui.type("]");
      assertThat(ui.until("› 第02版 广告")).contains("(no articles on this page)");
    }
  }
}
