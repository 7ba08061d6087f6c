package org.termpaper.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bundled sample's pictures, by the names its feeds give them, read from the classpath. */
final class SamplePhotos {
  private static final String FOLDER = "/org/termpaper/sample/";
  private static final Pattern NAMED = Pattern.compile("\"bundled:sample/([^\"]+)\"");

  private SamplePhotos() {}

  /** Every photo the sample names (not the page images), in feed order: name and bytes. */
  static Map<String, byte[]> all() {
    return named(false);
  }

  /** Every page image (版面图) the sample names, in feed order: name and bytes. */
  static Map<String, byte[]> pages() {
    return named(true);
  }

  private static Map<String, byte[]> named(boolean pages) {
    Map<String, byte[]> photos = new LinkedHashMap<>();
    Matcher dates = Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(text("calendar.json"));
    List<String> days = new ArrayList<>();
    while (dates.find()) {
      days.add(dates.group());
    }
    for (String day : days) {
      Matcher named = NAMED.matcher(text(day + ".json"));
      while (named.find()) {
        if (named.group(1).endsWith("-page.png") == pages) {
          photos.put(named.group(1), bytes(named.group(1)));
        }
      }
    }
    return photos;
  }

  static byte[] bytes(String name) {
    try (InputStream in = SamplePhotos.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("no " + FOLDER + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
