package org.termpaper.source.founder;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a page into text the way a browser would, and says when it had to guess.
 *
 * <p>The charset is taken from the HTTP {@code Content-Type} header, then a byte order mark,
 * then a {@code <meta charset>}, {@code <meta http-equiv>} or XML declaration; GB2312 and GBK
 * are read as GB18030, their superset. Bytes with no declaration that are not valid UTF-8 are
 * read as GB18030. A declaration the bytes contradict (GBK declared, UTF-8 sent, or the other
 * way round) is overruled, with a warning; bytes that fit no charset are decoded with
 * replacement characters, with a warning that counts them; text that already holds
 * {@code 锟斤拷} or U+FFFD (damaged before it reached us) gets a warning too. Stateless.
 */
final class CharsetSniffer {
  static final Charset GB18030 = Charset.forName("GB18030");
  private static final Set<String> GB_FAMILY = Set.of("gb2312", "gbk", "gb18030", "x-gbk",
      "gb_2312-80", "csgb2312", "euc-cn", "x-euc-cn", "cp936", "windows-936", "ms936",
      "chinese", "iso-ir-58", "csiso58gb231280", "hz-gb-2312");
  private static final Pattern HEADER_CHARSET =
      Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
  private static final Pattern XML_ENCODING =
      Pattern.compile("(?i)<\\?xml[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)");
  private static final int SNIFF_BYTES = 4096;

  private CharsetSniffer() {}

  /**
   * Decoded text, the charset it was read in and what the reader should know.
   *
   * @param text the text, without byte order mark
   * @param charset the charset the bytes were read in
   * @param warnings problems found, each naming the document; may be empty
   */
  record Decoded(String text, Charset charset, List<String> warnings) {
    Decoded {
      warnings = List.copyOf(warnings);
    }
  }

  static Decoded decode(byte[] bytes, String contentType, String where) {
    List<String> warnings = new ArrayList<>();
    Declared declared = declared(bytes, contentType, where, warnings);
    int skip = bomLength(bytes);
    Charset bom = bomCharset(bytes);
    Charset chosen;
    if (declared != null) {
      chosen = verify(bytes, skip, declared, bom, where, warnings);
    } else if (bom != null) {
      chosen = bom;
    } else {
      chosen = strict(bytes, 0, StandardCharsets.UTF_8) != null ? StandardCharsets.UTF_8
          : GB18030;
    }
    int offset = bom != null && bom.equals(chosen) ? skip : 0;
    String text = strict(bytes, offset, chosen);
    if (text == null) {
      text = new String(bytes, offset, bytes.length - offset, chosen);
      long bad = text.chars().filter(c -> c == 0xFFFD).count();
      warnings.add(where + ": " + bad + " character(s) could not be decoded as " + chosen.name()
          + " and show as U+FFFD");
    } else {
      damage(text, where, warnings);
    }
    return new Decoded(text, chosen, warnings);
  }

  private record Declared(Charset charset, String name, String how) {}

  private static Declared declared(byte[] bytes, String contentType, String where,
      List<String> warnings) {
    String name = find(HEADER_CHARSET, contentType);
    String how = "the HTTP header";
    if (name == null && bomCharset(bytes) != null) {
      return null;
    }
    if (name == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES),
          StandardCharsets.ISO_8859_1);
      name = find(META_CHARSET, head);
      how = "a meta tag";
      if (name == null) {
        name = find(XML_ENCODING, head);
        how = "the XML declaration";
      }
    }
    if (name == null) {
      return null;
    }
    Charset charset = forName(name);
    if (charset == null) {
      warnings.add(where + ": unknown charset '" + name + "' declared in " + how
          + "; the charset was guessed");
      return null;
    }
    return new Declared(charset, name, how);
  }

  /** The declared charset, unless the bytes clearly are in another one. */
  private static Charset verify(byte[] bytes, int skip, Declared declared, Charset bom,
      String where, List<String> warnings) {
    Charset charset = declared.charset();
    boolean gb = charset.equals(GB18030);
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    Charset actual = charset;
    if (bom != null && !bom.equals(charset)) {
      actual = bom;
    } else if (gb && hasMultibyte(bytes) && strict(bytes, skip, StandardCharsets.UTF_8) != null) {
      // GBK text is almost never valid UTF-8, but UTF-8 text mostly "decodes" as GBK into
      // 锟斤拷-like nonsense: valid UTF-8 wins over a GB declaration.
      actual = StandardCharsets.UTF_8;
    } else if (strict(bytes, 0, charset) == null) {
      Charset other = utf8 ? GB18030 : StandardCharsets.UTF_8;
      if (strict(bytes, 0, other) != null) {
        actual = other;
      } else if (!utf8 && !gb && strict(bytes, 0, GB18030) != null) {
        actual = GB18030;
      }
    }
    if (!actual.equals(charset)) {
      warnings.add(where + ": declared " + declared.name() + " in " + declared.how()
          + " but the bytes are " + actual.name() + "; read as " + actual.name());
    }
    return actual;
  }

  private static void damage(String text, String where, List<String> warnings) {
    if (text.contains("锟斤拷")) {
      warnings.add(where + ": the text holds 锟斤拷, characters damaged before publication");
    } else if (text.indexOf(0xFFFD) >= 0) {
      warnings.add(where + ": the text holds U+FFFD, characters damaged before publication");
    }
  }

  /** The text if every byte decodes cleanly, else null. */
  static String strict(byte[] bytes, int offset, Charset charset) {
    try {
      CharBuffer chars = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The charset of a name, GB2312 and GBK as GB18030; null when unknown. */
  static Charset forName(String name) {
    String lower = name.trim().toLowerCase(Locale.ROOT);
    if (GB_FAMILY.contains(lower)) {
      return GB18030;
    }
    if (lower.equals("utf8")) {
      return StandardCharsets.UTF_8;
    }
    try {
      Charset charset = Charset.forName(lower);
      String canonical = charset.name().toLowerCase(Locale.ROOT);
      return GB_FAMILY.contains(canonical) ? GB18030 : charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static int bomLength(byte[] bytes) {
    Charset bom = bomCharset(bytes);
    return bom == null ? 0 : bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }

  private static boolean hasMultibyte(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  private static String find(Pattern pattern, String text) {
    if (text == null) {
      return null;
    }
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
