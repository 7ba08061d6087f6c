package org.termpaper.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.termpaper.config.DataDirs;
import org.termpaper.text.TextCleaner;

/**
 * The station's event log: one line per event (start, stop, connection, request, fetch,
 * error) on standard output and appended to the log file. Every line is cleaned of control
 * characters and escape sequences first, since request paths and server messages come from the
 * network; never a stack trace. Thread-safe.
 *
 * <p>The file is written directly, each line in one unbuffered append, rather than through the
 * JDK's logging: that closes its handlers in a shutdown hook of its own, which would lose the
 * lines of a station stopping on SIGTERM. The lines have the shape of the rest of the file, and
 * the file is kept to the same size ({@link DataDirs#LOG_FILE_LIMIT}): a line that would take
 * it past that starts it afresh, as the JDK's logging does with one file.
 */
public final class StationLog {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private final PrintWriter out;
  private final Clock clock;
  private final Path file;
  private final long limit;
  private FileChannel channel;
  private boolean fileFailed;

  /**
   * Writes to {@code out} with times by {@code clock} (in its zone), and to {@code file}.
   *
   * @param file the log file, or null for none; one that cannot be written is left alone
   */
  public StationLog(PrintWriter out, Clock clock, Path file) {
    this(out, clock, file, DataDirs.LOG_FILE_LIMIT);
  }

  /** As above, the file started afresh when a line would take it past {@code limit} bytes. */
  StationLog(PrintWriter out, Clock clock, Path file, long limit) {
    this.out = out;
    this.clock = clock;
    this.file = file;
    this.limit = limit;
  }

  /** A log line of {@code service} (such as {@code http}, {@code fetch}, {@code station}). */
  public void event(String service, String what) {
    write("INFO", service, what);
  }

  /** A failure: the same one line, marked as an error. */
  public void error(String service, String what) {
    write("WARNING", service, "error: " + what);
  }

  private void write(String level, String service, String what) {
    String line = TextCleaner.line(service + " " + what);
    String time = TIME.format(clock.instant().atZone(clock.getZone()));
    synchronized (this) {
      out.println(time + " " + line);
      out.flush();
      append(time + " " + level + " org.termpaper.serve: " + line + "\n");
    }
  }

  private void append(String line) {
    if (file == null || fileFailed) {
      return;
    }
    try {
      if (channel == null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.APPEND);
      }
      ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
      if (channel.size() + bytes.remaining() > limit) {
        channel.truncate(0);
      }
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    } catch (IOException | RuntimeException e) {
      fileFailed = true; // standard output still has every line
    }
  }
}
