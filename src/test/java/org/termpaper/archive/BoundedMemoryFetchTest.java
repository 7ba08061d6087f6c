package org.termpaper.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.termpaper.testing.PdfFeedServer;

/**
 * {@code termpaper fetch --pdf} of 2 issues with eight PDFs of 5,000,000 bytes completes in a
 * JVM whose heap is smaller than the PDFs together: each is written into the archive as it
 * arrives. Before, every PDF of an issue was held in memory until one store, and such a fetch
 * failed with {@link OutOfMemoryError}.
 */
class BoundedMemoryFetchTest {
  private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
  private static final int PDF_BYTES = 5_000_000;

  @TempDir
  Path data;

  @Test
  void eightPdfsOf5MegabytesAreFetchedWithA24MegabyteHeap() throws Exception {
    try (PdfFeedServer server = PdfFeedServer.serve(FIRST, 2, 4, PDF_BYTES)) {
      String jvm = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command = List.of(jvm, "-Xmx24m", "-XX:+UseSerialGC",
          "-cp", System.getProperty("java.class.path"), "org.termpaper.cli.Main",
          "--data-dir", data.toString(), "fetch", "--source",
          server.url("/calendar.json").toString(), "--from", FIRST.toString(),
          "--to", FIRST.plusDays(1).toString(), "--pdf");
      File log = data.resolve("child.log").toFile();
      Process child = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log).start();
      assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as(Files.readString(log.toPath())).isZero();

      try (Archive archive = Archive.open(data.resolve(Archive.FILE_NAME))) {
        for (LocalDate date : List.of(FIRST, FIRST.plusDays(1))) {
          assertThat(archive.resourceUrls("tpdaily", date)).hasSize(4);
        }
        String url = server.edition(FIRST).pages().get(3).pdf();
        assertThat(archive.resource(url).orElseThrow().data())
            .isEqualTo(server.pdf(URI.create(url).getPath()));
      }
    }
  }
}
