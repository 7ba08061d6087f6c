package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.termpaper.source.EditionSource;
import org.termpaper.text.ColumnWidth;
import org.termpaper.ui.nav.KeyMap;
import org.termpaper.ui.nav.Prefetch;
import org.termpaper.ui.term.AnsiReplay;
import org.termpaper.ui.term.Palette;
import org.termpaper.ui.term.Size;

/**
 * The whole UI loop ({@link ReaderApp}) on its own thread, keys typed into a pipe and each frame
 * replayed on {@link AnsiReplay}, so that a test waits for what a reader would see rather than
 * for time. Closing it presses Ctrl-C and waits for the loop to end.
 */
final class UiHarness implements AutoCloseable {
  static final ColumnWidth WIDTH = new ColumnWidth(false);
  private static final int COLUMNS = 100;
  private static final int ROWS = 24;

  private final BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
  private final AnsiReplay terminal = new AnsiReplay(WIDTH, COLUMNS, ROWS);
  private final PipedOutputStream keys = new PipedOutputStream();
  private final Thread ui;
  private String last = "";
  private final java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();

  /** Runs the UI in English on {@code source}, opening {@code date} (the newest when null). */
  UiHarness(Supplier<EditionSource> source, Downloads downloads, ArchiveAccess archive,
      UiSettings settings, LocalDate date) throws IOException {
    this(source, downloads, archive, PictureBytes.NONE, settings, date);
  }

  /** As above, with the {@code i} key's pictures read from {@code pictures}. */
  UiHarness(Supplier<EditionSource> source, Downloads downloads, ArchiveAccess archive,
      PictureBytes pictures, UiSettings settings, LocalDate date) throws IOException {
    PipedInputStream in = new PipedInputStream(keys);
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
    ReaderApp app = new ReaderApp(settings, source, downloads, archive, pictures, in, out,
        () -> new Size(COLUMNS, ROWS), new TerminalLock());
    ui = new Thread(() -> {
      try {
        app.run(date);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "ui-harness");
    ui.start();
  }

  /** The settings of the tests: default keys, English, colour, online. */
  static UiSettings settings() {
    return new UiSettings(KeyMap.defaults(), Texts.of("en"), Palette.COLOR, WIDTH, Link.ONLINE,
        Prefetch.BOTH);
  }

  /** Every byte the UI has written and the harness has taken so far. */
  String sent() {
    return sent.toString(StandardCharsets.UTF_8);
  }

  /** Takes frames until the screen shows {@code text}; returns the screen. */
  String until(String text) throws InterruptedException {
    return until(screen -> screen.contains(text), text);
  }

  /** Takes frames until the screen satisfies {@code seen}; returns the screen. */
  String until(Predicate<String> seen, String what) throws InterruptedException {
    while (!seen.test(last)) {
      byte[] frame = frames.poll(20, TimeUnit.SECONDS);
      assertThat(frame).as("a frame showing " + what + " after:\n" + last).isNotNull();
      sent.writeBytes(frame);
      terminal.play(frame);
      StringBuilder screen = new StringBuilder();
      for (int r = 0; r < ROWS; r++) {
        screen.append(terminal.row(r)).append('\n');
      }
      last = screen.toString();
    }
    return last;
  }

  void type(String bytes) throws IOException {
    keys.write(bytes.getBytes(StandardCharsets.UTF_8));
    keys.flush();
  }

  /** True while the UI loop runs. */
  boolean running() {
    return ui.isAlive();
  }

  @Override
  public void close() throws Exception {
    try {
      type("\u0003");
    } catch (IOException gone) {
      // the loop has ended and closed its end of the pipe
    }
    ui.join(20_000);
    assertThat(ui.isAlive()).as("the UI loop ended").isFalse();
  }
}
