package org.termpaper.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.termpaper.model.TermpaperException;

/**
 * Hands a file to the desktop's viewer where there is a desktop: {@code open} on macOS,
 * {@code xdg-open} where {@code DISPLAY} or {@code WAYLAND_DISPLAY} is set; over SSH or on a
 * console there is none, and the caller says where the file is instead. Files are written first
 * under the cache directory's {@code open/}, since the archive keeps them inside its database.
 * Thread-safe.
 */
final class Opener {
  private final Map<String, String> env;
  private final String osName;
  private final Path folder;

  Opener(Map<String, String> env, String osName, Path cache) {
    this.env = env;
    this.osName = osName;
    this.folder = cache.resolve("open");
  }

  /** The viewer command for a file in this environment, or empty when there is no desktop. */
  Optional<List<String>> viewer(Path file) {
    if (osName.toLowerCase(Locale.ROOT).startsWith("mac")
        && !env.containsKey("SSH_CONNECTION")) {
      return Optional.of(List.of("open", file.toString()));
    }
    if (set("DISPLAY") || set("WAYLAND_DISPLAY")) {
      return Optional.of(List.of("xdg-open", file.toString()));
    }
    return Optional.empty();
  }

  private boolean set(String name) {
    String value = env.get(name);
    return value != null && !value.isBlank();
  }

  /** Writes {@code data} as {@code name} under the folder of opened files; returns the file. */
  Path save(String name, byte[] data) {
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_"));
      Files.write(file, data);
      return file;
    } catch (IOException e) {
      throw new TermpaperException("cannot write " + folder.resolve(name) + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Starts the viewer on {@code file} and does not wait for it; returns false when there is no
   * desktop or the viewer cannot be started.
   */
  boolean open(Path file) {
    Optional<List<String>> command = viewer(file);
    if (command.isEmpty()) {
      return false;
    }
    try {
      new ProcessBuilder(command.get()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
