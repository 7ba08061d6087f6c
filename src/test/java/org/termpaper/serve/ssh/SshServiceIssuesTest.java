package org.termpaper.serve.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.serve.ServedSource;
import org.termpaper.serve.SshSettings;
import org.termpaper.serve.StationContext;
import org.termpaper.serve.StationFixture;
import org.termpaper.source.feed.FeedWriter;
import org.termpaper.testing.Editions;

/** The SSH service of a running station follows the issues the station archives. */
class SshServiceIssuesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 3);

  @TempDir
  Path dir;

  @Test
  void aFeedFoldersNewIssueIsInExecCalendarAndDumpOnceTheStationArchivesIt() throws Exception {
    Path feed = Files.createDirectories(dir.resolve("feed"));
    Files.writeString(feed.resolve(DAY + ".json"),
        FeedWriter.edition(Editions.generate(DAY, 1, 1)));
    KeyPair key = SshFixture.newKey();
    Path keys = dir.resolve("authorized_keys");
    Files.writeString(keys, PublicKeyEntry.toString(key.getPublic()) + " reader@example\n");
    ServedSource served = new ServedSource("feed", feed.toString(), feed.toString());
    SshService service = new SshService(new SshSettings(0, keys, false));
    SshClient client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.start();
    try (StationFixture fixture = new StationFixture(dir.resolve("station"))) {
      StationContext context = fixture.context(served);
      service.start(context);
      try {
        assertThat(exec(client, service, key, "calendar")).isEqualTo(DAY + "\n");
        LocalDate next = DAY.plusDays(1);
        Files.writeString(feed.resolve(next + ".json"),
            FeedWriter.edition(Editions.generate(next, 1, 1)));
        assertThat(exec(client, service, key, "calendar")).isEqualTo(DAY + "\n");
        context.issueArchived(served, next);
        assertThat(exec(client, service, key, "calendar")).isEqualTo(DAY + "\n" + next + "\n");
        assertThat(exec(client, service, key, "dump --date " + next)).contains(next.toString());
      } finally {
        service.stop(Duration.ofSeconds(5));
        client.stop();
      }
    }
  }

  private static String exec(SshClient client, SshService service, KeyPair key, String command)
      throws Exception {
    try (ClientSession session = client.connect("feed", "127.0.0.1", service.port())
        .verify(SshFixture.WAIT).getSession()) {
      session.addPublicKeyIdentity(key);
      session.auth().verify(SshFixture.WAIT);
      SshRefusalTest.Exec result = SshRefusalTest.exec(session, command);
      assertThat(result.err()).as(command).isEmpty();
      return result.out();
    }
  }
}
