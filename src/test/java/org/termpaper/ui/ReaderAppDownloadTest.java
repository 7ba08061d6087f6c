package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.termpaper.archive.EditionResult;
import org.termpaper.archive.FetchFailure;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import org.termpaper.text.ColumnWidth;
import org.termpaper.ui.nav.KeyMap;
import org.termpaper.ui.nav.Prefetch;
import org.termpaper.ui.term.AnsiReplay;
import org.termpaper.ui.term.Palette;
import org.termpaper.ui.term.Size;

/** The d key through the whole UI loop: the download runs off the UI thread and reports. */
class ReaderAppDownloadTest {
  private static final ColumnWidth WIDTH = new ColumnWidth(false);

  private final BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
  private final AnsiReplay terminal = new AnsiReplay(WIDTH, 100, 24);
  private final List<LocalDate> asked = new CopyOnWriteArrayList<>();

  @Test
  void dDownloadsTheIssueBeingReadAndSaysHowItWent() throws Exception {
    Downloads downloads = (date, step) -> {
      asked.add(date);
      step.parts(1, 2);
      step.parts(2, 2);
      return asked.size() == 1
          ? new EditionResult(date, EditionResult.Outcome.FETCHED, 4, 0, List.of())
          : new EditionResult(date, EditionResult.Outcome.PARTIAL, 4, 0, List.of(
              new FetchFailure(date, "02", "\"title\"", null, "HTTP 404")));
    };
    PipedOutputStream keys = new PipedOutputStream();
    PipedInputStream in = new PipedInputStream(keys);
    UiSettings settings = new UiSettings(KeyMap.defaults(), Texts.of("en"), Palette.COLOR,
        WIDTH, Link.ONLINE, Prefetch.BOTH);
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        frames.add(new byte[] {(byte) b});
      }

      @Override
      public void write(byte[] b, int off, int len) {
        frames.add(Arrays.copyOfRange(b, off, off + len));
      }
    };
    ReaderApp app = new ReaderApp(settings, Source::new, downloads, ArchiveAccess.NONE, in, out,
        () -> new Size(100, 24), new TerminalLock());
    Thread ui = new Thread(() -> {
      try {
        app.run(Fixtures.DAY);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    ui.start();
    until("第04版 副刊");
    type(keys, "d");
    until("Saved 2022-07-14 for offline reading: 4 articles.");
    type(keys, "d");
    until("Saved 2022-07-14 with 1 part missing");
    type(keys, "\u0003");
    ui.join(20_000);

    assertThat(ui.isAlive()).isFalse();
    assertThat(asked).containsExactly(Fixtures.DAY, Fixtures.DAY);
  }

  private void until(String text) throws InterruptedException {
    String last = "";
    while (!last.contains(text)) {
      byte[] frame = frames.poll(20, TimeUnit.SECONDS);
      assertThat(frame).as("a frame showing " + text + " after:\n" + last).isNotNull();
      terminal.play(frame);
      StringBuilder screen = new StringBuilder();
      for (int r = 0; r < 24; r++) {
        screen.append(terminal.row(r)).append('\n');
      }
      last = screen.toString();
    }
  }

  private static void type(OutputStream keys, String text) throws IOException {
    keys.write(text.getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

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
}
