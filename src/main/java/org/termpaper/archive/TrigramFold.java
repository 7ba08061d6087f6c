package org.termpaper.archive;

import java.util.Locale;

/**
 * Folds text onto a 24-letter alphabet before it is indexed, so that the trigram index stays
 * small. Chinese has tens of thousands of characters, so nearly every trigram of a Chinese
 * article is a term of its own, and a plain trigram index costs more than the text itself
 * (measured: 1.4 times its UTF-8 bytes, more than the deflated text and the rest of the archive
 * together). Folded, there are at most 24^3 = 13,824 terms of three ASCII bytes, soon all
 * present, and an article costs about one short posting per distinct trigram: a third of the
 * plain index.
 *
 * <p>Folding is many-to-one, so the index finds a superset of the articles that hold a term;
 * {@link Search} confirms each candidate against the real text. An article of 1,300 characters
 * covers about 8% of the terms, so a three-character query yields about that share of false
 * candidates, a four-character one well under 1%. Text and queries are lower-cased first, so
 * ASCII matches in any case. Changing the alphabet changes the index: it needs a schema
 * migration that rebuilds {@code article_text}. Stateless.
 */
final class TrigramFold {
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwx";

  private TrigramFold() {}

  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder folded = new StringBuilder(lower.length());
    lower.codePoints().forEach(c -> folded.append(letter(c)));
    return folded.toString();
  }

  /** The letter for a code point: a multiplicative hash, scaled onto the alphabet. */
  static char letter(int codePoint) {
    if (Character.isWhitespace(codePoint)) {
      return ' ';
    }
    long hash = (codePoint * 0x9E3779B1) & 0xFFFFFFFFL;
    return ALPHABET.charAt((int) (hash * ALPHABET.length() >>> 32));
  }
}
