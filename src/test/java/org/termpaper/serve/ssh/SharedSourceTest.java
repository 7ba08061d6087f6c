package org.termpaper.serve.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import org.termpaper.testing.Editions;

/** One source for every session: each issue read once, however many readers ask at once. */
class SharedSourceTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
  private final ExecutorService loads = Executors.newFixedThreadPool(2);
  private final ExecutorService readers = Executors.newFixedThreadPool(3);

  @AfterEach
  void stop() {
    loads.shutdownNow();
    readers.shutdownNow();
  }

  /** A source that counts its reads and answers when the test lets it. */
  static final class Counting implements EditionSource {
    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger reads = new AtomicInteger();
    final CountDownLatch asked = new CountDownLatch(1);
    final CountDownLatch answer = new CountDownLatch(1);
    volatile boolean fail;

    @Override
    public String location() {
      return "test:counting";
    }

    @Override
    public IssueCalendar calendar() {
      return new IssueCalendar(Editions.PAPER, List.of(DAY));
    }

    @Override
    public Edition edition(LocalDate date, Progress progress) {
      reads.incrementAndGet();
      asked.countDown();
      try {
        answer.await();
      } catch (InterruptedException e) {
        throw new TermpaperException("interrupted");
      }
      if (fail) {
        throw new TermpaperException("the site is down");
      }
      progress.step("page", 1, 1);
      return Editions.generate(date, 1, 1);
    }
  }

  @Test
  void twoReadersOfOneIssueCostOneRead() throws Exception {
    Counting source = new Counting();
    SharedSource shared = new SharedSource(() -> {
      source.opened.incrementAndGet();
      return source;
    }, loads);
    AtomicInteger steps = new AtomicInteger();
    CompletableFuture<Edition> a = CompletableFuture.supplyAsync(
        () -> shared.view().edition(DAY, (w, d, t) -> steps.incrementAndGet()), readers);
    assertThat(source.asked.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Edition> b = CompletableFuture.supplyAsync(
        () -> shared.view().edition(DAY, (w, d, t) -> steps.incrementAndGet()), readers);
    source.answer.countDown();
    assertThat(a.get(10, TimeUnit.SECONDS)).isSameAs(b.get(10, TimeUnit.SECONDS));
    assertThat(shared.view().edition(DAY)).isSameAs(a.get());
    assertThat(source.reads.get()).isEqualTo(1);
    assertThat(source.opened.get()).isEqualTo(1);
  }

  @Test
  void aReaderWhoLeavesCancelsNobodyElsesWait() throws Exception {
    Counting source = new Counting();
    SharedSource shared = new SharedSource(() -> source, loads);
    Thread leaving = new Thread(() -> {
      try {
        shared.view().edition(DAY);
      } catch (TermpaperException expected) {
        // interrupted: this reader left
      }
    });
    leaving.start();
    assertThat(source.asked.await(10, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Edition> staying =
        CompletableFuture.supplyAsync(() -> shared.view().edition(DAY), readers);
    while (shared.waiters(DAY) < 2) {
      Thread.onSpinWait(); // until the second reader waits too: then the read is not dropped
    }
    leaving.interrupt();
    leaving.join(10_000);
    source.answer.countDown();
    assertThat(staying.get(10, TimeUnit.SECONDS).date()).isEqualTo(DAY);
    assertThat(source.reads.get()).isEqualTo(1);
  }

  @Test
  void aFailedReadIsTriedAgainByTheNextReader() throws Exception {
    Counting source = new Counting();
    source.fail = true;
    source.answer.countDown();
    SharedSource shared = new SharedSource(() -> source, loads);
    assertThatThrownBy(() -> shared.view().edition(DAY)).hasMessage("the site is down");
    source.fail = false;
    assertThat(shared.view().edition(DAY).date()).isEqualTo(DAY);
    assertThat(source.reads.get()).isEqualTo(2);
  }
}
