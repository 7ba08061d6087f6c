package org.termpaper.serve.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.config.Config;
import org.termpaper.config.ConfigException;
import org.termpaper.ui.Downloads;

/** The station's bounds and its host key. */
class SshBoundsTest {
  @TempDir
  Path dir;

  @Test
  void aLoginPastTheSessionsPerAddressIsTurnedAwayWithAReason() throws Exception {
    SshLimits one = new SshLimits(64, 1, 16, Duration.ofSeconds(30), Duration.ofMinutes(30),
        64 * 1024);
    try (SshFixture ssh = new SshFixture(dir, false, one, Downloads.NONE);
        ClientSession first = ssh.login()) {
      assertThat(SshRefusalTest.exec(first, "calendar").status()).isEqualTo(0);
      assertThatThrownBy(ssh::login).hasMessageContaining("closed");
      assertThat(ssh.log).anyMatch(line -> line.contains("too many sessions from 127.0.0.1"));
      assertThat(SshRefusalTest.exec(first, "calendar").status()).isEqualTo(0);
    }
  }

  @Test
  void theStationsSessionBoundTurnsAwayTheNextLogin() throws Exception {
    SshLimits two = new SshLimits(2, 4, 16, Duration.ofSeconds(30), Duration.ofMinutes(30),
        64 * 1024);
    try (SshFixture ssh = new SshFixture(dir, false, two, Downloads.NONE);
        ClientSession a = ssh.login();
        ClientSession b = ssh.login()) {
      assertThatThrownBy(ssh::login).hasMessageContaining("closed");
      assertThat(ssh.log).anyMatch(line -> line.contains("the station is full (2 sessions)"));
      a.close();
      long until = System.nanoTime() + SshFixture.WAIT.toNanos();
      while (ssh.station.loggedIn() > 1 && System.nanoTime() < until) {
        Thread.onSpinWait(); // until the station has seen the close
      }
      try (ClientSession again = ssh.login()) {
        assertThat(SshRefusalTest.exec(again, "calendar").status()).isEqualTo(0);
      }
      assertThat(SshRefusalTest.exec(b, "calendar").status()).isEqualTo(0);
    }
  }

  @Test
  void aClientThatDoesNotLogInInTimeIsDisconnected() throws Exception {
    SshLimits quick = new SshLimits(64, 4, 16, Duration.ofMillis(300), Duration.ofMinutes(30),
        64 * 1024);
    try (SshFixture ssh = new SshFixture(dir, false, quick, Downloads.NONE)) {
      ClientSession slow = ssh.connect("reader");
      assertThat(slow.waitFor(EnumSet.of(ClientSession.ClientSessionEvent.CLOSED),
          SshFixture.WAIT.toMillis())).contains(ClientSession.ClientSessionEvent.CLOSED);
    }
  }

  @Test
  void aReaderWithNoTrafficForTheConfiguredIdleTimeIsDisconnectedAndItsReaderEnds()
      throws Exception {
    SshLimits limits = SshLimits.of(config("[ssh]\nidle-time = \"400ms\"\n"));
    assertThat(limits.idle()).isEqualTo(Duration.ofMillis(400));
    try (SshFixture ssh = new SshFixture(dir, false, limits, Downloads.NONE)) {
      long start = System.nanoTime();
      ClientSession idle = ssh.login();
      SshFixture.Output out = new SshFixture.Output();
      ChannelShell shell = SshReaderTest.shell(idle, 80, 24, "en_US.UTF-8", out);
      assertThat(out.awaitScreen(80, 24, "澄湾晨报")).isTrue();
      assertThat(shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshFixture.WAIT))
          .contains(ClientChannelEvent.CLOSED);
      assertThat(idle.waitFor(EnumSet.of(ClientSession.ClientSessionEvent.CLOSED),
          SshFixture.WAIT.toMillis())).contains(ClientSession.ClientSessionEvent.CLOSED);
      // never before the idle time: the last traffic came after start
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(
          limits.idle());
      long until = System.nanoTime() + SshFixture.WAIT.toNanos();
      while ((ssh.station.readers() > 0 || ssh.station.loggedIn() > 0)
          && System.nanoTime() < until) {
        Thread.onSpinWait(); // until the station has seen the close
      }
      assertThat(ssh.station.readers()).isZero();
      assertThat(ssh.station.loggedIn()).isZero();
    }
  }

  @Test
  void aLoginThatOpensNoSessionWithinTheLoginTimeIsClosedLikeSshDashN() throws Exception {
    SshLimits quick = new SshLimits(64, 4, 16, Duration.ofMillis(300), Duration.ofMinutes(30),
        64 * 1024);
    try (SshFixture ssh = new SshFixture(dir, false, quick, Downloads.NONE)) {
      long start = System.nanoTime();
      ClientSession holding = ssh.login();
      assertThat(holding.waitFor(EnumSet.of(ClientSession.ClientSessionEvent.CLOSED),
          SshFixture.WAIT.toMillis())).contains(ClientSession.ClientSessionEvent.CLOSED);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(
          quick.login());
      assertThat(ssh.log).anyMatch(line -> line.endsWith("closed: no session opened in 300 ms "
          + "after logging in"));
    }
  }

  @Test
  void theHostKeyIsMadeOnceModeSixHundredAndKeptAcrossStarts() throws Exception {
    Path file = dir.resolve("data/ssh_host_key");
    var first = HostKey.loadOrCreate(file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    var again = HostKey.loadOrCreate(file);
    assertThat(again.getPublic()).isEqualTo(first.getPublic());
    assertThat(again.getPrivate()).isEqualTo(first.getPrivate());
  }

  @Test
  void aDamagedHostKeyIsOneLineNamingTheFile() throws Exception {
    Path file = dir.resolve("ssh_host_key");
    Files.writeString(file, "not a key");
    assertThatThrownBy(() -> HostKey.loadOrCreate(file))
        .hasMessageContaining(file.toString()).hasMessageNotContaining("\n");
  }

  @Test
  void withoutAnAuthorizedKeysFileTheStationSaysWhatToDo() throws Exception {
    SshStation station = new SshStation(new SshStation.Options("127.0.0.1", 0,
        dir.resolve("missing"), false, dir.resolve("key"), SshLimits.DEFAULT),
        java.util.List.of(new SessionSource("s", () -> null, false, Downloads.NONE,
            org.termpaper.ui.ArchiveAccess.NONE)), (s, a, c, b, o, e) -> 0, Config.empty(),
        line -> { });
    assertThatThrownBy(station::start).hasMessageContaining("no authorized keys file at")
        .hasMessageContaining("--open");
  }

  @Test
  void theBoundsComeFromTheConfigsSshSection() throws Exception {
    Config config = config("[ssh]\nmax-sessions = 10\nlogin-time = \"5s\"\n"
        + "idle-time = \"2h\"\n");
    SshLimits limits = SshLimits.of(config);
    assertThat(limits.sessions()).isEqualTo(10);
    assertThat(limits.perAddress()).isEqualTo(4);
    assertThat(limits.login()).isEqualTo(Duration.ofSeconds(5));
    assertThat(limits.idle()).isEqualTo(Duration.ofHours(2));
    assertThat(SshLimits.of(Config.empty())).isEqualTo(SshLimits.DEFAULT);
    assertThatThrownBy(() -> SshLimits.of(config("[ssh]\nmax-sessions = 0\n")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("ssh.max-sessions");
    assertThatThrownBy(() -> SshLimits.of(config("[ssh]\nidle-time = \"soon\"\n")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("not a time");
  }

  private Config config(String text) throws java.io.IOException {
    Path file = Files.createTempFile(dir, "config", ".toml");
    Files.writeString(file, text);
    return Config.load(file);
  }
}
