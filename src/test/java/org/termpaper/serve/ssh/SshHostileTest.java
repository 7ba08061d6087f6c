package org.termpaper.serve.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.ui.Downloads;
import org.termpaper.ui.term.Screen;

/**
 * Clients that misbehave: many that never log in, one that never reads, one that sends garbage.
 * Each time, a reader already in keeps working and a new one gets in.
 */
class SshHostileTest {
  @TempDir
  Path dir;
  SshFixture ssh;

  @AfterEach
  void stop() {
    if (ssh != null) {
      ssh.close();
    }
  }

  /** A reader logged in, on its first screen. */
  private record Reader(ClientSession session, ChannelShell shell, SshFixture.Output out) {}

  private Reader reader() throws Exception {
    ClientSession session = ssh.login();
    SshFixture.Output out = new SshFixture.Output();
    ChannelShell shell = SshReaderTest.shell(session, 80, 24, null, out);
    assertThat(out.awaitScreen(80, 24, "澄湾晨报")).isTrue();
    return new Reader(session, shell, out);
  }

  /** The reader still answers a key: the help screen comes up. */
  private static void stillAnswers(Reader reader) throws Exception {
    SshReaderTest.type(reader.shell(), "?");
    assertThat(reader.out().awaitScreen(80, 24, "next article")).as(reader.out().text())
        .isTrue();
    SshReaderTest.type(reader.shell(), "q");
  }

  @Test
  void twoHundredConnectionsThatNeverLogInLockNobodyOut() throws Exception {
    ssh = new SshFixture(dir, false, SshLimits.DEFAULT, Downloads.NONE);
    Reader before = reader();
    List<Socket> idle = new ArrayList<>();
    try {
      for (int i = 0; i < 200; i++) {
        Socket socket = new Socket("127.0.0.1", ssh.station.port());
        if (i % 2 == 0) {
          socket.getOutputStream().write("SSH-2.0-idle\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        idle.add(socket);
      }
      assertThat(ssh.station.waiting()).isLessThanOrEqualTo(SshLimits.DEFAULT.unauthenticated());
      stillAnswers(before);
      Reader after = reader();
      stillAnswers(after);
    } finally {
      for (Socket socket : idle) {
        socket.close();
      }
    }
  }

  @Test
  void garbageBytesEndThatConnectionAndNoOther() throws Exception {
    ssh = new SshFixture(dir, false, SshLimits.DEFAULT, Downloads.NONE);
    Reader before = reader();
    byte[] garbage = new byte[64 * 1024];
    new Random(7).nextBytes(garbage);
    try (Socket socket = new Socket("127.0.0.1", ssh.station.port())) {
      OutputStream out = socket.getOutputStream();
      out.write("SSH-2.0-garbage\r\n".getBytes(StandardCharsets.US_ASCII));
      try {
        out.write(garbage);
        out.flush();
      } catch (java.io.IOException closedByTheStation) {
        // the station may hang up before it has all of it
      }
      socket.setSoTimeout((int) SshFixture.WAIT.toMillis());
      // the station hangs up: the read ends (after its own version line) without waiting
      while (socket.getInputStream().read() >= 0) {
        continue;
      }
    } catch (java.net.SocketException reset) {
      // a reset is a hang-up too
    }
    stillAnswers(before);
    stillAnswers(reader());
  }

  @Test
  void aClientThatNeverReadsHoldsUpNobodyAndItsOutputStaysBounded() throws Exception {
    SshLimits small = new SshLimits(64, 4, 16, Duration.ofSeconds(30), Duration.ofMinutes(30),
        16 * 1024);
    ssh = new SshFixture(dir, false, small, Downloads.NONE);
    Reader other = reader();
    SshClient stuckClient = SshClient.setUpDefaultClient();
    stuckClient.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    stuckClient.start();
    CountDownLatch release = new CountDownLatch(1);
    SshFixture.Output resumed = new SshFixture.Output();
    try (ClientSession session = stuckClient.connect("reader", "127.0.0.1",
        ssh.station.port()).verify(SshFixture.WAIT).getSession()) {
      session.addPublicKeyIdentity(ssh.key);
      session.auth().verify(SshFixture.WAIT);
      OutputStream neverReads = new OutputStream() {
        @Override
        public void write(int b) throws java.io.IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          try {
            release.await(); // this client's reading thread stops here
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          resumed.write(b, off, len);
        }
      };
      ChannelShell shell = session.createShellChannel();
      shell.setPtyType("xterm");
      shell.setOut(neverReads);
      shell.setErr(neverReads);
      shell.open().verify(SshFixture.WAIT);
      // each key redraws part of the screen: soon far more than the SSH window and buffers hold
      long until = System.nanoTime() + SshFixture.WAIT.toNanos();
      for (int i = 0; ssh.station.droppedFrames() == 0 && System.nanoTime() < until; i++) {
        SshReaderTest.type(shell, i % 2 == 0 ? "n" : "p");
        if (i % 20 == 19) {
          Thread.sleep(5); // lets the reader draw between batches of keys
        }
      }
      assertThat(ssh.station.droppedFrames()).isPositive();
      assertThat(ssh.station.queuedOutput()).isLessThanOrEqualTo(small.outputBuffer() * 2L);
      stillAnswers(other);
      stillAnswers(reader());
      release.countDown();
      // reading again, it gets what was sent before it stopped (with the first screen's full
      // redraw), then the latest screen whole: a second full redraw, not the frames it missed
      assertThat(resumed.await(b -> new String(b, StandardCharsets.UTF_8)
          .split(java.util.regex.Pattern.quote(Screen.FRESH), -1).length >= 3)).isTrue();
    } finally {
      release.countDown();
      stuckClient.stop();
    }
  }
}
