package org.termpaper.serve.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.config.Config;
import org.termpaper.source.EditionSource;
import org.termpaper.ui.ArchiveAccess;
import org.termpaper.ui.Downloads;

/** The station's source over its life: new issues seen, a hanging opening never stalls stop. */
class SshStationSourceTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 3);

  @TempDir
  Path dir;
  private KeyPair key;
  private SshClient client;
  private SshStation station;

  @BeforeEach
  void client() throws Exception {
    key = SshFixture.newKey();
    client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.start();
  }

  @AfterEach
  void stop() {
    client.stop();
    if (station != null) {
      station.stop(Duration.ofSeconds(1));
    }
  }

  private void start(Supplier<EditionSource> opener) throws Exception {
    Path keys = dir.resolve("authorized_keys");
    Files.writeString(keys, PublicKeyEntry.toString(key.getPublic()) + " reader@example\n");
    station = new SshStation(new SshStation.Options("127.0.0.1", 0, keys, false,
        dir.resolve("ssh_host_key"), SshLimits.DEFAULT),
        List.of(new SessionSource("paper", opener, false, Downloads.NONE, ArchiveAccess.NONE)),
        (source, args, columns, bold, out, err) -> {
          source.calendar().issues().forEach(out::println);
          return 0;
        }, Config.empty(), line -> { });
    station.start();
  }

  private ClientSession login() throws Exception {
    ClientSession session = client.connect("paper", "127.0.0.1", station.port())
        .verify(SshFixture.WAIT).getSession();
    session.addPublicKeyIdentity(key);
    session.auth().verify(SshFixture.WAIT);
    return session;
  }

  private String calendar() throws Exception {
    try (ClientSession session = login()) {
      return SshRefusalTest.exec(session, "calendar").out();
    }
  }

  @Test
  void anIssueArchivedWhileTheStationRunsIsInTheNextCalendar() throws Exception {
    List<LocalDate> onDisk = new CopyOnWriteArrayList<>(List.of(DAY));
    start(() -> new SharedSourceLifeTest.Folder(onDisk));
    assertThat(calendar()).isEqualTo("2026-11-03\n");
    onDisk.add(DAY.plusDays(1));
    assertThat(calendar()).isEqualTo("2026-11-03\n");
    station.issueArchived("paper");
    assertThat(calendar()).isEqualTo("2026-11-03\n2026-11-04\n");
  }

  @Test
  void stopReturnsWhileAnOpeningHangs() throws Exception {
    CountDownLatch opening = new CountDownLatch(1);
    CountDownLatch siteBack = new CountDownLatch(1);
    start(() -> {
      opening.countDown();
      boolean interrupted = false;
      while (siteBack.getCount() > 0) { // as a network open that retries past interrupts
        try {
          siteBack.await();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return new SharedSourceLifeTest.Folder(List.of(DAY));
    });
    try (ClientSession session = login()) {
      ChannelExec channel = session.createExecChannel("calendar");
      channel.setOut(new SshFixture.Output());
      channel.setErr(new SshFixture.Output());
      channel.open().verify(SshFixture.WAIT);
      assertThat(opening.await(20, TimeUnit.SECONDS)).isTrue();
      CompletableFuture<Void> stopped =
          CompletableFuture.runAsync(() -> station.stop(Duration.ofSeconds(1)));
      stopped.get(20, TimeUnit.SECONDS); // before: close() waited for the opening's lock
      station = null;
    } finally {
      siteBack.countDown();
    }
  }
}
