package org.termpaper.serve;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.termpaper.text.TextCleaner;

/**
 * The station's event log: one line per event (start, stop, connection, request, fetch,
 * error) on standard output and in the log file. Every line is cleaned of control characters
 * and escape sequences first, since request paths and server messages come from the network;
 * never a stack trace. Thread-safe.
 */
public final class StationLog {
  private static final Logger LOG = Logger.getLogger("org.termpaper.serve");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private final PrintWriter out;
  private final Clock clock;

  /** Writes to {@code out} with times by {@code clock} (in its zone), and to the log file. */
  public StationLog(PrintWriter out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  /** A log line of {@code service} (such as {@code http}, {@code fetch}, {@code station}). */
  public void event(String service, String what) {
    write(Level.INFO, service, what);
  }

  /** A failure: the same one line, marked as an error. */
  public void error(String service, String what) {
    write(Level.WARNING, service, "error: " + what);
  }

  private void write(Level level, String service, String what) {
    String line = TextCleaner.line(service + " " + what);
    LOG.log(level, line);
    String time = TIME.format(clock.instant().atZone(zone()));
    synchronized (out) {
      out.println(time + " " + line);
      out.flush();
    }
  }

  private ZoneId zone() {
    return clock.getZone();
  }
}
