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
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.termpaper.archive.SearchHit;
import org.termpaper.model.ArticlePosition;
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

/** The all-issues search through the whole UI loop: the archive is read off the UI thread. */
class ReaderAppSearchTest {
  private static final ColumnWidth WIDTH = new ColumnWidth(false);
  private static final LocalDate JULY_13 = LocalDate.of(2022, 7, 13);

  private final BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
  private final AnsiReplay terminal = new AnsiReplay(WIDTH, 100, 24);
  private final List<String> searched = new CopyOnWriteArrayList<>();
  private PipedOutputStream keys;
  private Thread ui;

  /** Runs the UI on the fixture source with {@code archive}, on its own thread. */
  private void start(ArchiveAccess archive) throws IOException, InterruptedException {
    keys = new PipedOutputStream();
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
    ReaderApp app = new ReaderApp(settings, Source::new, Downloads.NONE, archive, in, out,
        () -> new Size(100, 24), new TerminalLock());
    ui = new Thread(() -> {
      try {
        app.run(Fixtures.DAY);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    ui.start();
    until("第04版 副刊");
  }

  @AfterEach
  void quit() throws Exception {
    type("\u0003");
    ui.join(20_000);
    assertThat(ui.isAlive()).isFalse();
  }

  /** An archive that finds the long article of 13 July, and records who asked. */
  private ArchiveAccess archive(boolean anything) {
    return new ArchiveAccess() {
      @Override
      public Optional<List<SearchHit>> search(String paperId, String text, int limit) {
        searched.add(Thread.currentThread().getName() + " " + paperId + " " + text + " " + limit);
        return anything ? Optional.of(List.of(new SearchHit(Fixtures.PAPER, JULY_13, "03", "淄博",
            new ArticlePosition(2, 0), "a3", "落实比倡议更重要", "…𠮷野家在老街开店…", 6, 2)))
            : Optional.empty();
      }

      @Override
      public Optional<Edition> edition(String paperId, LocalDate date) {
        return Optional.empty();
      }
    };
  }

  @Test
  void aResultInAnotherIssueIsListedThenOpenedThroughTheLoader() throws Exception {
    start(archive(true));
    type("/\t老街\r");
    until("> 2022-07-13  第03版 淄博  落实比倡议更重要");
    assertThat(searched).containsExactly("termpaper-search sample 老街 201");
    type("\r");
    String screen = until("示例晨报 2022-07-13 › 第03版 淄博 › 落实比倡议更重要");
    assertThat(screen).contains("Result 1 of 1 in all issues for \"老街\"");
    type("q");
    until("All archived issues, \"老街\": 1 result(s), newest first");
  }

  @Test
  void whenNothingIsArchivedTheStatusLineSaysHowToArchive() throws Exception {
    start(archive(false));
    type("/\t老街\r");
    until("Nothing of 示例晨报 is archived: press d or run termpaper fetch.");
  }

  @Test
  void withoutAnArchiveTheStatusLineSaysTheSearchCannotRun() throws Exception {
    start(ArchiveAccess.NONE);
    type("/\t老街\r");
    until("Cannot search the archive: there is no archive to search here");
  }

  private String until(String text) throws InterruptedException {
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
    return last;
  }

  private void type(String text) throws IOException {
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
