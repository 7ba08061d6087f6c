package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import org.termpaper.ui.term.Size;

/**
 * A reader runs on the streams it is given and, when it ends, leaves nothing running: a station
 * runs many readers one after another in one process.
 */
class ReaderAppLifecycleTest {
  private static final int READERS = 200;

  /** Gives every issue at once. */
  private static final class Source implements EditionSource {
    @Override
    public String location() {
      return "fixture";
    }

    @Override
    public IssueCalendar calendar() {
      return Fixtures.CALENDAR;
    }

    @Override
    public Edition edition(LocalDate date, Progress progress) {
      return Fixtures.edition(date);
    }
  }

  private static String run(InputStream in) throws InterruptedException {
    ReaderApp app = new ReaderApp(UiHarness.settings(), Source::new, Downloads.NONE,
        ArchiveAccess.NONE, in, OutputStream.nullOutputStream(), () -> new Size(80, 24),
        new TerminalLock());
    return app.run(Fixtures.DAY);
  }

  /** One reader on a pipe that stays open, left with {@code q}. */
  private static void readAndQuit() throws Exception {
    PipedOutputStream keys = new PipedOutputStream();
    PipedInputStream in = new PipedInputStream(keys);
    keys.write('q');
    keys.flush();
    assertThat(run(in)).isNull();
  }

  private static List<Thread> ours() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("termpaper-")).toList();
  }

  @Test
  void readersOneAfterAnotherLeaveNoThreadBehind() throws Exception {
    readAndQuit(); // the first reader of the process warms ICU up; the others do not
    List<Thread> before = ours();
    for (int i = 0; i < READERS; i++) {
      readAndQuit();
    }
    // A reader gives each of its threads a second to end; a loaded machine may take longer, so
    // the ones still ending are awaited (ten seconds in all only turn a leak into a failure).
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    for (Thread thread : ours()) {
      if (!before.contains(thread)) {
        thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(giveUp - System.nanoTime())));
      }
    }
    List<Thread> after = ours();
    assertThat(after).as("threads of ours alive: %d before %d readers, %d after them",
        before.size(), READERS, after.size()).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void aReaderWhoseInputFailsEndsSayingWhy() throws Exception {
    CountDownLatch read = new CountDownLatch(1);
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        read.countDown();
        throw new IOException("Input/output error");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return read();
      }
    };
    assertThat(run(failing)).isEqualTo("cannot read the keys: IOException: Input/output error");
    assertThat(read.getCount()).isZero();
  }

  @Test
  void aReaderWhoseInputEndsEndsWithoutAReason() throws Exception {
    assertThat(run(InputStream.nullInputStream())).isNull();
  }

  @Test
  void aReaderClosesTheInputItWasGiven() throws Exception {
    PipedOutputStream keys = new PipedOutputStream();
    PipedInputStream in = new PipedInputStream(keys);
    keys.write('q');
    keys.flush();
    Supplier<Boolean> closed = () -> {
      try {
        keys.write('x');
        return false;
      } catch (IOException e) {
        return true;
      }
    };
    assertThat(run(in)).isNull();
    assertThat(closed.get()).as("the pipe is closed at its reading end").isTrue();
  }
}
