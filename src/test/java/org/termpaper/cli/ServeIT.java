package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar's {@code serve} as a user runs it: it logs its start, serves the sample it
 * fetched at start, and on SIGTERM stops cleanly within five seconds, with no stack trace.
 */
class ServeIT {
  private static final Path JAR = Path.of("dist/termpaper.jar").toAbsolutePath();
  private static final Pattern LISTENING =
      Pattern.compile("http listening on 127\\.0\\.0\\.1:(\\d+)");

  @TempDir
  Path data;

  @Test
  @Timeout(120)
  void servesTheSampleAndStopsCleanlyOnSigterm() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "dist/termpaper.jar is missing: run mvn package first");
    Process station = new ProcessBuilder("java", "-jar", JAR.toString(), "--data-dir",
        data.toString(), "serve", "--http", "0")
        .redirectError(data.resolve("stderr").toFile()).start();
    List<String> lines = new CopyOnWriteArrayList<>();
    BlockingQueue<String> fresh = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(
          station.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          lines.add(line);
          fresh.add(line);
        }
      } catch (IOException e) {
        fresh.add("(output closed: " + e.getMessage() + ")");
      }
    });
    reader.start();
    try {
      int port = -1;
      boolean fetched = false;
      while (port < 0 || !fetched) {
        String line = fresh.poll(60, TimeUnit.SECONDS);
        assertThat(line).as("the station's next line; so far: " + lines).isNotNull();
        Matcher listening = LISTENING.matcher(line);
        port = listening.find() ? Integer.parseInt(listening.group(1)) : port;
        fetched |= line.contains(" fetch sample: ");
      }

      HttpResponse<String> calendar = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/sample/calendar.json")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(calendar.statusCode()).isEqualTo(200);
      assertThat(calendar.body()).contains("termpaper.calendar/1");

      long asked = System.nanoTime();
      station.toHandle().destroy(); // SIGTERM; Process.destroy would also close our pipes
      assertThat(station.waitFor(5, TimeUnit.SECONDS)).as("stopped within 5 s").isTrue();
      assertThat(System.nanoTime() - asked).isLessThan(TimeUnit.SECONDS.toNanos(5));
      reader.join(5_000);
    } finally {
      station.destroyForcibly();
    }
    assertThat(station.exitValue()).isEqualTo(143);
    assertThat(lines).anyMatch(l -> l.contains(" http 127.0.0.1 GET /sample/calendar.json 200 "));
    assertThat(lines).anyMatch(l -> l.endsWith(" station stopped"));
    String err = Files.readString(data.resolve("stderr"));
    assertThat(err).doesNotContain("Exception", "\tat ");
    assertThat(Files.readString(data.resolve("termpaper.log"))).contains("station stopped");
  }
}
