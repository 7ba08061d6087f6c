package org.termpaper.serve.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import org.termpaper.testing.Editions;

/**
 * The shared source over a station's life: new issues seen, reads nobody waits for dropped, a
 * hanging opening holding up no one else.
 */
class SharedSourceLifeTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 3);
  private static final LocalDate NEXT = DAY.plusDays(1);
  private final ExecutorService loads = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
      new ArrayBlockingQueue<>(1));
  private final ExecutorService readers = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    loads.shutdownNow();
    readers.shutdownNow();
  }

  /** A folder-like source: its calendar is what the folder held when it was opened. */
  static final class Folder implements EditionSource {
    final List<LocalDate> dates;
    final CountDownLatch closed = new CountDownLatch(1);
    final CountDownLatch interrupted = new CountDownLatch(1);
    final CountDownLatch asked = new CountDownLatch(1);
    final CountDownLatch answer = new CountDownLatch(1);
    final List<LocalDate> read = new CopyOnWriteArrayList<>();

    Folder(List<LocalDate> dates) {
      this.dates = List.copyOf(dates);
    }

    @Override
    public String location() {
      return "test:folder";
    }

    @Override
    public IssueCalendar calendar() {
      return new IssueCalendar(Editions.PAPER, dates);
    }

    @Override
    public Edition edition(LocalDate date, Progress progress) {
      read.add(date);
      asked.countDown();
      try {
        answer.await();
      } catch (InterruptedException e) {
        interrupted.countDown();
        throw new TermpaperException("interrupted");
      }
      return Editions.generate(date, 1, 1);
    }

    @Override
    public void close() {
      closed.countDown();
    }
  }

  @Test
  void anArchivedIssueIsSeenFromTheNextUseOnAndTheOldOpeningIsClosed() throws Exception {
    List<LocalDate> onDisk = new CopyOnWriteArrayList<>(List.of(DAY));
    List<Folder> opened = new CopyOnWriteArrayList<>();
    SharedSource shared = new SharedSource(() -> {
      Folder folder = new Folder(onDisk);
      folder.answer.countDown();
      opened.add(folder);
      return folder;
    }, loads);
    assertThat(shared.view().calendar().issues()).containsExactly(DAY);
    onDisk.add(NEXT);
    assertThat(shared.view().calendar().issues()).containsExactly(DAY); // opened once
    shared.refresh();
    assertThat(shared.view().calendar().issues()).containsExactly(DAY, NEXT);
    assertThat(shared.view().edition(NEXT).date()).isEqualTo(NEXT);
    assertThat(opened).hasSize(2);
    assertThat(opened.get(0).closed.getCount()).isZero();
    assertThat(opened.get(1).closed.getCount()).isOne();
  }

  @Test
  void anOpeningOlderThanItsAgeIsOpenedAgainAsideAndAFailedOneKeepsTheOld() throws Exception {
    AtomicLong now = new AtomicLong();
    List<LocalDate> onDisk = new CopyOnWriteArrayList<>(List.of(DAY));
    AtomicInteger opens = new AtomicInteger();
    List<Folder> opened = new CopyOnWriteArrayList<>();
    SharedSource shared = new SharedSource(() -> {
      if (opens.incrementAndGet() == 2) {
        throw new TermpaperException("the site is down");
      }
      Folder folder = new Folder(onDisk);
      opened.add(folder);
      return folder;
    }, loads, now::get, Duration.ofMinutes(15));
    assertThat(shared.view().calendar().issues()).containsExactly(DAY);
    onDisk.add(NEXT);
    now.set(Duration.ofMinutes(14).toNanos());
    assertThat(shared.view().calendar().issues()).containsExactly(DAY);
    assertThat(opens.get()).isOne();
    now.set(Duration.ofMinutes(15).toNanos());
    assertThat(shared.view().calendar().issues()).containsExactly(DAY); // reopening aside
    shared.reopening().get(10, TimeUnit.SECONDS);
    assertThat(opens.get()).isEqualTo(2); // it failed: the old opening serves another age
    assertThat(shared.view().calendar().issues()).containsExactly(DAY);
    now.set(Duration.ofMinutes(30).toNanos());
    shared.view().calendar();
    shared.reopening().get(10, TimeUnit.SECONDS);
    assertThat(shared.view().calendar().issues()).containsExactly(DAY, NEXT);
    assertThat(opens.get()).isEqualTo(3);
    assertThat(opened.get(0).closed.getCount()).isZero();
  }

  @Test
  void theOpeningInUseIsClosedOnlyWhenItsReadEnds() throws Exception {
    Folder first = new Folder(List.of(DAY));
    SharedSource shared = new SharedSource(() -> first, loads);
    CompletableFuture<Edition> reading =
        CompletableFuture.supplyAsync(() -> shared.view().edition(DAY), readers);
    assertThat(first.asked.await(10, TimeUnit.SECONDS)).isTrue();
    shared.close();
    assertThat(first.closed.getCount()).isOne();
    first.answer.countDown();
    assertThat(reading.get(10, TimeUnit.SECONDS).date()).isEqualTo(DAY);
    assertThat(first.closed.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aReadWhoseOnlyReaderLeftBeforeItStartedNeverRuns() throws Exception {
    Folder folder = new Folder(List.of(DAY, NEXT));
    SharedSource shared = new SharedSource(() -> folder, loads);
    CompletableFuture<Edition> busy =
        CompletableFuture.supplyAsync(() -> shared.view().edition(DAY), readers);
    assertThat(folder.asked.await(10, TimeUnit.SECONDS)).isTrue(); // the one load thread is busy
    Thread leaving = new Thread(() -> {
      try {
        shared.view().edition(NEXT);
      } catch (TermpaperException expected) {
        // interrupted: the reader left
      }
    });
    leaving.start();
    while (shared.waiters(NEXT) < 1) {
      Thread.onSpinWait();
    }
    leaving.interrupt();
    leaving.join(10_000);
    assertThat(shared.waiters(NEXT)).isZero();
    folder.answer.countDown();
    assertThat(busy.get(10, TimeUnit.SECONDS).date()).isEqualTo(DAY);
    loads.shutdown();
    assertThat(loads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    assertThat(folder.read).containsExactly(DAY);
  }

  @Test
  void aRunningReadWhoseLastReaderLeftIsInterrupted() throws Exception {
    Folder folder = new Folder(List.of(DAY));
    SharedSource shared = new SharedSource(() -> folder, loads);
    Thread leaving = new Thread(() -> {
      try {
        shared.view().edition(DAY);
      } catch (TermpaperException expected) {
        // interrupted: the reader left
      }
    });
    leaving.start();
    assertThat(folder.asked.await(10, TimeUnit.SECONDS)).isTrue();
    leaving.interrupt();
    assertThat(folder.interrupted.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void readsPastTheQueueAreRefusedWithOneLine() throws Exception {
    Folder folder = new Folder(List.of(DAY));
    SharedSource shared = new SharedSource(() -> folder, loads);
    LocalDate[] days = {DAY, NEXT, NEXT.plusDays(1)};
    readers.submit(() -> shared.view().edition(days[0]));
    assertThat(folder.asked.await(10, TimeUnit.SECONDS)).isTrue();
    readers.submit(() -> shared.view().edition(days[1])); // queued: the queue holds one
    while (shared.waiters(days[1]) < 1) {
      Thread.onSpinWait();
    }
    assertThatThrownBy(() -> shared.view().edition(days[2]))
        .isInstanceOf(TermpaperException.class)
        .hasMessage("the station is busy reading other issues: try again soon");
    folder.answer.countDown();
  }

  @Test
  void closingNeverWaitsForAnOpeningThatHangs() throws Exception {
    CountDownLatch opening = new CountDownLatch(1);
    CountDownLatch siteBack = new CountDownLatch(1);
    Folder late = new Folder(List.of(DAY));
    SharedSource shared = new SharedSource(() -> {
      opening.countDown();
      try {
        siteBack.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return late;
    }, loads);
    CompletableFuture<IssueCalendar> hanging =
        CompletableFuture.supplyAsync(() -> shared.view().calendar(), readers);
    assertThat(opening.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture.runAsync(shared::close, readers).get(10, TimeUnit.SECONDS);
    assertThatThrownBy(() -> shared.view().calendar()).hasMessage("the station is stopping");
    siteBack.countDown();
    hanging.get(10, TimeUnit.SECONDS);
    assertThat(late.closed.await(10, TimeUnit.SECONDS)).isTrue();
  }
}
