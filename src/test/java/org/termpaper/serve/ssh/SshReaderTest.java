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
}
