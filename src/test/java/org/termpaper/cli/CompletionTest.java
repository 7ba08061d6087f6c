package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.config.Config;

/**
 * {@code termpaper completion}: the bash script it prints, sourced into a real bash, completes
 * commands, options and the source names of the config and the catalogue, and no name in the
 * config runs.
 */
class CompletionTest {
  @TempDir
  Path dir;

  private Path script;

  @BeforeEach
  void writeTheScript() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash");
    Files.writeString(dir.resolve("config.toml"), """
        [sources.dgcb]
        url = "http://epaper.example.cn/dgcb/paperindex.htm"
        [sources.town]
        url = "/home/me/papers/town"
        [sources."x$(touch %s)"]
        url = "/tmp/x"
        """.formatted(dir.resolve("ran")));
    CliRun run = CliRun.of(dir, "completion", "bash");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    script = dir.resolve("termpaper.bash");
    Files.writeString(script, run.out());
  }

  /** What bash completes for the words typed so far, the last one being completed. */
  private List<String> complete(String... words) throws Exception {
    StringBuilder array = new StringBuilder();
    for (String word : words) {
      array.append(" '").append(word).append('\'');
    }
    // compopt only works while bash itself completes; called directly, it only complains.
    String out = bash("compopt() { :; }\nCOMP_WORDS=(" + array + ")\n"
        + "COMP_CWORD=" + (words.length - 1) + "\n"
        + "COMP_LINE=\"${COMP_WORDS[*]}\"\nCOMP_POINT=${#COMP_LINE}\n"
        + "_complete_termpaper termpaper '" + words[words.length - 1] + "' '"
        + words[words.length - 2] + "'\n"
        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
    return out.lines().filter(line -> !line.isEmpty()).toList();
  }

  private String bash(String commands) throws Exception {
    Process bash = new ProcessBuilder("/bin/bash", "--norc", "--noprofile", "-c",
        "source '" + script + "'\n" + commands).directory(dir.toFile())
        .redirectErrorStream(true).start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor()).as(out).isZero();
    return out;
  }

  @Test
  void sourcingTheScriptRegistersTheCompletion() throws Exception {
    assertThat(bash("complete -p termpaper")).contains("-F _complete_termpaper")
        .contains(" termpaper");
  }

  @Test
  void commandsAndOptionsComplete() throws Exception {
    assertThat(complete("termpaper", "")).contains("dump", "calendar", "fetch", "search",
        "sources", "read", "completion");
    assertThat(complete("termpaper", "du")).containsExactly("dump");
    assertThat(complete("termpaper", "dump", "--pa")).containsExactlyInAnyOrder("--page",
        "--page-name");
    assertThat(complete("termpaper", "dump", "--format", "")).containsExactlyInAnyOrder("text",
        "json");
  }

  @Test
  void sourceCompletesToTheNamesInTheConfigAndNoneOfThemRuns() throws Exception {
    List<String> all = complete("termpaper", "dump", "--source", "");
    assertThat(all).startsWith("dgcb", "town").endsWith("bundled:sample")
        .contains("rmrb", "gmrb").doesNotHaveDuplicates();
    assertThat(complete("termpaper", "fetch", "--source", "d")).contains("dgcb")
        .allMatch(name -> name.startsWith("d"));
    assertThat(complete("termpaper", "--source", "rm")).contains("rmrb")
        .allMatch(name -> name.startsWith("rm"));
    assertThat(dir.resolve("ran")).doesNotExist();
    assertThat(Files.readString(script)).doesNotContain("touch");
  }

  @Test
  void theZshScriptTurnsOnZshsBashCompletion() {
    CliRun run = CliRun.of(dir, "completion", "zsh");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("bashcompinit").contains("complete -F _complete_termpaper");
  }

  @Test
  void aBrokenConfigLeavesItsNamesOutWithAWarningAndAnotherShellIsBadUsage() throws Exception {
    Files.writeString(dir.resolve("config.toml"), "[sources\n");
    CliRun run = CliRun.of(dir, "completion", "bash");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).startsWith("termpaper: warning: source names of the config left out:");
    assertThat(run.out()).contains("\"rmrb\"").contains("\"bundled:sample\")");
    assertThat(CliRun.of(dir, "completion", "fish").exitCode()).isEqualTo(2);
    assertThat(SourceNames.of(Config.empty())).contains("rmrb").endsWith("bundled:sample");
  }
}
