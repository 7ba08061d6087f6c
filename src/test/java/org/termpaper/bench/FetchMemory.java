package org.termpaper.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.termpaper.testing.PdfFeedServer;

/**
 * The peak resident memory of {@code termpaper fetch --pdf --images} of 2 issues from a
 * loopback server, with 2 and with 8 page PDFs of 5,000,000 bytes in all, run as a user runs
 * the jar (the launcher's flags) under a small heap, measured by {@code /usr/bin/time -v}.
 * Prints each run's peak, exit status and PDFs archived, and the median per case. Run by
 * {@code bench/fetch-memory}; not a test.
 *
 * <p>Arguments: {@code [--jar JAR] [--baseline JAR] [--xmx SIZE] [--runs N]}; defaults
 * dist/termpaper.jar, none, 32m, 3. With a baseline, each case runs it too and prints the ratio
 * of the medians.
 * A fetch that has not ended after two minutes is killed and shown with exit -1.
 */
public final class FetchMemory {
  private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
  private static final int ISSUES = 2;
  private static final int PDF_BYTES = 5_000_000;
  /** A fetch still running after this is reported as exit -1 and killed. */
  private static final long TIMEOUT_SECONDS = 120;
  private static final Pattern PEAK =
      Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

  private FetchMemory() {}

  public static void main(String[] args) throws Exception {
    String jar = "dist/termpaper.jar";
    String baseline = null;
    String xmx = "32m";
    int runs = 3;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--jar" -> jar = args[i + 1];
        case "--baseline" -> baseline = args[i + 1];
        case "--xmx" -> xmx = args[i + 1];
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    System.out.printf("-Xmx%s, %d issues, PDFs of %,d bytes, %d runs each%n", xmx, ISSUES,
        PDF_BYTES, runs);
    for (int pdfs : new int[] {2, 8}) {
      try (PdfFeedServer server = PdfFeedServer.serve(FIRST, ISSUES, pdfs / ISSUES, PDF_BYTES)) {
        String url = server.url("/calendar.json").toString();
        long base = baseline == null ? -1 : median(baseline, xmx, url, pdfs, runs);
        long peak = median(jar, xmx, url, pdfs, runs);
        if (base > 0 && peak > 0) {
          System.out.printf("%d PDFs: %s/%s peak RSS = %.2f%n", pdfs, jar, baseline,
              (double) peak / base);
        }
      }
    }
  }

  /** The median peak of {@code runs} fetches by {@code jar}, after printing each. */
  private static long median(String jar, String xmx, String url, int pdfs, int runs)
      throws Exception {
    List<Long> peaks = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      Result result = fetch(jar, xmx, url);
      System.out.printf("  %s, %d PDFs, run %d: peak RSS %,d KiB, exit %d, %d PDFs archived%n",
          jar, pdfs, run + 1, result.peakKib, result.exit, result.archived);
      if (result.exit != 0 || result.archived != pdfs) {
        System.out.println("    " + result.tail.replace("\n", "\n    "));
      }
      peaks.add(result.peakKib);
    }
    peaks.sort(Comparator.naturalOrder());
    long median = peaks.get(peaks.size() / 2);
    System.out.printf("%s, %d PDFs: median peak RSS %,d KiB%n", jar, pdfs, median);
    return median;
  }

  private record Result(long peakKib, int exit, int archived, String tail) {}

  private static Result fetch(String jar, String xmx, String url) throws Exception {
    Path data = Files.createTempDirectory("termpaper-bench-memory");
    Path log = data.resolve("run.log");
    try {
      List<String> command = List.of("/usr/bin/time", "-v", "java", "-Xmx" + xmx,
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar,
          "--data-dir", data.toString(), "fetch", "--source", url, "--from", FIRST.toString(),
          "--to", FIRST.plusDays(ISSUES - 1).toString(), "--pdf", "--images");
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      int exit;
      if (process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        exit = process.exitValue();
      } else {
        // Killed: /usr/bin/time still reports its peak, and "terminated by signal 9".
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.waitFor();
        exit = -1;
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Matcher peak = PEAK.matcher(output);
      long kib = peak.find() ? Long.parseLong(peak.group(1)) : -1;
      int time = output.indexOf("\tCommand being timed");
      String tail = (time < 0 ? output : output.substring(0, time)).strip();
      tail = tail.length() > 600 ? tail.substring(tail.length() - 600) : tail;
      return new Result(kib, exit, archived(data.resolve("archive.db")), tail);
    } finally {
      deleteTree(data);
    }
  }

  private static int archived(Path file) {
    if (!Files.exists(file)) {
      return 0;
    }
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = db.createStatement();
        ResultSet row = statement.executeQuery(
            "SELECT count(*) FROM resources WHERE edition_id IS NOT NULL AND kind = 'PDF'")) {
      return row.next() ? row.getInt(1) : 0;
    } catch (SQLException e) {
      return -1;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
