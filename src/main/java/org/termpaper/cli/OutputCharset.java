package org.termpaper.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * The charset to write standard output and error in: the locale's own when it can carry Chinese
 * (a {@code zh_CN.GB18030} terminal, say), else UTF-8. A missing or ASCII locale, as over many
 * SSH sessions, would turn every ideograph into {@code ?}; UTF-8 is the better guess there.
 */
final class OutputCharset {
  private OutputCharset() {}

  static Charset of(String localeEncoding) {
    if (localeEncoding == null || localeEncoding.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      Charset charset = Charset.forName(localeEncoding.strip());
      String name = charset.name();
      if (name.equalsIgnoreCase("GB2312") || name.equalsIgnoreCase("GBK")) {
        return Charset.forName("GB18030"); // the superset, as for pages
      }
      return charset.canEncode() && charset.newEncoder().canEncode("中文𠮷")
          ? charset : StandardCharsets.UTF_8;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return StandardCharsets.UTF_8;
    }
  }
}
