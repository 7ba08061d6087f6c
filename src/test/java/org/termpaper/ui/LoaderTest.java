package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.termpaper.archive.SearchHit;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;

class LoaderTest {
  private static final LocalDate JULY_13 = LocalDate.of(2022, 7, 13);
  private static final LocalDate JULY_18 = LocalDate.of(2022, 7, 18);

  /** Holds every load until released; records the loads that were interrupted. */
  private static final class SlowSource implements EditionSource {
    final CountDownLatch release = new CountDownLatch(1);
    final Set<LocalDate> started = ConcurrentHashMap.newKeySet();
    final BlockingQueue<LocalDate> starts = new LinkedBlockingQueue<>();
    final Set<LocalDate> interrupted = ConcurrentHashMap.newKeySet();
    final CountDownLatch oneInterrupted = new CountDownLatch(1);

    @Override
    public String location() {
      return "slow";
    }

    @Override
    public IssueCalendar calendar() {
      return Fixtures.CALENDAR;
    }

    @Override
    public Edition edition(LocalDate date, Progress progress) {
      started.add(date);
      starts.add(date);
      try {
        release.await();
      } catch (InterruptedException e) {
        interrupted.add(date);
        oneInterrupted.countDown();
        throw new TermpaperException("interrupted");
      }
      if (date.equals(JULY_18)) {
        throw new TermpaperException("HTTP 503 for 2022-07-18");
      }
      return Fixtures.edition(date);
    }
  }

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final SlowSource source = new SlowSource();

  private Event next() throws InterruptedException {
    Event event = events.poll(10, TimeUnit.SECONDS);
    assertThat(event).as("an event").isNotNull();
    return event;
  }

  @Test
  void movingOnCancelsTheLoadNoLongerWantedAndKeepsTheOthers() throws Exception {
    try (Loader loader = new Loader(() -> source, ArchiveAccess.NONE, events::add)) {
      loader.start(Fixtures.DAY);
      assertThat(next()).isInstanceOf(Event.CalendarReady.class);
      loader.sync(JULY_13, Set.of());
      assertThat(loader.isLoading(JULY_13)).isTrue();
      assertThat(source.starts.poll(10, TimeUnit.SECONDS)).isEqualTo(JULY_13);
      loader.sync(Fixtures.DAY, Set.of());
      assertThat(source.oneInterrupted.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(source.interrupted).containsExactly(JULY_13);
      assertThat(loader.isLoading(JULY_13)).isFalse();
      source.release.countDown();
      Event loaded = next();
      assertThat(loaded).isInstanceOf(Event.Loaded.class);
      assertThat(((Event.Loaded) loaded).asked()).isEqualTo(Fixtures.DAY);
    }
  }

  @Test
  void aFailedLoadIsReportedWithItsReasonAndAKeptIssueIsNotLoadedAgain() throws Exception {
    source.release.countDown();
    try (Loader loader = new Loader(() -> source, ArchiveAccess.NONE, events::add)) {
      loader.start(Fixtures.DAY);
      next();
      loader.sync(JULY_18, Set.of(Fixtures.DAY));
      Event first = next();
      Event second = next();
      assertThat(Set.of(first, second)).anyMatch(
          e -> e.equals(new Event.Failed(JULY_18, "HTTP 503 for 2022-07-18")));
      Event.Loaded loaded = (Event.Loaded) (first instanceof Event.Loaded ? first : second);
      loader.arrived(loaded.asked(), loaded.edition());
      assertThat(loader.kept(Fixtures.DAY)).contains(loaded.edition());
      source.started.clear();
      loader.sync(Fixtures.DAY, Set.of());
      assertThat(source.started).isEmpty();
      assertThat(loader.isLoading(Fixtures.DAY)).isFalse();
    }
  }

  @Test
  void aSourceThatCannotBeOpenedIsReportedBeforeTheLoadItEnds() throws Exception {
    Loader loader = new Loader(() -> {
      throw new TermpaperException("no such source: /nowhere");
    }, ArchiveAccess.NONE, events::add);
    try (loader) {
      loader.start(null);
      assertThat(next()).isEqualTo(new Event.SourceFailed("no such source: /nowhere"));
      assertThat(next()).isEqualTo(new Event.Failed(null, "no such source: /nowhere"));
    }
    // Each load posts one outcome and both were taken: nothing more can come after the close.
    assertThat(events).isEmpty();
  }

  @Test
  void aLoadWaitingForASourceThatFailsToOpenEndsAndIsMadeAgainWhenAskedAgain() throws Exception {
    try (Loader loader = new Loader(() -> {
      throw new TermpaperException("no such source: /nowhere");
    }, ArchiveAccess.NONE, events::add)) {
      loader.start(JULY_13);
      assertThat(next()).isInstanceOf(Event.SourceFailed.class);
      loader.sync(JULY_13, Set.of());
      assertThat(next()).isEqualTo(new Event.Failed(JULY_13, "no such source: /nowhere"));
      loader.failed(JULY_13);
      assertThat(loader.isLoading(JULY_13)).isFalse();
      loader.sync(JULY_13, Set.of());
      assertThat(loader.isLoading(JULY_13)).isTrue();
      assertThat(next()).isEqualTo(new Event.Failed(JULY_13, "no such source: /nowhere"));
    }
  }

  @Test
  void aNeighbourThatFailedIsNotLoadedAheadAgainButIsWhenTheReaderGoesThere() throws Exception {
    source.release.countDown();
    try (Loader loader = new Loader(() -> source, ArchiveAccess.NONE, events::add)) {
      loader.start(Fixtures.DAY);
      assertThat(next()).isInstanceOf(Event.CalendarReady.class);
      loader.sync(null, Set.of(JULY_18));
      assertThat(next()).isEqualTo(new Event.Failed(JULY_18, "HTTP 503 for 2022-07-18"));
      loader.failed(JULY_18);
      loader.sync(null, Set.of(JULY_18));
      assertThat(loader.isLoading(JULY_18)).as("asked again ahead").isFalse();
      loader.sync(JULY_18, Set.of());
      assertThat(loader.isLoading(JULY_18)).as("asked again when wanted").isTrue();
      assertThat(next()).isEqualTo(new Event.Failed(JULY_18, "HTTP 503 for 2022-07-18"));
    }
  }

  /** An archive holding the issue of 18 July only, or failing on every read. */
  private static ArchiveAccess archive(List<String> asked, boolean broken) {
    return new ArchiveAccess() {
      @Override
      public Optional<List<SearchHit>> search(String paperId, String text, int limit) {
        throw new AssertionError("the loader does not search");
      }

      @Override
      public Optional<Edition> edition(String paperId, LocalDate date) {
        asked.add(paperId + " " + date);
        if (broken) {
          throw new TermpaperException("archive.db: cannot read: disk I/O error");
        }
        return date.equals(JULY_18) ? Optional.of(Fixtures.edition(date)) : Optional.empty();
      }
    };
  }

  @Test
  void anIssueTheSourceCannotGiveComesFromTheArchiveWhenItHoldsIt() throws Exception {
    source.release.countDown();
    List<String> asked = new CopyOnWriteArrayList<>();
    try (Loader loader = new Loader(() -> source, archive(asked, false), events::add)) {
      loader.start(Fixtures.DAY);
      assertThat(next()).isInstanceOf(Event.CalendarReady.class);
      loader.sync(JULY_18, Set.of());
      Event loaded = next();
      assertThat(loaded).isInstanceOf(Event.Loaded.class);
      assertThat(((Event.Loaded) loaded).edition().date()).isEqualTo(JULY_18);
      assertThat(asked).containsExactly("sample 2022-07-18");
      loader.sync(JULY_13, Set.of());
      assertThat(next()).isInstanceOf(Event.Loaded.class);
      assertThat(asked).hasSize(1);
    }
  }

  @Test
  void anArchiveThatFailsTooLeavesTheSourcesReason() throws Exception {
    source.release.countDown();
    List<String> asked = new CopyOnWriteArrayList<>();
    try (Loader loader = new Loader(() -> source, archive(asked, true), events::add)) {
      loader.start(Fixtures.DAY);
      next();
      loader.sync(JULY_18, Set.of());
      assertThat(next()).isEqualTo(new Event.Failed(JULY_18, "HTTP 503 for 2022-07-18"));
      assertThat(asked).containsExactly("sample 2022-07-18");
    }
  }

  @Test
  void theFirstIssueComesFromTheArchiveEvenBeforeTheCalendarHasArrived() throws Exception {
    List<String> asked = new CopyOnWriteArrayList<>();
    CountDownLatch archiveAsked = new CountDownLatch(1);
    AtomicInteger calls = new AtomicInteger();
    AtomicBoolean calendarWaited = new AtomicBoolean();
    ArchiveAccess archive = archive(asked, false);
    EditionSource calendarLast = new EditionSource() {
      @Override
      public String location() {
        return "calendar last";
      }

      @Override
      public IssueCalendar calendar() {
        // The calendar the loader reads at the start answers only once the archive was asked,
        // so the first issue fails before the paper's id is known.
        if (calls.getAndIncrement() == 0) {
          try {
            calendarWaited.set(archiveAsked.await(10, TimeUnit.SECONDS));
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return Fixtures.CALENDAR;
      }

      @Override
      public Edition edition(LocalDate date, Progress progress) {
        throw new TermpaperException("HTTP 404 for " + date);
      }
    };
    ArchiveAccess telling = new ArchiveAccess() {
      @Override
      public Optional<List<SearchHit>> search(String paperId, String text, int limit) {
        return archive.search(paperId, text, limit);
      }

      @Override
      public Optional<Edition> edition(String paperId, LocalDate date) {
        try {
          return archive.edition(paperId, date);
        } finally {
          archiveAsked.countDown();
        }
      }
    };
    try (Loader loader = new Loader(() -> calendarLast, telling, events::add)) {
      loader.start(JULY_18);
      loader.sync(JULY_18, Set.of());
      List<Event> two = List.of(next(), next());
      assertThat(two).anySatisfy(e -> assertThat(e).isInstanceOf(Event.Loaded.class));
      assertThat(asked).containsExactly("sample 2022-07-18");
      assertThat(calendarWaited).as("the calendar came after the archive was asked").isTrue();
    }
  }

  @Test
  void aSourceThatFellBackToTheArchiveIsSaidSoBeforeItsIssue() throws Exception {
    EditionSource fellBack = new EditionSource() {
      @Override
      public String location() {
        return "fell back";
      }

      @Override
      public IssueCalendar calendar() {
        return Fixtures.CALENDAR;
      }

      @Override
      public Edition edition(LocalDate date, Progress progress) {
        return Fixtures.edition(date);
      }

      @Override
      public List<String> warnings() {
        return List.of("the network failed (cannot connect); showing the archived copy");
      }
    };
    try (Loader loader = new Loader(() -> fellBack, ArchiveAccess.NONE, events::add)) {
      loader.start(JULY_18);
      loader.sync(JULY_18, Set.of());
      List<Event> three = List.of(next(), next(), next());
      assertThat(three).filteredOn(e -> !(e instanceof Event.CalendarReady))
          .containsExactly(new Event.FellBack(), new Event.Loaded(JULY_18,
              Fixtures.edition(JULY_18)));
    }
  }
}
