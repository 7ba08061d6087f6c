package org.termpaper.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.termpaper.ui.nav.Note;

/**
 * The words of the UI in one language, English or Simplified Chinese, from
 * {@code texts_LANG.properties}. Immutable and thread-safe.
 */
public final class Texts {
  private static final Pattern PLURAL = Pattern.compile("\\{(\\d)\\?([^|}]*)\\|([^}]*)}");
  private final String language;
  private final Properties words;

  private Texts(String language, Properties words) {
    this.language = language;
    this.words = words;
  }

  /** {@code en} or {@code zh}: the config's choice, else from {@code LC_ALL} or {@code LANG}. */
  public static String language(Optional<String> configured, Map<String, String> env) {
    if (configured.isPresent()) {
      return configured.get().toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
    }
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = env.getOrDefault(name, "");
      if (!value.isBlank()) {
        return value.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
      }
    }
    return "en";
  }

  /** The texts of {@code language} ({@code en} or {@code zh}). */
  public static Texts of(String language) {
    String lang = language.equals("zh") ? "zh" : "en";
    Properties words = new Properties();
    try (InputStream in = Texts.class.getResourceAsStream("texts_" + lang + ".properties")) {
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the UI texts", e);
    }
    return new Texts(lang, words);
  }

  /** {@code en} or {@code zh}. */
  public String language() {
    return language;
  }

  /**
   * The text of {@code key} with {@code {0}}, {@code {1}}… filled in, and
   * {@code {1?part|parts}} as the first word when argument 1 is 1, else the second.
   */
  public String get(String key, Object... args) {
    String text = words.getProperty(key);
    if (text == null) {
      throw new IllegalArgumentException("no UI text '" + key + "'");
    }
    text = PLURAL.matcher(text).replaceAll(m -> {
      int i = Integer.parseInt(m.group(1));
      boolean one = i < args.length && String.valueOf(args[i]).equals("1");
      return Matcher.quoteReplacement(one ? m.group(2) : m.group(3));
    });
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** A status-line message in words. */
  public String note(Note note) {
    return get("note." + note.kind().name(), note.args().toArray());
  }
}
