package org.termpaper.picture;

import java.util.Locale;
import java.util.Set;

/** What picture bytes are, by their first bytes, and whether they end where they should. */
final class Formats {
  static final Set<String> READABLE = Set.of("JPEG", "PNG", "GIF", "BMP");

  private Formats() {}

  static String sniff(byte[] d) {
    if (starts(d, 0xFF, 0xD8, 0xFF)) {
      return "JPEG";
    }
    if (starts(d, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "PNG";
    }
    if (starts(d, 'G', 'I', 'F', '8')) {
      return "GIF";
    }
    if (starts(d, 'B', 'M') && d.length > 26) {
      return "BMP";
    }
    if (starts(d, 'R', 'I', 'F', 'F') && d.length > 12 && d[8] == 'W' && d[9] == 'E'
        && d[10] == 'B' && d[11] == 'P') {
      return "WebP";
    }
    if (d.length > 12 && d[4] == 'f' && d[5] == 't' && d[6] == 'y' && d[7] == 'p') {
      return "HEIF or AVIF";
    }
    if (starts(d, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    return "unknown";
  }

  /** Why bytes of {@code format} are not shown. */
  static String notReadable(String format, byte[] d) {
    if (format.equals("unknown")) {
      String head = new String(d, 0, Math.min(d.length, 512), java.nio.charset.StandardCharsets
          .ISO_8859_1).strip().toLowerCase(Locale.ROOT);
      if (head.startsWith("<")) {
        return "not a picture but a web page (the server answered with HTML)";
      }
      return "not a picture termpaper knows (neither JPEG, PNG, GIF nor BMP)";
    }
    return "a " + format + " picture, which termpaper cannot decode";
  }

  /** The format a URL or file name says, by its extension, or null. */
  static String claimed(String name) {
    if (name == null) {
      return null;
    }
    String path = name.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
    if (path.endsWith(".jpg") || path.endsWith(".jpeg") || path.endsWith(".jpe")) {
      return "JPEG";
    }
    if (path.endsWith(".png")) {
      return "PNG";
    }
    if (path.endsWith(".gif")) {
      return "GIF";
    }
    if (path.endsWith(".bmp")) {
      return "BMP";
    }
    return null;
  }

  /** True when a JPEG lacks its end marker or a PNG its end chunk. */
  static boolean cutShort(String format, byte[] d) {
    if (format.equals("JPEG")) {
      for (int i = d.length - 1; i > 0 && i >= d.length - 64; i--) {
        if ((d[i - 1] & 0xFF) == 0xFF && (d[i] & 0xFF) == 0xD9) {
          return false;
        }
      }
      return true;
    }
    if (format.equals("PNG")) {
      return d.length < 12 || !(d[d.length - 8] == 'I' && d[d.length - 7] == 'E'
          && d[d.length - 6] == 'N' && d[d.length - 5] == 'D');
    }
    return false;
  }

  private static boolean starts(byte[] d, int... magic) {
    if (d.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((d[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
