package org.termpaper.archive;

import java.nio.file.Path;
import java.time.LocalDate;
import org.termpaper.model.TermpaperException;

/**
 * The archive cannot be opened, read or written: a damaged file, a schema from a newer
 * termpaper, a full disk. Names the archive file and, where one is concerned, the issue date.
 */
public final class ArchiveException extends TermpaperException {
  private final Path file;
  private final LocalDate date;

  public ArchiveException(Path file, String problem, Throwable cause) {
    this(file, null, problem, cause);
  }

  public ArchiveException(Path file, LocalDate date, String problem, Throwable cause) {
    super("archive " + file + (date == null ? "" : " (issue of " + date + ")") + ": " + problem,
        cause);
    this.file = file;
    this.date = date;
  }

  public Path file() {
    return file;
  }

  /** The issue concerned, or null. */
  public LocalDate date() {
    return date;
  }
}
