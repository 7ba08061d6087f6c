package org.termpaper.picture;

import java.util.Locale;

/** Byte counts as a reader reads them: {@code 812 B}, {@code 9.6 KB}, {@code 2.4 MB}. */
public final class Sizes {
  private Sizes() {}

  public static String bytes(long n) {
    if (n < 1024) {
      return n + " B";
    }
    if (n < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
  }
}
