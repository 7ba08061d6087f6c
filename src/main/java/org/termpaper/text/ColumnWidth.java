package org.termpaper.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * How many terminal columns text takes, counted per extended grapheme cluster (DESIGN.md §6,
 * rules W1–W3), with ICU4J's segmentation and Unicode properties.
 *
 * <ul>
 *   <li>A cluster is 2 columns if it is an emoji presentation sequence (holds U+FE0F), a flag
 *       (two regional indicators), an emoji ZWJ sequence or carries a skin tone; 1 if it holds
 *       U+FE0E; otherwise as wide as its first code point of non-zero width.</li>
 *   <li>A code point is 0 if it is a combining mark (Mn, Me), a format character (Cf), a control
 *       character or a Hangul medial vowel or final consonant; 2 if East Asian Wide or Fullwidth;
 *       East Asian Ambiguous (“ ” … — · °) is 1, or 2 when made with {@code ambiguousWide}.
 *       The rest is 1.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe. Text should be cleaned first ({@link TextCleaner}).
 */
public final class ColumnWidth {
  private static final int VS15 = 0xFE0E;
  private static final int VS16 = 0xFE0F;
  private static final int ZWJ = 0x200D;

  /** ICU break iterators are not thread-safe; each thread gets its own. */
  /**
   * One shared string per character of the Basic Multilingual Plane, made when first needed: a
   * screen's text is cut into clusters for every frame of every session, and most clusters
   * (every ASCII and CJK one) are one such character. Strings are immutable, so a race to fill
   * a slot is harmless.
   */
  private static final String[] ONE_CHAR = new String[Character.MAX_VALUE + 1];

  private static final ThreadLocal<BreakIterator> CHARACTERS =
      ThreadLocal.withInitial(() -> BreakIterator.getCharacterInstance(ULocale.ROOT));

  private final boolean ambiguousWide;

  /** @param ambiguousWide whether East Asian Ambiguous characters take 2 columns, not 1 */
  public ColumnWidth(boolean ambiguousWide) {
    this.ambiguousWide = ambiguousWide;
  }

  /** The width from a config value of 1 or 2 ({@code ambiguous-width}). */
  public static ColumnWidth forAmbiguousWidth(int columns) {
    if (columns != 1 && columns != 2) {
      throw new IllegalArgumentException("ambiguous width must be 1 or 2, not " + columns);
    }
    return new ColumnWidth(columns == 2);
  }

  /**
   * Loads ICU's grapheme rules and property data now, which takes some 60 ms in a fresh JVM, so
   * that the first measurement does not pay for it. Meant for a background thread at start-up,
   * while the edition loads; harmless to call again.
   */
  public static void preload() {
    new ColumnWidth(false).of("中e\u0301");
  }

  public boolean ambiguousWide() {
    return ambiguousWide;
  }

  /** The columns {@code text} takes: the sum over its grapheme clusters; 0 for null. */
  public int of(String text) {
    if (text == null) {
      return 0;
    }
    if (isPrintableAscii(text)) {
      return text.length();
    }
    int columns = 0;
    for (String cluster : clusters(text)) {
      columns += ofCluster(cluster);
    }
    return columns;
  }

  /** The columns of one extended grapheme cluster (rule W2): 0, 1 or 2. */
  public int ofCluster(String cluster) {
    if (cluster.length() == 1) {
      return ofCodePoint(cluster.charAt(0));
    }
    int first = cluster.codePointAt(0);
    if (cluster.indexOf(VS16) >= 0 || isFlag(cluster, first) || isEmojiSequence(cluster)) {
      return 2;
    }
    if (cluster.indexOf(VS15) >= 0) {
      return 1;
    }
    for (int i = 0; i < cluster.length(); ) {
      int codePoint = cluster.codePointAt(i);
      int columns = ofCodePoint(codePoint);
      if (columns > 0) {
        return columns;
      }
      i += Character.charCount(codePoint);
    }
    return 0;
  }

  /** The columns of one code point on its own (rule W3): 0, 1 or 2. */
  public int ofCodePoint(int codePoint) {
    if (codePoint >= 0x20 && codePoint < 0x7F) {
      return 1;
    }
    int type = UCharacter.getType(codePoint);
    if (type == ECharacterCategory.NON_SPACING_MARK || type == ECharacterCategory.ENCLOSING_MARK
        || type == ECharacterCategory.FORMAT || type == ECharacterCategory.CONTROL
        || isHangulVowelOrFinal(codePoint)) {
      return 0;
    }
    switch (UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH)) {
      case UCharacter.EastAsianWidth.WIDE:
      case UCharacter.EastAsianWidth.FULLWIDTH:
        return 2;
      case UCharacter.EastAsianWidth.AMBIGUOUS:
        return ambiguousWide ? 2 : 1;
      default:
        return 1;
    }
  }

  /** The extended grapheme clusters of {@code text} in order (rule W1); empty for "". */
  public List<String> clusters(String text) {
    List<String> clusters = new ArrayList<>(text.length());
    if (isPrintableAscii(text)) {
      for (int i = 0; i < text.length(); i++) {
        clusters.add(oneChar(text.charAt(i)));
      }
      return clusters;
    }
    BreakIterator iterator = CHARACTERS.get();
    iterator.setText(text);
    int start = iterator.first();
    for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
      clusters.add(end == start + 1 ? oneChar(text.charAt(start)) : text.substring(start, end));
      start = end;
    }
    iterator.setText("");
    return clusters;
  }

  /**
   * The longest start of {@code text} made of whole clusters that takes at most {@code columns}
   * columns: what fits in a cell range of that width. Null stays null.
   */
  public String fit(String text, int columns) {
    if (columns < 0) {
      throw new IllegalArgumentException("columns must not be negative: " + columns);
    }
    if (text == null) {
      return null;
    }
    int used = 0;
    int end = 0;
    for (String cluster : clusters(text)) {
      used += ofCluster(cluster);
      if (used > columns) {
        break;
      }
      end += cluster.length();
    }
    return text.substring(0, end);
  }

  private static String oneChar(char c) {
    String one = ONE_CHAR[c];
    if (one == null) {
      one = String.valueOf(c);
      ONE_CHAR[c] = one;
    }
    return one;
  }

  private static boolean isPrintableAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7F) {
        return false;
      }
    }
    return true;
  }

  private static boolean isFlag(String cluster, int first) {
    if (!UCharacter.hasBinaryProperty(first, UProperty.REGIONAL_INDICATOR)) {
      return false;
    }
    int second = cluster.offsetByCodePoints(0, 1);
    return second < cluster.length()
        && UCharacter.hasBinaryProperty(cluster.codePointAt(second), UProperty.REGIONAL_INDICATOR);
  }

  /** A ZWJ sequence of pictographs, or a pictograph with a skin-tone modifier. */
  private static boolean isEmojiSequence(String cluster) {
    boolean pictograph = false;
    boolean joined = false;
    for (int i = 0; i < cluster.length(); ) {
      int codePoint = cluster.codePointAt(i);
      if (UCharacter.hasBinaryProperty(codePoint, UProperty.EMOJI_MODIFIER)) {
        return true;
      }
      pictograph |= UCharacter.hasBinaryProperty(codePoint, UProperty.EXTENDED_PICTOGRAPHIC);
      joined |= codePoint == ZWJ;
      i += Character.charCount(codePoint);
    }
    return pictograph && joined;
  }

  private static boolean isHangulVowelOrFinal(int codePoint) {
    int type = UCharacter.getIntPropertyValue(codePoint, UProperty.HANGUL_SYLLABLE_TYPE);
    return type == UCharacter.HangulSyllableType.VOWEL_JAMO
        || type == UCharacter.HangulSyllableType.TRAILING_JAMO;
  }
}
