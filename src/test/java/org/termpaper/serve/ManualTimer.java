package org.termpaper.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A clock and timer moved by the test's hand: tasks run in the test's thread when
 * {@link #advance} reaches their time, never on their own. For tests.
 */
public final class ManualTimer extends Clock implements FetchTimer {
  private record Task(Instant due, long order, Runnable run) {}

  private final List<Task> tasks = new ArrayList<>();
  private Instant now;
  private long scheduled;
  private boolean stopped;

  public ManualTimer(Instant start) {
    this.now = start;
  }

  @Override
  public synchronized void schedule(Duration delay, Runnable task) {
    if (!stopped) {
      tasks.add(new Task(now.plus(delay), scheduled++, task));
    }
  }

  @Override
  public synchronized boolean stop(Duration deadline) {
    stopped = true;
    tasks.clear();
    return true;
  }

  /** Moves the time on by {@code by}, running every task that falls due, in order. */
  public void advance(Duration by) {
    synchronized (this) {
      now = now.plus(by);
    }
    for (Task next = nextDue(); next != null; next = nextDue()) {
      next.run().run();
    }
  }

  public synchronized int pending() {
    return tasks.size();
  }

  private synchronized Task nextDue() {
    Task first = tasks.stream().filter(t -> !t.due().isAfter(now))
        .min(Comparator.comparing(Task::due).thenComparing(Task::order)).orElse(null);
    tasks.remove(first);
    return first;
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("one zone, UTC");
  }
}
