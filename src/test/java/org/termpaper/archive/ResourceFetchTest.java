package org.termpaper.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.net.Fetcher;
import org.termpaper.net.HttpSettings;

class ResourceFetchTest {
  private static final LocalDate DAY = LocalDate.of(2022, 7, 14);

  @StartStop
  final MockWebServer server = new MockWebServer();

  @TempDir
  Path dir;

  @Test
  void asksAsManyAtATimeAsTheConfiguredPerHostLimit() {
    int limit = 6;
    CountDownLatch allAsked = new CountDownLatch(limit);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        allAsked.countDown();
        // Holds each answer until the limit is reached, or long enough to say it never will.
        allAsked.await(3, TimeUnit.SECONDS);
        running.decrementAndGet();
        return new MockResponse.Builder().body("jpeg").build();
      }
    });
    List<ResourceFetch.Wanted> wanted = new ArrayList<>();
    for (int i = 0; i < 2 * limit; i++) {
      wanted.add(new ResourceFetch.Wanted(server.url("/p" + i + ".jpg").toString(),
          Resource.Kind.IMAGE, "01", "picture"));
    }
    HttpSettings settings = HttpSettings.defaults("test").withMaxPerHost(limit)
        .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30));

    List<StagedResource> kept;
    try (Fetcher fetcher = new Fetcher(settings);
        Archive archive = Archive.open(dir.resolve(Archive.FILE_NAME))) {
      ResourceFetch fetch = new ResourceFetch(fetcher, DAY, FetchListener.NONE);
      kept = fetch.stage(wanted, archive);
      assertThat(fetch.failures()).isEmpty();
    }

    assertThat(kept).hasSize(2 * limit).allMatch(r -> r.size() == 4);
    assertThat(most.get()).isEqualTo(limit);
  }
}
