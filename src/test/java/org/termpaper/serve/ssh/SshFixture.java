package org.termpaper.serve.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.termpaper.config.Config;
import org.termpaper.config.DataDirs;
import org.termpaper.source.SourceContext;
import org.termpaper.source.SourceResolver;
import org.termpaper.text.ColumnWidth;
import org.termpaper.ui.ArchiveAccess;
import org.termpaper.ui.Downloads;
import org.termpaper.ui.term.AnsiReplay;

/**
 * A station on loopback serving the bundled sample paper, a key it lets in, and MINA SSHD's
 * client to reach it. Waits in tests are for a condition, bounded by a generous deadline.
 */
final class SshFixture implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(20);

  final Path dir;
  final KeyPair key;
  final List<String> log = new CopyOnWriteArrayList<>();
  final SshClient client;
  final SshStation station;
  final Downloads downloads;

  SshFixture(Path dir, boolean open, SshLimits limits, Downloads downloads) throws Exception {
    this.dir = dir;
    this.key = newKey();
    this.downloads = downloads;
    Files.createDirectories(dir);
    Path keys = dir.resolve("authorized_keys");
    Files.writeString(keys, "# the readers\n" + PublicKeyEntry.toString(key.getPublic())
        + " reader@example\n");
    DataDirs dirs = DataDirs.under(dir);
    SourceResolver resolver =
        new SourceResolver(SourceContext.lazy(() -> null, Config.empty(), dirs));
    SessionSource sample = new SessionSource("sample", () -> resolver.resolve("bundled:sample"),
        false, downloads, ArchiveAccess.NONE);
    station = new SshStation(new SshStation.Options("127.0.0.1", 0, open ? null : keys, open,
        dir.resolve("ssh_host_key"), limits), List.of(sample),
        (source, args, columns, bold, out, err) -> {
          out.println(String.join(" ", args) + " at " + columns + (bold ? " in bold" : ""));
          return 0;
        }, Config.empty(), log::add);
    station.start();
    client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.start();
  }

  static KeyPair newKey() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  /** A connected session, not logged in yet. */
  ClientSession connect(String user) throws IOException {
    return client.connect(user, "127.0.0.1", station.port()).verify(WAIT).getSession();
  }

  /** A session logged in with the listed key. */
  ClientSession login() throws IOException {
    ClientSession session = connect("reader");
    session.addPublicKeyIdentity(key);
    session.auth().verify(WAIT);
    return session;
  }

  @Override
  public void close() {
    client.stop();
    station.stop(Duration.ofSeconds(5));
  }

  /** What a channel wrote, and a wait for it to say something. */
  static final class Output extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Override
    public synchronized void write(int b) {
      bytes.write(b);
      notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
      notifyAll();
    }

    synchronized byte[] bytes() {
      return bytes.toByteArray();
    }

    synchronized int size() {
      return bytes.size();
    }

    String text() {
      return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** Waits until the bytes so far meet {@code test}; false if they did not within the wait. */
    synchronized boolean await(Predicate<byte[]> test) throws InterruptedException {
      long until = System.nanoTime() + WAIT.toNanos();
      while (!test.test(bytes.toByteArray())) {
        long left = (until - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
          return false;
        }
        wait(left);
      }
      return true;
    }

    /** Waits until the screen, replayed at {@code columns} x {@code rows}, shows {@code text}. */
    boolean awaitScreen(int columns, int rows, String text) throws InterruptedException {
      return await(b -> screen(b, columns, rows).contains(text));
    }

    static String screen(byte[] bytes, int columns, int rows) {
      AnsiReplay replay = new AnsiReplay(new ColumnWidth(false), columns, rows);
      replay.play(bytes);
      StringBuilder all = new StringBuilder();
      for (int r = 0; r < rows; r++) {
        all.append(replay.row(r)).append('\n');
      }
      return all.toString();
    }
  }
}
