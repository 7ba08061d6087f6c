package org.termpaper.source.founder;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.termpaper.net.Response;
import org.termpaper.source.Progress;

/** The crawl asks a host as many documents at a time as the profile says, up to its cap. */
class EditionCrawlTest {
  private static final int DOCUMENTS = 40;

  /**
   * A fetcher that holds each request until {@code wanted} are in flight together (at most
   * 20 s, so that a crawl that never gets there fails instead of hanging), and notes the most.
   */
  private static final class Gate {
    final CountDownLatch arrived;
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger most = new AtomicInteger();

    Gate(int wanted) {
      arrived = new CountDownLatch(wanted);
    }

    Response fetch(URI url) {
      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        arrived.countDown();
        arrived.await(20, TimeUnit.SECONDS);
        return new Response(url, "text/html", "<p>x</p>".getBytes());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } finally {
        inFlight.decrementAndGet();
      }
    }
  }

  private static void crawl(Gate gate, int connections) {
    try (EditionCrawl crawl = new EditionCrawl(new Documents(gate::fetch), connections,
        Progress.NONE)) {
      List<CompletableFuture<Documents.Text>> all = new ArrayList<>();
      for (int i = 0; i < DOCUMENTS; i++) {
        all.add(crawl.fetch(URI.create("http://e.example/html/content_" + i + ".htm"), null));
      }
      all.forEach(f -> crawl.await(f, "test"));
    }
  }

  @Test
  void eightConnectionsMeanEightRequestsAtATime() {
    Gate gate = new Gate(8);
    crawl(gate, 8);
    assertThat(gate.arrived.getCount()).as("requests that never met").isZero();
    assertThat(gate.most).hasValue(8);
  }

  @Test
  void aProfileAskingForMoreGetsTheCap() {
    try (EditionCrawl crawl = new EditionCrawl(new Documents(url -> null), 1000,
        Progress.NONE)) {
      assertThat(crawl.connections()).isEqualTo(EditionCrawl.MAX_CONNECTIONS);
    }
    Gate gate = new Gate(EditionCrawl.MAX_CONNECTIONS);
    crawl(gate, 40);
    assertThat(gate.most).hasValue(EditionCrawl.MAX_CONNECTIONS);
  }
}
