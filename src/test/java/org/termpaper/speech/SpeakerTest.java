package org.termpaper.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Article;
import org.termpaper.model.Figure;
import org.termpaper.speech.SpokenText.Part;
import org.termpaper.speech.SpokenText.Segment;

/**
 * The speaker with a stand-in engine: a shell script that writes its standard input to a file,
 * or that waits, to be stopped. Shell syntax in an article stays text, and so do the engines'
 * in-band commands (Speech Dispatcher's {@code !-!} lines, macOS's {@code [[ ]]}).
 */
class SpeakerTest {
  @TempDir
  Path dir;

  @BeforeAll
  static void needsAPosixShell() {
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
  }

  /** Listens to a reading: the parts spoken, and how it ended. */
  private static final class Heard implements Speaker.Listener {
    final List<Segment> spoken = Collections.synchronizedList(new ArrayList<>());
    final CompletableFuture<String> end = new CompletableFuture<>();

    @Override
    public void speaking(Segment segment) {
      spoken.add(segment);
    }

    @Override
    public void ended(String failure) {
      end.complete(failure == null ? "done" : failure);
    }
  }

  private Article hostile() {
    Path marker = dir.resolve("pwned");
    return new Article("a1", null, "引题", "标题\u001b[31m红\u0007", "副题", "记者 王小明",
        List.of("\u3000\u3000第一段 $(touch " + marker + "1) 和 `touch " + marker + "2`; touch "
            + marker + "3 | cat",
            "第二段\u009b31m。", "!-!SET SELF VOLUME -100 [[volm 0]]"),
        List.of(new Figure(null, "资料照片\u202e"), new Figure("p.jpg", null)));
  }

  @Test
  void theEngineGetsTheCleanTextInReadingOrderAndShellSyntaxStaysText() throws Exception {
    Path heard = dir.resolve("heard.txt");
    Path engine = StandInEngine.script(dir, "engine", "cat >> \"$1\"\necho '<end>' >> \"$1\"\n");
    Heard listener = new Heard();
    try (Speaker speaker = StandInEngine.speaker(engine, heard.toString())) {
      speaker.start(SpokenText.of(hostile()), listener);
      assertThat(listener.end.get(30, TimeUnit.SECONDS)).isEqualTo("done");
    }
    String text = Files.readString(heard);
    Path marker = dir.resolve("pwned");
    assertThat(text).isEqualTo("引题\n标题红\n副题\n记者 王小明\n<end>\n"
        + "资料照片\n<end>\n"
        + "第一段 $(touch " + marker + "1) 和 `touch " + marker + "2`; touch " + marker
        + "3 | cat\n<end>\n"
        + "第二段。\n<end>\n"
        + " !-!SET SELF VOLUME -100 [ [volm 0]]\n<end>\n");
    assertThat(text.chars().filter(c -> c != '\n')
        .filter(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT))
        .isEmpty();
    for (int i = 1; i <= 3; i++) {
      assertThat(dir.resolve("pwned" + i)).doesNotExist();
    }
    assertThat(listener.spoken).extracting(Segment::part, Segment::number, Segment::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Part.TITLE, 1, 1),
            org.assertj.core.groups.Tuple.tuple(Part.CAPTION, 1, 1),
            org.assertj.core.groups.Tuple.tuple(Part.PARAGRAPH, 1, 3),
            org.assertj.core.groups.Tuple.tuple(Part.PARAGRAPH, 2, 3),
            org.assertj.core.groups.Tuple.tuple(Part.PARAGRAPH, 3, 3));
  }

  @Test
  void stoppingEndsTheEngineAndEveryProcessItStarted() throws Exception {
    Path fifo = fifo();
    Path engine = StandInEngine.script(dir, "engine",
        "cat > /dev/null\nsleep 600 &\necho \"$$ $!\" > \"$1\"\nwait\n");
    Heard listener = new Heard();
    try (Speaker speaker = StandInEngine.speaker(engine, fifo.toString())) {
      speaker.start(SpokenText.of(hostile()), listener);
      long[] pids = pids(fifo);
      assertThat(StandInEngine.running(pids[0])).isTrue();
      assertThat(StandInEngine.running(pids[1])).isTrue();

      speaker.stop();

      assertThat(StandInEngine.running(pids[0])).as("the engine").isFalse();
      assertThat(StandInEngine.running(pids[1])).as("the engine's child").isFalse();
      assertThat(listener.spoken).hasSize(1);
    }
  }

  @Test
  void closingTheSpeakerEndsTheEngineToo() throws Exception {
    Path fifo = fifo();
    Path engine = StandInEngine.script(dir, "engine",
        "cat > /dev/null\necho \"$$ $$\" > \"$1\"\nexec sleep 600\n");
    Speaker speaker = StandInEngine.speaker(engine, fifo.toString());
    speaker.start(SpokenText.of(hostile()), new Heard());
    long pid = pids(fifo)[0];
    speaker.close();
    assertThat(StandInEngine.running(pid)).isFalse();
  }

  @Test
  void anEngineThatFailsEndsTheReadingWithItsExitStatus() throws Exception {
    Path engine = StandInEngine.script(dir, "engine", "cat > /dev/null\necho oops >&2\nexit 3\n");
    Heard listener = new Heard();
    try (Speaker speaker = StandInEngine.speaker(engine)) {
      speaker.start(SpokenText.of(hostile()), listener);
      assertThat(listener.end.get(30, TimeUnit.SECONDS)).isEqualTo("engine exited with status 3");
    }
    assertThat(listener.spoken).hasSize(1);
  }

  private Path fifo() throws IOException, InterruptedException {
    Path fifo = dir.resolve("pids");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo");
    return fifo;
  }

  /** The two process ids the stand-in writes once it runs; blocks until it has. */
  private static long[] pids(Path fifo) throws IOException {
    String[] words = Files.readString(fifo).strip().split(" ");
    return new long[] {Long.parseLong(words[0]), Long.parseLong(words[1])};
  }
}
