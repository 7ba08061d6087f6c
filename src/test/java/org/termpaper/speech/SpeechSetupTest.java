package org.termpaper.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.model.Article;
import org.termpaper.model.Figure;

/** Which engine reads aloud, where it is looked for, and the text it is given. */
class SpeechSetupTest {
  @TempDir
  Path dir;

  private Path program(String name) throws Exception {
    Path file = Files.createDirectories(dir.resolve("bin")).resolve(name);
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }

  @Test
  void theConfiguredCommandIsSplitIntoWordsWithQuotesHoldingSpaces() {
    assertThat(Engine.parse("espeak-ng -v cmn").command()).containsExactly("espeak-ng", "-v",
        "cmn");
    assertThat(Engine.parse(" '/opt/my tts/bin/speak'  --voice \"zh CN\" ").command())
        .containsExactly("/opt/my tts/bin/speak", "--voice", "zh CN");
    assertThat(Engine.parse("say $(rm -rf ~); echo").command())
        .containsExactly("say", "$(rm", "-rf", "~);", "echo");
    assertThatThrownBy(() -> Engine.parse("speak 'open")).hasMessageContaining("unclosed '");
    assertThatThrownBy(() -> Engine.parse("  ")).hasMessageContaining("read-aloud");
  }

  @Test
  void theDefaultIsTheFirstOfEspeakSpdSayAndSayOnThePath() throws Exception {
    program("say");
    Map<String, String> env = Map.of("PATH", "/nonexistent:" + dir.resolve("bin"));
    SpeechSetup setup = SpeechSetup.of(Optional.empty(), env);
    assertThat(setup.engine().command()).containsExactly("say");
    assertThat(setup.program()).isEqualTo(dir.resolve("bin/say"));
    program("spd-say");
    assertThat(SpeechSetup.of(Optional.empty(), env).engine().command())
        .containsExactly("spd-say", "-w", "-e");
    program("espeak-ng");
    assertThat(SpeechSetup.of(Optional.empty(), env).engine().command())
        .containsExactly("espeak-ng", "-v", "cmn");
  }

  @Test
  void noEngineSaysWhatWasLookedFor() {
    SpeechSetup none = SpeechSetup.of(Optional.empty(), Map.of("PATH", dir.toString()));
    assertThat(none.engine()).isNull();
    assertThat(none.speaker()).isEmpty();
    assertThat(none.missing()).isEqualTo("espeak-ng, spd-say, say");
    SpeechSetup configured = SpeechSetup.of(Optional.of("my-tts --fast"), Map.of());
    assertThat(configured.missing()).isEqualTo("my-tts");
  }

  @Test
  void sshMakesTheTerminalRemote() {
    assertThat(SpeechSetup.of(Optional.empty(), Map.of("SSH_CONNECTION", "1 2 3 4")).remote())
        .isTrue();
    assertThat(SpeechSetup.of(Optional.empty(), Map.of("SSH_TTY", "/dev/pts/3")).remote())
        .isTrue();
    assertThat(SpeechSetup.of(Optional.empty(), Map.of("SSH_CONNECTION", "")).remote())
        .isFalse();
  }

  @Test
  void anArticleIsSpokenTitleBlockFirstAndEmptyPartsAreLeftOut() {
    Article article = new Article("a", null, null, "标题", null, null,
        List.of("第一段。", "\u3000\u3000", "第二段。"),
        List.of(new Figure("p.jpg", null), new Figure(null, "图一"), new Figure(null, "图二")));
    assertThat(SpokenText.of(article)).extracting(SpokenText.Segment::text)
        .containsExactly("标题", "图一", "图二", "第一段。", "第二段。");
    assertThat(SpokenText.of(article.markUnavailable("HTTP 404")))
        .extracting(SpokenText.Segment::text).containsExactly("标题");
  }
}
