package org.termpaper.bench;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.termpaper.model.Edition;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import org.termpaper.source.feed.FeedDocuments;
import org.termpaper.source.feed.FeedSource;
import org.termpaper.ui.FrameDriver;

/**
 * What one key costs the UI on the bundled sample at 80x24, as a station's reader session pays
 * it per key: bytes allocated (the garbage that makes the station's young collections) and CPU
 * time of the frame after {@code n} and after {@code p} in turn, medians over many keys after a
 * warm-up. Run by {@code bench/frame-garbage}; not a test.
 */
public final class FrameGarbage {
  private FrameGarbage() {}

  public static void main(String[] args) {
    int keys = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    EditionSource sample = new FeedSource(
        FeedDocuments.classpath("bundled:sample", "/org/termpaper/sample/", List.of()), null);
    Edition edition = sample.newest(Progress.NONE);
    FrameDriver ui = new FrameDriver(80, 24, "zh");
    ui.open(edition, sample.calendar());
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    for (int i = 0; i < keys; i++) {
      ui.key(i % 2 == 0 ? "n" : "p"); // warm-up: the JIT has compiled the frame's path after it
    }
    List<Long> bytes = new ArrayList<>();
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < keys; i++) {
      long allocated = threads.getThreadAllocatedBytes(self);
      long cpu = threads.getCurrentThreadCpuTime();
      ui.key(i % 2 == 0 ? "n" : "p");
      nanos.add(threads.getCurrentThreadCpuTime() - cpu);
      bytes.add(threads.getThreadAllocatedBytes(self) - allocated);
    }
    Collections.sort(bytes);
    Collections.sort(nanos);
    System.out.printf("per n/p frame at 80x24 (%d keys): allocated median %6.1f KB, "
        + "CPU median %5.2f ms, p90 %5.2f ms%n", keys, bytes.get(keys / 2) / 1e3,
        nanos.get(keys / 2) / 1e6, nanos.get(keys * 9 / 10) / 1e6);
  }
}
