package org.termpaper.serve.ssh;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.config.Config;
import org.termpaper.model.TermpaperException;
import org.termpaper.source.EditionSource;
import org.termpaper.ui.ArchiveAccess;
import org.termpaper.ui.Downloads;

/** A station refuses key files it cannot honour or trust, with one line. */
class KeyFilesTest {
  @TempDir
  Path dir;

  private Path keys(String options) throws Exception {
    Path file = dir.resolve("authorized_keys");
    Files.writeString(file, "# readers\n\n" + options
        + PublicKeyEntry.toString(SshFixture.newKey().getPublic()) + " reader@example\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return file;
  }

  @Test
  void aPlainKeyFileIsAccepted() throws Exception {
    assertThatCode(() -> KeyFiles.checkAuthorizedKeys(keys(""))).doesNotThrowAnyException();
  }

  @Test
  void anEntryWithOptionsTheStationDoesNotEnforceIsRefused() throws Exception {
    for (String options : new String[] {"from=\"10.0.0.0/8\" ", "restrict ",
        "command=\"date\",no-pty "}) {
      Path file = keys(options);
      assertThatThrownBy(() -> KeyFiles.checkAuthorizedKeys(file)).as(options)
          .isInstanceOf(TermpaperException.class)
          .hasMessageStartingWith(file + " line 3 has options (")
          .hasMessageNotContaining("\n");
    }
  }

  @Test
  void aKeyFileOthersMayWriteIsRefused() throws Exception {
    Path file = keys("");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
    assertThatThrownBy(() -> KeyFiles.checkAuthorizedKeys(file))
        .hasMessage(file + " may be written by other users: chmod go-w " + file);
  }

  @Test
  void aHostKeyOthersMayReadIsRefused() throws Exception {
    Path hostKey = dir.resolve("ssh_host_key");
    Files.writeString(hostKey, "key");
    Files.setPosixFilePermissions(hostKey, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> KeyFiles.checkHostKey(hostKey))
        .hasMessageContaining("may be read by other users");
    Files.setPosixFilePermissions(hostKey, PosixFilePermissions.fromString("rw-------"));
    assertThatCode(() -> KeyFiles.checkHostKey(hostKey)).doesNotThrowAnyException();
  }

  @Test
  void theStationDoesNotStartOnAKeyWithFrom() throws Exception {
    Path file = keys("from=\"10.0.0.0/8\" ");
    SessionSource source = new SessionSource("sample", () -> (EditionSource) null, false,
        Downloads.NONE, ArchiveAccess.NONE);
    SshStation station = new SshStation(new SshStation.Options("127.0.0.1", 0, file, false,
        dir.resolve("ssh_host_key"), SshLimits.DEFAULT), List.of(source),
        (s, args, columns, bold, out, err) -> 0, Config.empty(), line -> { });
    assertThatThrownBy(station::start).isInstanceOf(TermpaperException.class)
        .hasMessageContaining("line 3 has options (from)");
    station.close();
  }
}
