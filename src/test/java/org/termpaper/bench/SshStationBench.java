package org.termpaper.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntry;

/**
 * The SSH station's costs, measured on the built jar serving the bundled sample (run by
 * {@code bench/ssh-station}; not a test): the station's heap after a full GC and its RSS with 1
 * and with 50 reader sessions at 80x24, so the memory of each extra session; key-to-screen
 * latency (a key written to the channel until the first byte of its frame comes back) with 1
 * and with 50 sessions pressing keys; bytes for {@code n} and a one-line scroll, as the UI
 * writes them (the channel's data, what a local terminal receives) and on the wire (TCP, with
 * SSH's packets, padding and MACs).
 */
public final class SshStationBench {
  private static final Pattern LISTENING = Pattern.compile("ssh listening on [^:]+:(\\d+)");
  private static final Duration WAIT = Duration.ofSeconds(30);

  private SshStationBench() {}

  public static void main(String[] args) throws Exception {
    int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int presses = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    // one more session than measured: the one that measures bytes on a fresh reader
    Path data = Files.createTempDirectory("termpaper-ssh-bench");
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair key = generator.generateKeyPair();
    Files.writeString(data.resolve("authorized_keys"),
        PublicKeyEntry.toString(key.getPublic()) + "\n");
    // every session of the bench comes from loopback
    Files.writeString(data.resolve("config.toml"), "[ssh]\nmax-sessions-per-address = "
        + (sessions + 2) + "\nmax-sessions = " + (sessions + 2) + "\n");
    List<String> command = new ArrayList<>(List.of("java"));
    String options = System.getenv("STATION_JAVA_OPTIONS");
    if (options != null && !options.isBlank()) {
      command.addAll(List.of(options.trim().split("\\s+")));
    }
    command.addAll(List.of("-jar", "dist/termpaper.jar", "--data-dir", data.toString(), "serve",
        "--ssh", "0", "--source", "bundled:sample", "--offline"));
    Process station = new ProcessBuilder(command).redirectErrorStream(true).start();
    int port = port(station);
    SshClient client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.start();
    try (Relay relay = new Relay(port)) {
      List<Reader> readers = new ArrayList<>();
      readers.add(new Reader(client, relay.port(), key));
      Reader first = readers.get(0);
      first.latency("n", "p", 100); // warms the station's JIT up
      long[] one = memory(station.pid());
      System.out.printf("station with 1 session:   heap after GC %6.1f MB, RSS %6.1f MB%n",
          one[0] / 1e6, one[1] / 1e6);
      List<Long> solo = first.latency("n", "p", presses);
      for (int i = 1; i < sessions; i++) {
        readers.add(new Reader(client, relay.port(), key));
      }
      for (Reader r : readers) {
        r.latency("n", "p", 2);
      }
      long[] many = memory(station.pid());
      System.out.printf("station with %d sessions: heap after GC %6.1f MB, RSS %6.1f MB%n",
          sessions, many[0] / 1e6, many[1] / 1e6);
      System.out.printf("per extra session at 80x24: heap %5.2f MB, RSS %5.2f MB%n",
          (many[0] - one[0]) / 1e6 / (sessions - 1), (many[1] - one[1]) / 1e6 / (sessions - 1));
      List<CompletableFuture<List<Long>>> all = new ArrayList<>();
      for (Reader r : readers) {
        all.add(CompletableFuture.supplyAsync(() -> r.latencyUnchecked(presses / 4)));
      }
      List<Long> together = new ArrayList<>();
      for (CompletableFuture<List<Long>> f : all) {
        together.addAll(f.get(10, TimeUnit.MINUTES));
      }
      System.out.println("key-to-screen latency, 1 session:   " + percentiles(solo));
      System.out.println("key-to-screen latency, " + sessions + " sessions: "
          + percentiles(together));
      int[] local = UiBytes.nAndScrollAt80x24();
      int longest = args.length > 2 ? Integer.parseInt(args[2]) : local[2];
      new Reader(client, relay.port(), key).bytes(relay, longest);
      System.out.printf("bytes for n, local UI (the same path, no SSH) %5d; "
          + "for one-line scroll %5d%n", local[0], local[1]);
    } finally {
      client.stop();
      station.destroy();
      station.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static int port(Process station) throws Exception {
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(
          station.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            port.complete(Integer.parseInt(m.group(1)));
          }
        }
      } catch (IOException e) {
        // the station ended
      }
      port.complete(-1);
    });
    reader.setDaemon(true);
    reader.start();
    return port.get(60, TimeUnit.SECONDS);
  }

  /** The station's heap used after a full GC, and its resident set, in bytes. */
  private static long[] memory(long pid) throws Exception {
    run("jcmd", "" + pid, "GC.run");
    run("jcmd", "" + pid, "GC.run");
    String heap = run("jcmd", "" + pid, "GC.heap_info");
    Matcher used = Pattern.compile("total \\d+K, used (\\d+)K").matcher(heap);
    long usedBytes = 0;
    while (used.find()) {
      usedBytes += Long.parseLong(used.group(1)) * 1024;
    }
    long rss = 0;
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    }
    return new long[] {usedBytes, rss};
  }

  private static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  private static String percentiles(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    return String.format("p50 %5.1f ms, p99 %5.1f ms, max %5.1f ms (%d keys)",
        sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 99 / 100) / 1e6,
        sorted.get(sorted.size() - 1) / 1e6, sorted.size());
  }

  /** One reader session at 80x24, its output counted as it comes. */
  private static final class Reader {
    private final ChannelShell shell;
    private final Object lock = new Object();
    private long received;
    private long lastByte;

    Reader(SshClient client, int port, KeyPair key) throws Exception {
      ClientSession session = client.connect("reader", "127.0.0.1", port).verify(WAIT)
          .getSession();
      session.addPublicKeyIdentity(key);
      session.auth().verify(WAIT);
      shell = session.createShellChannel();
      shell.setPtyType("xterm");
      shell.setPtyColumns(80);
      shell.setPtyLines(24);
      shell.setEnv("LANG", "zh_CN.UTF-8");
      OutputStream counter = new OutputStream() {
        @Override
        public void write(int b) {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          synchronized (lock) {
            received += len;
            lastByte = System.nanoTime();
            lock.notifyAll();
          }
        }
      };
      shell.setOut(counter);
      shell.setErr(counter);
      shell.open().verify(WAIT);
      quiet(); // the first screen
    }

    /**
     * Waits until no byte has come for 100 ms; returns the bytes so far. It returns at once when
     * the last byte is older: after a key, wait for its frame first ({@link #settle}).
     */
    long quiet() throws InterruptedException {
      synchronized (lock) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (received == 0 || System.nanoTime() - lastByte < 100_000_000L) {
          if (System.nanoTime() > until) {
            throw new IllegalStateException("the station does not answer");
          }
          lock.wait(20);
        }
        return received;
      }
    }

    /** Presses {@code a} and {@code b} in turn; the time from each key to its first byte. */
    List<Long> latency(String a, String b, int presses) throws Exception {
      List<Long> times = new ArrayList<>();
      for (int i = 0; i < presses; i++) {
        long before;
        synchronized (lock) {
          before = received;
        }
        long start = System.nanoTime();
        press(i % 2 == 0 ? a : b);
        synchronized (lock) {
          while (received == before) {
            lock.wait(1000);
          }
          times.add(lastByte - start);
        }
        Thread.sleep(20); // the rest of the frame, and a reader's pause between keys
      }
      return times;
    }

    List<Long> latencyUnchecked(int presses) {
      try {
        return latency("n", "p", presses);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    /**
     * Bytes of the channel and of the wire for one n and one line of scrolling, on the path
     * {@code bench/ui-bytes} measures locally: from the first screen, n up to the article before
     * the longest, then n into it and j.
     */
    void bytes(Relay relay, int before) throws Exception {
      for (int i = 0; i < before; i++) {
        settle("n");
      }
      measure(relay, "n", "n");
      measure(relay, "j", "one-line scroll");
    }

    /**
     * Presses {@code key} and waits for its frame to start and then for 100 ms of quiet: a
     * quiet wait alone would pass at once, before the frame came, and the next measure would
     * count this key's frame too.
     */
    private void settle(String key) throws Exception {
      long before;
      synchronized (lock) {
        before = received;
      }
      press(key);
      synchronized (lock) {
        long until = System.nanoTime() + 2_000_000_000L;
        while (received == before && System.nanoTime() < until) {
          lock.wait(100);
        }
      }
      quiet();
    }

    /** Presses {@code key} and prints what it cost; false if it drew nothing within 2 s. */
    private boolean measure(Relay relay, String key, String name) throws Exception {
      long channel = quiet();
      long wire = relay.down.get();
      press(key);
      synchronized (lock) {
        long until = System.nanoTime() + 2_000_000_000L;
        while (received == channel) {
          if (System.nanoTime() > until) {
            return false;
          }
          lock.wait(100);
        }
      }
      long channelAfter = quiet();
      System.out.printf("bytes for %-16s channel (what a local terminal gets) %5d, "
          + "wire (TCP, SSH packets) %5d%n", name, channelAfter - channel,
          relay.down.get() - wire);
      return true;
    }

    private void press(String key) throws IOException {
      OutputStream in = shell.getInvertedIn();
      in.write(key.getBytes(StandardCharsets.UTF_8));
      in.flush();
    }
  }

  /** A TCP relay on loopback that counts the bytes the station sends. */
  private static final class Relay implements AutoCloseable {
    final AtomicLong down = new AtomicLong();
    private final ServerSocket server;

    Relay(int target) throws IOException {
      server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
      Thread accept = new Thread(() -> {
        try {
          while (true) {
            Socket client = server.accept();
            Socket upstream = new Socket("127.0.0.1", target);
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
            pipe(client.getInputStream(), upstream.getOutputStream(), null);
            pipe(upstream.getInputStream(), client.getOutputStream(), down);
          }
        } catch (IOException e) {
          // closed
        }
      });
      accept.setDaemon(true);
      accept.start();
    }

    int port() {
      return server.getLocalPort();
    }

    private static void pipe(InputStream in, OutputStream out, AtomicLong count) {
      Thread t = new Thread(() -> {
        byte[] buffer = new byte[16384];
        try {
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            out.flush();
            if (count != null) {
              count.addAndGet(n);
            }
          }
        } catch (IOException e) {
          // one side closed
        }
      });
      t.setDaemon(true);
      t.start();
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }
}
