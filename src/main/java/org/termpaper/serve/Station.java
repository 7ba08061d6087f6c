package org.termpaper.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.termpaper.model.TermpaperException;

/**
 * A running station: its services (HTTP, SSH) on one {@link StationContext}, and its scheduled
 * fetching. Starts them in order, stops them in the reverse order within a deadline, and logs
 * each step as one line. Thread-safe: {@link #stop} may come from a shutdown hook while another
 * thread waits in {@link #awaitStop}.
 */
public final class Station {
  private final StationContext context;
  private final List<StationService> services;
  private final FetchScheduler scheduler;
  private final List<StationService> started = new ArrayList<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private boolean stopping;

  /**
   * @param scheduler the fetching, or null for a station that only serves what is archived
   */
  public Station(StationContext context, List<StationService> services,
      FetchScheduler scheduler) {
    if (services.isEmpty()) {
      throw new IllegalArgumentException("a station needs at least one service");
    }
    this.context = context;
    this.services = List.copyOf(services);
    this.scheduler = scheduler;
  }

  /**
   * Starts every service, then the fetching; a service that cannot start (a port taken) stops
   * those started before it, and its failure is thrown.
   */
  public synchronized void start() {
    StationLog log = context.log();
    log.event("station", "serving " + String.join(", ", context.sources().keySet()) + " from "
        + context.archive().file());
    for (StationService service : services) {
      try {
        service.start(context);
      } catch (RuntimeException e) {
        stop(Duration.ofSeconds(2));
        throw e instanceof TermpaperException ? e
            : new TermpaperException(service.name() + " did not start: " + e.getMessage(), e);
      }
      started.add(service);
      log.event(service.name(), "listening on " + service.address());
    }
    if (scheduler != null) {
      scheduler.start();
    } else {
      log.event("fetch", "offline: no fetching; serving what the archive holds");
    }
  }

  /**
   * Stops the services (newest first) and the fetching within {@code deadline} in all; an
   * issue being written is finished or rolled back whole by the archive's transaction. Later
   * calls return at once.
   */
  public void stop(Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    List<StationService> running;
    synchronized (this) {
      if (stopping) {
        return;
      }
      stopping = true;
      running = new ArrayList<>(started);
    }
    context.log().event("station", "stopping");
    for (int i = running.size() - 1; i >= 0; i--) {
      StationService service = running.get(i);
      try {
        service.stop(left(end));
      } catch (RuntimeException e) {
        context.log().error(service.name(), "while stopping: " + e.getMessage());
      }
    }
    if (scheduler != null && !scheduler.stop(left(end))) {
      context.log().error("fetch", "still writing at the deadline; an unfinished issue is "
          + "rolled back, never kept half-written");
    }
    context.log().event("station", "stopped");
    stopped.countDown();
  }

  /** Waits until {@link #stop} has ended. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  private static Duration left(long end) {
    long nanos = end - System.nanoTime();
    return Duration.ofNanos(Math.max(0, nanos));
  }
}
