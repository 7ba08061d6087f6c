package org.termpaper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogsTest {
  private static final String FORMAT = "java.util.logging.SimpleFormatter.format";

  @TempDir
  Path data;

  private Handler[] handlers;
  private Level rootLevel;
  private Level ourLevel;
  private String format;

  @BeforeEach
  void save() {
    Logger root = LogManager.getLogManager().getLogger("");
    handlers = root.getHandlers();
    rootLevel = root.getLevel();
    ourLevel = Logger.getLogger("org.termpaper").getLevel();
    format = System.getProperty(FORMAT);
  }

  /** Puts back the JVM-wide logging this test changed, rather than leave it in a deleted dir. */
  @AfterEach
  void restore() {
    Logger root = LogManager.getLogManager().getLogger("");
    for (Handler handler : root.getHandlers()) {
      root.removeHandler(handler);
      handler.close();
    }
    for (Handler handler : handlers) {
      root.addHandler(handler);
    }
    root.setLevel(rootLevel);
    Logger.getLogger("org.termpaper").setLevel(ourLevel);
    if (format == null) {
      System.clearProperty(FORMAT);
    } else {
      System.setProperty(FORMAT, format);
    }
  }

  @Test
  void logsGoToTheFileInTheDataDirectoryAndNowhereElse() throws Exception {
    Logs.toFile(data.resolve("termpaper.log"), false);

    Logger.getLogger("org.termpaper.archive.Downloader").warning("fetch of 2022-07-14 failed");
    Logger.getLogger("org.termpaper.net.http").fine("GET http://x/ -> 200");

    Handler[] handlers = LogManager.getLogManager().getLogger("").getHandlers();
    assertThat(handlers).singleElement()
        .isInstanceOf(java.util.logging.FileHandler.class);
    handlers[0].flush();
    String log = Files.readString(data.resolve("termpaper.log"));
    assertThat(log).contains("WARNING org.termpaper.archive.Downloader: fetch of 2022-07-14");
    assertThat(log).doesNotContain("GET http://x/");
  }

  @Test
  void debugAddsTheHttpLog() throws Exception {
    Logs.toFile(data.resolve("termpaper.log"), true);

    Logger.getLogger("org.termpaper.net.http").fine("GET http://x/ -> 200");

    LogManager.getLogManager().getLogger("").getHandlers()[0].flush();
    assertThat(Files.readString(data.resolve("termpaper.log"))).contains("GET http://x/ -> 200");
  }

  @Test
  void theDebugLevelOutlivesAGarbageCollectionBeforeAnyLoggerOfOursExists() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process probe = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        LogsLevelProbe.class.getName(), data.resolve("termpaper.log").toString())
        .redirectErrorStream(true).start();
    String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(said.strip()).isEqualTo("collected FINE");
  }
}
