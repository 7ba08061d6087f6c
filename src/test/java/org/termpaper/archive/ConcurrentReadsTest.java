package org.termpaper.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Edition;
import org.termpaper.testing.Editions;

/**
 * The archive answers a load while a search and a store are each held inside their work: the
 * search on its reader, the store inside its write transaction with the rows written.
 * Latches hold them; the only timeout is the bound after which a blocked load counts as failed.
 */
class ConcurrentReadsTest {
  private static final LocalDate OLD = LocalDate.of(2022, 7, 13);
  private static final LocalDate NEW = LocalDate.of(2022, 7, 14);

  @TempDir
  Path dir;

  private final CountDownLatch searching = new CountDownLatch(1);
  private final CountDownLatch manySearching = new CountDownLatch(Connections.MAX_READERS - 1);
  private final CountDownLatch storing = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicBoolean hold = new AtomicBoolean();
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    release.countDown();
    pool.shutdownNow();
  }

  private void reached(String what) {
    if (!hold.get()) {
      return;
    }
    if (what.equals("search")) {
      searching.countDown();
      manySearching.countDown();
    } else if (what.equals("store")) {
      storing.countDown();
    } else {
      return;
    }
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aLoadIsAnsweredWhileASearchAndAStoreAreRunning() throws Exception {
    try (Archive archive = Archive.open(dir.resolve(Archive.FILE_NAME), Schema.current(),
        Clock.systemUTC(), this::reached)) {
      Edition old = Editions.generate(OLD, 2, 3);
      archive.store(old, List.of());
      String word = old.pages().get(0).articles().get(0).title();
      hold.set(true);

      Future<List<SearchHit>> search = pool.submit(() -> archive.search(SearchQuery.of(word)));
      assertThat(searching.await(30, TimeUnit.SECONDS)).isTrue();
      Future<?> store = pool.submit(() -> archive.store(Editions.generate(NEW, 2, 3), List.of()));
      assertThat(storing.await(30, TimeUnit.SECONDS)).isTrue();

      Future<Edition> load = pool.submit(() -> archive.edition("tpdaily", OLD).orElseThrow());
      assertThat(load.get(30, TimeUnit.SECONDS)).isEqualTo(old);
      // The store's transaction is open: readers see the archive as it was before it.
      assertThat(pool.submit(() -> archive.status("tpdaily", NEW)).get(30, TimeUnit.SECONDS))
          .isEmpty();
      assertThat(search.isDone()).isFalse();
      assertThat(store.isDone()).isFalse();

      release.countDown();
      assertThat(search.get(30, TimeUnit.SECONDS)).isNotEmpty()
          .allMatch(hit -> hit.date().equals(OLD));
      store.get(30, TimeUnit.SECONDS);
      assertThat(archive.status("tpdaily", NEW)).isPresent();
    }
  }

  @Test
  void searchesNeverTakeTheLastReaderFromLoads() throws Exception {
    try (Archive archive = Archive.open(dir.resolve(Archive.FILE_NAME), Schema.current(),
        Clock.systemUTC(), this::reached)) {
      Edition old = Editions.generate(OLD, 2, 3);
      archive.store(old, List.of());
      String word = old.pages().get(0).articles().get(0).title();
      hold.set(true);

      List<Future<List<SearchHit>>> searches = new ArrayList<>();
      for (int i = 0; i < Connections.MAX_READERS + 1; i++) {
        searches.add(pool.submit(() -> archive.search(SearchQuery.of(word))));
      }
      assertThat(manySearching.await(30, TimeUnit.SECONDS)).isTrue();

      assertThat(pool.submit(() -> archive.edition("tpdaily", OLD)).get(30, TimeUnit.SECONDS))
          .contains(old);
      release.countDown();
      for (Future<List<SearchHit>> search : searches) {
        assertThat(search.get(30, TimeUnit.SECONDS)).isNotEmpty();
      }
    }
  }
}
