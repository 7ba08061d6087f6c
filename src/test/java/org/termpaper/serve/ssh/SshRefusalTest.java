package org.termpaper.serve.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.channel.ClientChannel;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.ui.Downloads;

/** Each thing the station refuses, tried by MINA SSHD's client. */
class SshRefusalTest {
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

  @Test
  void noKeyIsRefused() throws Exception {
    try (ClientSession session = ssh.connect("reader")) {
      assertThatThrownBy(() -> session.auth().verify(SshFixture.WAIT))
          .hasMessageContaining("No more authentication methods available");
    }
  }

  @Test
  void aKeyNotListedIsRefused() throws Exception {
    try (ClientSession session = ssh.connect("reader")) {
      session.addPublicKeyIdentity(SshFixture.newKey());
      assertThatThrownBy(() -> session.auth().verify(SshFixture.WAIT))
          .hasMessageContaining("No more authentication methods available");
    }
    assertThat(ssh.log).anyMatch(line -> line.contains("offered a key not listed"));
  }

  @Test
  void aPasswordIsNeverAccepted() throws Exception {
    try (ClientSession session = ssh.connect("reader")) {
      session.addPasswordIdentity("reader");
      assertThatThrownBy(() -> session.auth().verify(SshFixture.WAIT))
          .hasMessageContaining("No more authentication methods available");
    }
  }

  @Test
  void aTunnelLikeSshDashLIsRefusedAndTheConnectionClosedAtOnce() throws Exception {
    try (ClientSession session = ssh.login()) {
      ClientChannel tunnel = session.createDirectTcpipChannel(
          new SshdSocketAddress("127.0.0.1", 40000), new SshdSocketAddress("127.0.0.1", 22));
      assertThatThrownBy(() -> tunnel.open().verify(SshFixture.WAIT))
          .isInstanceOf(java.io.IOException.class);
      assertClosedFor(session, "refused: port forwarding (direct-tcpip); disconnected");
    }
  }

  @Test
  void aListenLikeSshDashRIsRefusedAndTheConnectionClosedAtOnce() throws Exception {
    try (ClientSession session = ssh.login()) {
      assertThatThrownBy(() -> session.startRemotePortForwarding(
          new SshdSocketAddress("127.0.0.1", 0), new SshdSocketAddress("127.0.0.1", 9)))
          .isInstanceOf(java.io.IOException.class);
      assertClosedFor(session, "refused: port forwarding (tcpip-forward); disconnected");
    }
  }

  private void assertClosedFor(ClientSession session, String logged) {
    assertThat(session.waitFor(EnumSet.of(ClientSession.ClientSessionEvent.CLOSED),
        SshFixture.WAIT.toMillis())).contains(ClientSession.ClientSessionEvent.CLOSED);
    assertThat(ssh.log).anyMatch(line -> line.endsWith(logged));
  }

  @Test
  void agentForwardingIsRefused() throws Exception {
    try (ClientSession session = ssh.login()) {
      SshFixture.Output out = new SshFixture.Output();
      ChannelShell shell = session.createShellChannel();
      shell.setAgentForwarding(true);
      shell.setPtyType("xterm");
      shell.setOut(out);
      shell.setErr(out);
      shell.open().verify(SshFixture.WAIT);
      assertThat(out.awaitScreen(80, 24, "澄湾晨报")).isTrue();
      assertThat(ssh.log).anyMatch(line -> line.endsWith("refused: agent forwarding"));
    }
  }

  @Test
  void subsystemsAreRefusedSftpFirst() throws Exception {
    try (ClientSession session = ssh.login()) {
      ChannelSubsystem sftp = session.createSubsystemChannel("sftp");
      sftp.open().verify(SshFixture.WAIT);
      assertThat(sftp.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshFixture.WAIT))
          .contains(ClientChannelEvent.CLOSED);
      assertThat(ssh.log).anyMatch(line -> line.endsWith("refused: subsystem sftp"));
    }
  }

  @Test
  void anExecOtherThanTheReadOnlyCommandsIsRefusedWithOneLine() throws Exception {
    for (String command : new String[] {"sh -c id", "scp -t /tmp", "dump --source x",
        "fetch", "dump --data-dir /", "search"}) {
      try (ClientSession session = ssh.login()) {
        Exec run = exec(session, command);
        assertThat(run.status()).as(command).isEqualTo(2);
        assertThat(run.err()).as(command).isEqualTo(ExecLine.REFUSAL + "\n");
        assertThat(run.out()).isEmpty();
      }
    }
  }

  @Test
  void theReadOnlyCommandsRunForTheSessionsSourceAtTheClientsColumns() throws Exception {
    try (ClientSession session = ssh.login()) {
      assertThat(exec(session, "dump --page 01").out()).isEqualTo("dump --page 01 at 80\n");
    }
    try (ClientSession session = ssh.login()) {
      ChannelExec channel = session.createExecChannel("search 晨报");
      channel.setEnv("COLUMNS", "100");
      assertThat(run(channel).out()).isEqualTo("search 晨报 at 100\n");
    }
  }

  @Test
  void anExecIsBoldOnAClientsTerminalOnlyNeverOnAPipeNorADumbTerminal() throws Exception {
    for (String term : new String[] {"xterm", "dumb"}) {
      try (ClientSession session = ssh.login()) {
        ChannelExec channel = session.createExecChannel("dump --page 01");
        channel.setUsePty(true);
        channel.setPtyType(term);
        channel.setEnv("TERM", term);
        assertThat(run(channel).out()).as(term).isEqualTo("dump --page 01 at 80"
            + (term.equals("xterm") ? " in bold" : "") + "\r\n");
      }
    }
  }

  @Test
  void environmentVariablesBeyondTermLangAndSizeAreRefused() {
    assertThat(StationChannel.allowed("LANG", "zh_CN.UTF-8")).isTrue();
    assertThat(StationChannel.allowed("LC_ALL", "C")).isTrue();
    assertThat(StationChannel.allowed("COLUMNS", "100")).isTrue();
    assertThat(StationChannel.allowed("LD_PRELOAD", "/tmp/x.so")).isFalse();
    assertThat(StationChannel.allowed("PATH", "/bin")).isFalse();
    assertThat(StationChannel.allowed("LANG", "zh\u001b[2J")).isFalse();
    assertThat(StationChannel.allowed("LC_lower", "C")).isFalse();
  }

  @Test
  void theReaderOfASessionSeesOnlyItsVariablesAndKnowsItIsRemote() {
    java.util.Map<String, String> env = ReaderShell.uiEnv(java.util.Map.of("LANG", "zh_CN.UTF-8",
        "TERM", "xterm", "PATH", "/usr/bin", "LD_PRELOAD", "x.so"), "192.0.2.7");
    assertThat(env).containsEntry("LANG", "zh_CN.UTF-8").containsEntry("TERM", "xterm")
        .doesNotContainKeys("PATH", "LD_PRELOAD")
        .containsEntry("SSH_CONNECTION", "192.0.2.7 0 127.0.0.1 0");
    assertThat(org.termpaper.speech.SpeechSetup.of(java.util.Optional.of("/usr/bin/espeak-ng"),
        env).remote()).isTrue();
  }

  @Test
  void aSessionsRefusedVariableIsLoggedAndNeverReachesTheReader() throws Exception {
    try (ClientSession session = ssh.login()) {
      ChannelExec channel = session.createExecChannel("calendar");
      channel.setEnv("LD_PRELOAD", "/tmp/evil.so");
      assertThat(run(channel).status()).isEqualTo(0);
      assertThat(ssh.log).anyMatch(line -> line.endsWith("refused: environment variable "
          + "LD_PRELOAD"));
    }
  }

  @Test
  void anOpenStationLetsAnyoneReadButNeverDownload() throws Exception {
    ssh.close();
    Downloads counted = (date, step) -> {
      throw new AssertionError("an open station downloaded " + date);
    };
    ssh = new SshFixture(dir.resolve("open"), true, SshLimits.DEFAULT, counted);
    try (ClientSession session = ssh.connect("anyone")) {
      session.auth().verify(SshFixture.WAIT);
      SshFixture.Output out = new SshFixture.Output();
      ChannelShell shell = SshReaderTest.shell(session, 80, 24, null, out);
      assertThat(out.awaitScreen(80, 24, "澄湾晨报")).isTrue();
      SshReaderTest.type(shell, "d");
      assertThat(out.awaitScreen(80, 24, "reads and searches only")).as(out.text()).isTrue();
    }
  }

  record Exec(Integer status, String out, String err) {}

  static Exec exec(ClientSession session, String command) throws Exception {
    return run(session.createExecChannel(command));
  }

  static Exec run(ChannelExec channel) throws Exception {
    SshFixture.Output out = new SshFixture.Output();
    SshFixture.Output err = new SshFixture.Output();
    channel.setOut(out);
    channel.setErr(err);
    channel.open().verify(SshFixture.WAIT);
    channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshFixture.WAIT);
    return new Exec(channel.getExitStatus(), out.text(), err.text());
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
