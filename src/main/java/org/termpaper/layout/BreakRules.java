package org.termpaper.layout;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese line-breaking rules that refine UAX #14 (DESIGN.md §6, B2–B5), as predicates on a
 * boundary between two clusters of a {@link ClusterText}. Stateless.
 */
final class BreakRules {
  /** B2: never at the start of a line. */
  static final String NO_START = "，。、；：？！）」』》〉】〕”’·・…％,.;:?!)]}%";
  /** B3: never at the end of a line. */
  static final String NO_END = "（「『《〈【〔“‘([{￥$";
  /** B4: a run of two or more of these stays whole and does not start a line. */
  static final String PAIRED = "—…";

  /**
   * B5 and B7: a web address is one token, although UAX #14 breaks it after every slash. It
   * runs over printable ASCII only, so Chinese text right after it is not taken in.
   */
  private static final Pattern URL =
      Pattern.compile("(?:[A-Za-z][A-Za-z0-9+.-]*://|www\\.)[!-~]+");

  private BreakRules() {}

  /** Forbids the breaks inside web addresses in {@code breakable} (indexed by cluster). */
  static void keepUrlsWhole(ClusterText text, boolean[] breakable) {
    Matcher url = URL.matcher(text.text());
    while (url.find()) {
      int last = text.clusterAt(url.end() - 1);
      for (int i = text.clusterAt(url.start()) + 1; i <= last; i++) {
        breakable[i] = false;
      }
    }
  }

  static boolean isNoStart(int codePoint) {
    return NO_START.indexOf(codePoint) >= 0;
  }

  static boolean isNoEnd(int codePoint) {
    return NO_END.indexOf(codePoint) >= 0;
  }

  /**
   * Whether a break before cluster {@code i} keeps B2, B3 and B4: the next line would not start
   * with a closing mark or a paired dash or ellipsis, and this one would not end with an opening
   * mark. Spaces around the break are looked through, since the break drops them.
   */
  static boolean isClean(ClusterText text, int i) {
    int after = text.skipSpaces(i);
    int before = i - 1;
    while (before >= 0 && text.isSpace(before)) {
      before--;
    }
    if (after < text.size() && (isNoStart(text.firstCodePoint(after)) || startsRun(text, after))) {
      return false;
    }
    if (before >= 0 && isNoEnd(text.lastCodePoint(before))) {
      return false;
    }
    return before < 0 || after >= text.size() || !sameRun(text, before, after);
  }

  /** B5 for what UAX #14 leaves breakable: runs of fullwidth letters and digits stay whole. */
  static boolean isInsideFullwidthWord(ClusterText text, int i) {
    return i > 0 && i < text.size() && isFullwidthAlphanumeric(text.lastCodePoint(i - 1))
        && isFullwidthAlphanumeric(text.firstCodePoint(i));
  }

  private static boolean startsRun(ClusterText text, int i) {
    return i + 1 < text.size() && sameRun(text, i, i + 1);
  }

  private static boolean sameRun(ClusterText text, int a, int b) {
    int codePoint = text.firstCodePoint(a);
    return PAIRED.indexOf(codePoint) >= 0 && text.firstCodePoint(b) == codePoint;
  }

  private static boolean isFullwidthAlphanumeric(int codePoint) {
    return UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH)
        == UCharacter.EastAsianWidth.FULLWIDTH && UCharacter.isLetterOrDigit(codePoint);
  }
}
