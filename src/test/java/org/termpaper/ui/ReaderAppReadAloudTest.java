package org.termpaper.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Edition;
import org.termpaper.model.IssueCalendar;
import org.termpaper.source.EditionSource;
import org.termpaper.source.Progress;
import org.termpaper.speech.SpeechSetup;
import org.termpaper.ui.nav.KeyMap;
import org.termpaper.ui.nav.Prefetch;
import org.termpaper.ui.term.Palette;

/** The a key through the whole UI loop, with a stand-in engine (a shell script). */
class ReaderAppReadAloudTest {
  @TempDir
  Path dir;

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

  private static UiSettings settings(SpeechSetup speech) {
    return new UiSettings(KeyMap.defaults(), Texts.of("en"), Palette.COLOR, UiHarness.WIDTH,
        Link.ONLINE, Prefetch.BOTH, speech);
  }

  private UiHarness ui(SpeechSetup speech) throws IOException {
    return new UiHarness(Source::new, Downloads.NONE, ArchiveAccess.NONE, settings(speech),
        Fixtures.DAY);
  }

  /** A stand-in that writes its input to {@code heard}, its pid to a FIFO, then waits. */
  private SpeechSetup waitingEngine(Path heard, Path fifo) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
    Path script = dir.resolve("engine");
    Files.writeString(script, "#!/bin/sh\ncat >> \"$1\"\necho $$ > \"$2\"\nexec sleep 600\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return SpeechSetup.of(Optional.of("'" + script + "' " + heard + " " + fifo),
        Map.of("PATH", "/usr/bin:/bin"));
  }

  private static boolean running(long pid) throws IOException {
    Path stat = Path.of("/proc/" + pid + "/stat");
    if (!Files.exists(stat)) {
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
    String text = Files.readString(stat);
    char state = text.charAt(text.lastIndexOf(')') + 2);
    return state != 'Z' && state != 'X';
  }

  @Test
  void aReadsTheOpenArticleTheStatusLineSaysWhereAndAAgainEndsTheEngine() throws Exception {
    Path heard = dir.resolve("heard.txt");
    Path fifo = dir.resolve("pid");
    try (UiHarness ui = ui(waitingEngine(heard, fifo))) {
      ui.until("第04版 副刊");
      ui.type("n");
      ui.until("前三季度我市经济稳中有进");
      ui.type("a");
      long pid = Long.parseLong(Files.readString(fifo).strip());
      assertThat(Files.readString(heard)).isEqualTo("前三季度我市经济稳中有进\n");
      String screen = ui.until("reading aloud: title");
      assertThat(screen).contains("Reading \"前三季度我市经济稳中有进\" aloud (a or Esc stops).");
      assertThat(running(pid)).isTrue();
      ui.type("a");
      screen = ui.until("Stopped reading aloud.");
      assertThat(screen).doesNotContain("reading aloud:");
      assertThat(running(pid)).as("the engine").isFalse();
    }
  }

  @Test
  void quittingEndsTheEngine() throws Exception {
    Path fifo = dir.resolve("pid");
    long pid;
    try (UiHarness ui = ui(waitingEngine(dir.resolve("heard.txt"), fifo))) {
      ui.until("第04版 副刊");
      ui.type("na");
      pid = Long.parseLong(Files.readString(fifo).strip());
      assertThat(running(pid)).isTrue();
    }
    assertThat(running(pid)).as("the engine after the reader quit").isFalse();
  }

  @Test
  void withNoEngineOnThePathASaysSoInOneLineNamingTheConfigKey() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("bin"));
    SpeechSetup none = SpeechSetup.of(Optional.empty(), Map.of("PATH", empty.toString()));
    try (UiHarness ui = ui(none)) {
      ui.until("第04版 副刊");
      ui.type("na");
      String screen = ui.until("No speech engine found");
      assertThat(screen).contains("No speech engine found (espeak-ng, spd-say, say): set "
          + "read-aloud in the config");
    }
  }

  @Test
  void overSshASaysTheSoundWouldPlayOnTheOtherMachineAndRunsNothing() throws Exception {
    Path heard = dir.resolve("heard.txt");
    SpeechSetup engine = waitingEngine(heard, dir.resolve("pid"));
    SpeechSetup remote = SpeechSetup.of(Optional.of(String.join(" ", engine.engine().command())),
        Map.of("SSH_CONNECTION", "192.0.2.1 50000 192.0.2.2 22"));
    try (UiHarness ui = ui(remote)) {
      ui.until("第04版 副刊");
      ui.type("na");
      ui.until("This terminal is on another machine: the sound would play there");
    }
    assertThat(heard).doesNotExist();
  }
}
