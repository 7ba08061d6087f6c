package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
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

/**
 * Runs the whole UI loop on a pipe and checks the bytes a terminal would receive, frame by
 * frame: no NUL, no C1 control, no bare C0 control, {@code 𠮷} as its four UTF-8 bytes, and
 * every frame drawn within the width (replayed on {@link AnsiReplay}).
 */
class ReaderAppBytesTest {
  private static final ColumnWidth WIDTH = new ColumnWidth(false);

  /** Each write of the UI is one frame; the test waits for frames, not for time. */
  private static final class Frames extends OutputStream {
    final BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
    final List<byte[]> all = new ArrayList<>();

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      byte[] frame = Arrays.copyOfRange(b, off, off + len);
      synchronized (all) {
        all.add(frame);
      }
      frames.add(frame);
    }
  }

  private static final class FixtureSource implements EditionSource {
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
      progress.step("fixture", 1, 1);
      return Fixtures.edition(date);
    }
  }

  private final Frames out = new Frames();
  private final AnsiReplay terminal = new AnsiReplay(WIDTH, 80, 24);

  /** Takes frames until one holds the text a reader would see, replaying each. */
  private String until(Predicate<String> seen) throws InterruptedException {
    String last = "";
    while (true) {
      byte[] frame = out.frames.poll(20, TimeUnit.SECONDS);
      assertThat(frame).as("a frame after:\n" + last).isNotNull();
      terminal.play(frame);
      StringBuilder screen = new StringBuilder();
      for (int r = 0; r < 24; r++) {
        screen.append(terminal.row(r)).append('\n');
      }
      last = screen.toString();
      if (seen.test(last)) {
        return last;
      }
    }
  }

  @Test
  void whatTheTerminalReceivesIsCleanUtf8WithinTheWidth() throws Exception {
    PipedOutputStream keys = new PipedOutputStream();
    PipedInputStream in = new PipedInputStream(keys);
    UiSettings settings = new UiSettings(KeyMap.defaults(), Texts.of("en"), Palette.COLOR,
        WIDTH, Link.ONLINE, Prefetch.BOTH);
    ReaderApp app = new ReaderApp(settings, FixtureSource::new, Downloads.NONE,
        ArchiveAccess.NONE, in, out,
        () -> new Size(80, 24), new TerminalLock());
    Thread ui = new Thread(() -> {
      try {
        app.run(Fixtures.DAY);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    ui.start();
    until(s -> s.contains("第04版 副刊"));
    type(keys, "]]n");
    String article = until(s -> s.contains("𠮷野家"));
    assertThat(article).contains("［图］ 资料照片").contains("article 3 of 4");
    type(keys, "j");
    until(s -> !s.contains("引题：城市更新"));
    type(keys, "c");
    until(s -> s.contains("July 2022"));
    type(keys, "\u001b[C\r");
    until(s -> s.contains("No issue on 2022-07-15"));
    type(keys, "\u001b?");
    until(s -> s.contains("Keys (j k Space scroll"));
    type(keys, "q\u0003");
    ui.join(20_000);
    assertThat(ui.isAlive()).isFalse();

    byte[] sent = concat(out.all);
    assertThat(sent).doesNotContain(0);
    for (int i = 0; i < sent.length; i++) {
      int b = sent[i] & 0xff;
      assertThat(b < 0x20 && b != 0x1b).as("bare C0 control %02x at %d", b, i).isFalse();
    }
    String text = new String(sent, StandardCharsets.UTF_8);
    assertThat(text.codePoints().filter(cp -> cp >= 0x80 && cp < 0xa0)).as("C1 controls")
        .isEmpty();
    assertThat(sent).containsSequence(0xF0, 0xA0, 0xAE, 0xB7);
    assertThat(terminal.problems).as("text drawn past the width or unknown sequences").isEmpty();
    assertThat(text).endsWith("\u001b[?1049l");
  }

  private static void type(OutputStream keys, String bytes) throws IOException {
    keys.write(bytes.getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  private static byte[] concat(List<byte[]> frames) {
    synchronized (frames) {
      int size = frames.stream().mapToInt(f -> f.length).sum();
      byte[] all = new byte[size];
      int at = 0;
      for (byte[] frame : frames) {
        System.arraycopy(frame, 0, all, at, frame.length);
        at += frame.length;
      }
      return all;
    }
  }
}
