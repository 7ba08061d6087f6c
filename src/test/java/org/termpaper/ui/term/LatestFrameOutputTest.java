package org.termpaper.ui.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bounded output of a remote terminal, on a sink that blocks until the test lets it go. */
class LatestFrameOutputTest {
  private static final String FRAME = Screen.FRESH + "hello";

  /** A sink whose first write blocks until released, as a client that stopped reading. */
  static final class StuckSink extends OutputStream {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final ByteArrayOutputStream got = new ByteArrayOutputStream();

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      synchronized (got) {
        got.write(b, off, len);
      }
    }

    String text() {
      synchronized (got) {
        return got.toString(StandardCharsets.UTF_8);
      }
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aClientThatStopsReadingNeverBlocksTheWriterAndHoldsAtMostTheBound() throws Exception {
    StuckSink sink = new StuckSink();
    AtomicInteger redraws = new AtomicInteger();
    CountDownLatch redrawn = new CountDownLatch(1);
    LatestFrameOutput out = new LatestFrameOutput(sink, 4096, () -> {
      redraws.incrementAndGet();
      redrawn.countDown();
    }, "test-output");
    out.write(bytes(FRAME));
    assertThat(sink.entered.await(10, TimeUnit.SECONDS)).isTrue();
    byte[] diff = bytes("\u001b[1;1Hx".repeat(10));
    for (int i = 0; i < 10_000; i++) {
      out.write(diff); // the UI goes on drawing; nothing here may block
    }
    assertThat(out.queued()).isLessThanOrEqualTo(4096);
    assertThat(out.drops()).isEqualTo(1);
    sink.release.countDown();
    assertThat(redrawn.await(10, TimeUnit.SECONDS)).isTrue();
    out.write(bytes(Screen.FRESH + "latest"));
    out.close(10_000);
    assertThat(sink.text()).isEqualTo(FRAME + Screen.FRESH + "latest");
    assertThat(redraws.get()).isEqualTo(1);
  }

  @Test
  void whileDroppingOnlyAFreshFrameOrTheRestoreIsTaken() throws Exception {
    StuckSink sink = new StuckSink();
    LatestFrameOutput out = new LatestFrameOutput(sink, 4096, () -> { }, "test-output");
    out.write(bytes(FRAME));
    assertThat(sink.entered.await(10, TimeUnit.SECONDS)).isTrue();
    out.write(new byte[5000]); // past the bound: dropped, and the output waits for a redraw
    out.write(bytes("\u001b[2;1Hstale diff"));
    assertThat(out.queued()).isZero();
    out.write(bytes(Screen.RESTORE));
    sink.release.countDown();
    out.close(10_000);
    assertThat(sink.text()).isEqualTo(FRAME + Screen.RESTORE);
  }

  @Test
  void aFreshFrameReplacesFramesNotSentYet() throws Exception {
    StuckSink sink = new StuckSink();
    LatestFrameOutput out = new LatestFrameOutput(sink, 1 << 20, () -> { }, "test-output");
    out.write(bytes(FRAME));
    assertThat(sink.entered.await(10, TimeUnit.SECONDS)).isTrue();
    out.write(bytes("\u001b[3;1Hold"));
    out.write(bytes(Screen.FRESH + "new"));
    sink.release.countDown();
    out.close(10_000);
    assertThat(sink.text()).isEqualTo(FRAME + Screen.FRESH + "new");
  }

  @Test
  void theTerminalSetupWrittenBeforeTheFirstFrameSurvivesIt() throws Exception {
    StuckSink sink = new StuckSink();
    LatestFrameOutput out = new LatestFrameOutput(sink, 4096, () -> { }, "test-output");
    out.write(bytes("\u001b[?2004l"));
    assertThat(sink.entered.await(10, TimeUnit.SECONDS)).isTrue();
    String modes = "\u001b[?1049h\u001b[?25l\u001b[?7l";
    out.write(bytes(modes)); // the sink has not read these when the first frame comes
    out.write(bytes(FRAME));
    out.write(bytes(Screen.FRESH + "later")); // later frames replace frames, never the modes
    sink.release.countDown();
    out.close(10_000);
    assertThat(sink.text()).isEqualTo("\u001b[?2004l" + modes + Screen.FRESH + "later");
  }

  @Test
  void aClientThatNeverReadTheSetupStillGetsItAfterFramesWereDropped() throws Exception {
    StuckSink sink = new StuckSink();
    LatestFrameOutput out = new LatestFrameOutput(sink, 64, () -> { }, "test-output");
    out.write(bytes("x"));
    assertThat(sink.entered.await(10, TimeUnit.SECONDS)).isTrue();
    out.write(bytes("\u001b[?1049h"));
    out.write(bytes(FRAME));
    out.write(bytes("y".repeat(100))); // past the bound: the frame is dropped, the setup kept
    assertThat(out.drops()).isEqualTo(1);
    out.write(bytes(Screen.FRESH + "new"));
    sink.release.countDown();
    out.close(10_000);
    assertThat(sink.text()).isEqualTo("x\u001b[?1049h" + Screen.FRESH + "new");
  }
}
