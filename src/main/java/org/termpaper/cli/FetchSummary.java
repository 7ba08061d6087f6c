package org.termpaper.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.termpaper.archive.EditionResult.Outcome;
import org.termpaper.archive.FetchFailure;
import org.termpaper.archive.FetchReport;
import org.termpaper.net.TransferStats;
import org.termpaper.text.TextCleaner;

/** The lines that end a fetch: issues, articles, bytes, time, and every part still missing. */
final class FetchSummary {
  private FetchSummary() {}

  static void print(PrintWriter out, FetchReport report) {
    TransferStats t = report.transfer();
    out.println(report.paper().name() + " (" + report.paper().id() + "): "
        + count(report.editions().size(), "issue", "issues") + ": "
        + report.count(Outcome.FETCHED) + " fetched, "
        + report.count(Outcome.UPDATED) + " updated, "
        + report.count(Outcome.SKIPPED) + " already archived, "
        + report.count(Outcome.PARTIAL) + " incomplete, "
        + report.count(Outcome.FAILED) + " failed");
    out.println(count(report.articles(), "article", "articles") + "; transferred "
        + size(t.bytesReceived()) + " in " + count(t.requests(), "request", "requests")
        + " (" + t.cacheHits() + " answered by the cache alone, " + t.notModified()
        + " not modified); " + seconds(report.time().toMillis()));
    List<FetchFailure> failures = report.failures();
    if (!failures.isEmpty()) {
      out.println("missing (fetch again to complete):");
      failures.forEach(f -> out.println("  " + TextCleaner.line(f.describe())));
    }
  }

  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
