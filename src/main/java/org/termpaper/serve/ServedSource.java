package org.termpaper.serve;

import java.util.regex.Pattern;

/**
 * One paper a station serves: the name readers know it by (the feed folder {@code /NAME/}, the
 * SSH session's source), and where it is read from. Immutable.
 *
 * @param name the name in URLs and logs: a config source's name, else the paper's id
 * @param spec what the station was given ({@code --source} or the config's name), for the
 *     resolver
 * @param location where {@code spec} reads from, as the archive remembers it
 */
public record ServedSource(String name, String spec, String location) {
  /** Names that stay one path segment in any URL and need no quoting in a log line. */
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");

  public ServedSource {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a served source's name must be 1 to 64 letters, "
          + "digits, '.', '_' or '-', starting with a letter or digit, not '" + name + "'");
    }
    if (spec == null || spec.isBlank() || location == null || location.isBlank()) {
      throw new IllegalArgumentException("served source " + name + " needs a spec and location");
    }
  }

  /** True when {@code name} may name a served source (see the record's description). */
  public static boolean isValidName(String name) {
    return name != null && NAME.matcher(name).matches();
  }
}
