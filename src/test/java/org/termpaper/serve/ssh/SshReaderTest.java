package org.termpaper.serve.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.ui.Downloads;

/** The reader over SSH, driven by MINA SSHD's client: screens, keys, resizes, the end. */
class SshReaderTest {
  @TempDir
  Path dir;
  SshFixture ssh;

  @BeforeEach
  void start() throws Exception {
    ssh = new SshFixture(dir, false, SshLimits.DEFAULT, Downloads.NONE);
  }

  @AfterEach
  void stop() {
    ssh.close();
  }

  /** A shell with a PTY of the given size, its output collected. */
  static ChannelShell shell(ClientSession session, int columns, int rows, String lang,
      SshFixture.Output out) throws Exception {
    ChannelShell shell = session.createShellChannel();
    shell.setPtyType("xterm");
    shell.setPtyColumns(columns);
    shell.setPtyLines(rows);
    if (lang != null) {
      shell.setEnv("LANG", lang);
    }
    shell.setOut(out);
    shell.setErr(out);
    shell.open().verify(SshFixture.WAIT);
    return shell;
  }

  static void type(ChannelShell shell, String keys) throws Exception {
    OutputStream in = shell.getInvertedIn();
    in.write(keys.getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  @Test
  void aSessionReadsThePaperFollowsKeysAndResizesAndEndsCleanlyOnQ() throws Exception {
    try (ClientSession session = ssh.login()) {
      SshFixture.Output out = new SshFixture.Output();
      ChannelShell shell = shell(session, 80, 24, "en_US.UTF-8", out);
      assertThat(out.awaitScreen(80, 24, "澄湾晨报")).as(out.text()).isTrue();
      int before = out.size();
      type(shell, "n");
      assertThat(out.await(b -> b.length > before)).isTrue();
      shell.sendWindowChange(120, 40);
      // a resize is a full redraw, which starts by clearing the screen
      int resized = out.size();
      assertThat(out.await(b -> new String(b, resized, b.length - resized,
          StandardCharsets.UTF_8).contains("\u001b[2J"))).isTrue();
      type(shell, "qqqq");
      assertThat(shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshFixture.WAIT))
          .contains(ClientChannelEvent.CLOSED);
      assertThat(shell.getExitStatus()).isEqualTo(0);
      assertThat(out.text()).endsWith("\u001b[?1049l");
    }
  }

  @Test
  void eachSessionTakesItsLanguageFromItsOwnLang() throws Exception {
    try (ClientSession zh = ssh.login(); ClientSession en = ssh.login()) {
      SshFixture.Output chinese = new SshFixture.Output();
      SshFixture.Output english = new SshFixture.Output();
      shell(zh, 80, 24, "zh_CN.UTF-8", chinese);
      shell(en, 80, 24, "en_US.UTF-8", english);
      assertThat(chinese.awaitScreen(80, 24, "q 退出")).as(chinese.text()).isTrue();
      assertThat(english.awaitScreen(80, 24, "q quit")).isTrue();
      assertThat(SshFixture.Output.screen(english.bytes(), 80, 24)).doesNotContain("退出");
    }
  }

  @Test
  void twoSessionsReadDifferentIssuesAtOnce() throws Exception {
    try (ClientSession one = ssh.login(); ClientSession two = ssh.login()) {
      SshFixture.Output first = new SshFixture.Output();
      SshFixture.Output second = new SshFixture.Output();
      ChannelShell a = shell(one, 80, 24, null, first);
      shell(two, 80, 24, null, second);
      assertThat(first.awaitScreen(80, 24, "2026-11-04")).isTrue();
      assertThat(second.awaitScreen(80, 24, "2026-11-04")).isTrue();
      type(a, "<");
      assertThat(first.awaitScreen(80, 24, "2026-11-03")).as(first.text()).isTrue();
      assertThat(SshFixture.Output.screen(second.bytes(), 80, 24)).contains("2026-11-04");
    }
  }

  @Test
  void theStationStoppingEndsEveryReaderWithTheTerminalGivenBack() throws Exception {
    try (ClientSession session = ssh.login()) {
      SshFixture.Output out = new SshFixture.Output();
      ChannelShell shell = shell(session, 80, 24, null, out);
      assertThat(out.awaitScreen(80, 24, "澄湾晨报")).isTrue();
      ssh.station.stop(java.time.Duration.ofSeconds(5));
      assertThat(shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshFixture.WAIT))
          .contains(ClientChannelEvent.CLOSED);
      assertThat(out.text()).contains(org.termpaper.ui.term.Screen.RESTORE)
          .endsWith("the station is stopping; goodbye\r\n");
    }
  }
}
