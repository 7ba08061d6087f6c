package org.termpaper.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.TermpaperException;

/** A station starts its services in order, stops them in reverse, once, and logs each step. */
class StationTest {
  @TempDir
  Path dir;
  private StationFixture fixture;
  private StationContext context;
  private final List<String> calls = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() {
    fixture = new StationFixture(dir);
    context = fixture.context(new ServedSource("tp", "bundled:sample", "bundled:sample"));
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  /** A service that records its calls and can be told to fail at start. */
  private StationService service(String name, boolean fails) {
    return new StationService() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void start(StationContext station) {
        calls.add("start " + name);
        if (fails) {
          throw new TermpaperException("cannot serve " + name + " on 127.0.0.1:1: taken");
        }
      }

      @Override
      public String address() {
        return "127.0.0.1:" + name.length();
      }

      @Override
      public void stop(Duration deadline) {
        calls.add("stop " + name);
      }
    };
  }

  @Test
  void startsInOrderAndStopsInReverseOnce() throws InterruptedException {
    Station station = new Station(context, List.of(service("http", false),
        service("ssh", false)), null);

    station.start();
    station.stop(Duration.ofSeconds(1));
    station.stop(Duration.ofSeconds(1));
    station.awaitStop();

    assertThat(calls).containsExactly("start http", "start ssh", "stop ssh", "stop http");
    assertThat(fixture.log()).contains("station serving tp from ", "http listening on "
        + "127.0.0.1:4", "ssh listening on 127.0.0.1:3", "offline: no fetching", "station "
        + "stopping", "station stopped");
    assertThat(fixture.log().lines().filter(l -> l.endsWith("station stopped"))).hasSize(1);
  }

  @Test
  void aServiceThatCannotStartStopsThoseBeforeItAndSaysWhy() {
    Station station = new Station(context, List.of(service("http", false),
        service("ssh", true)), null);

    assertThatThrownBy(station::start).isInstanceOf(TermpaperException.class)
        .hasMessage("cannot serve ssh on 127.0.0.1:1: taken");
    assertThat(calls).containsExactly("start http", "start ssh", "stop http");
  }

  @Test
  void stopEndsTheFetchingToo() {
    ManualTimer timer = new ManualTimer(Instant.parse("2026-12-06T20:00:00Z"));
    FetchScheduler scheduler = new FetchScheduler(context, Duration.ofHours(1), timer);
    Station station = new Station(context, List.of(service("http", false)), scheduler);

    station.start();
    station.stop(Duration.ofSeconds(1));

    assertThat(timer.pending()).isZero();
    timer.advance(Duration.ofHours(2));
    assertThat(fixture.log()).doesNotContain("fetch tp");
  }
}
