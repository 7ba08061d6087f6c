package org.termpaper.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.termpaper.text.ColumnWidth;
import org.termpaper.text.TextCleaner;

/**
 * Invariants of line breaking over generated mixes of ideographs, Latin words, numbers,
 * punctuation, emoji, combining marks and spaces, at widths 10 to 200. The B2/B3 sets are
 * written out again here from DESIGN.md, so that the check does not lean on the code it checks.
 *
 * <p>The cases come from a seeded generator, so a failure names its case and repeats exactly.
 */
class LineBreakerProperties {
  private static final String NO_START = "，。、；：？！）」』》〉】〕”’·・…％,.;:?!)]}%";
  private static final String NO_END = "（「『《〈【〔“‘([{￥$";

  private final ColumnWidth columns = new ColumnWidth(false);
  private final ArticleLayout layout = new ArticleLayout(columns);

  private static final long SEED = 0x7e4d_9a9e_12L;
  private static final int CASES = 1000;

  @ParameterizedTest(name = "case {index}: width {1}")
  @MethodSource("cases")
  void noLineIsWiderThanTheWidth(String text, int width) {
    for (Line line : layout.paragraph(text, width)) {
      assertThat(line.columns()).isLessThanOrEqualTo(width).isEqualTo(columns.of(line.text()));
    }
  }

  @ParameterizedTest(name = "case {index}: width {1}")
  @MethodSource("cases")
  void joiningTheLinesGivesBackTheParagraphLessSpacesAtBreaks(String text, int width) {
    List<int[]> spans = spans(text, layout.wrap(text, width, LineStyle.BODY));
    assertThat(spans).isNotEmpty();
    assertThat(text.substring(spans.get(spans.size() - 1)[1])).isBlank();
  }

  @ParameterizedTest(name = "case {index}: width {1}")
  @MethodSource("cases")
  void aLineStartsWithAClosingMarkOrEndsWithAnOpeningOneOnlyWhenNothingElseFits(
      String text, int width) {
    List<int[]> spans = spans(text, layout.wrap(text, width, LineStyle.BODY));
    for (int i = 0; i + 1 < spans.size(); i++) {
      int breakAt = spans.get(i)[1];
      if (isBadBreak(text, breakAt)) {
        for (int boundary : graphemeBoundaries(text, spans.get(i)[0], breakAt)) {
          assertThat(isBadBreak(text, boundary))
              .as("line %d of %s breaks badly at %d though %d was free", i, text, breakAt,
                  boundary)
              .isTrue();
        }
      }
    }
  }

  @ParameterizedTest(name = "case {index}: width {1}")
  @MethodSource("cases")
  void layingOutTheSameTextTwiceGivesTheSameLines(String text, int width) {
    assertThat(layout.paragraph(text, width)).isEqualTo(layout.paragraph(text, width));
  }

  /** Paragraphs mixing every kind of text the breaker meets, with widths 10 to 200. */
  static Stream<Arguments> cases() {
    Random random = new Random(SEED);
    return IntStream.range(0, CASES)
        .mapToObj(i -> Arguments.of(paragraph(random), 10 + random.nextInt(191)));
  }

  private static final String[] NUMBERS = {"15.3%", "2022-07-14", "COVID-19", "100", "3.14"};
  private static final String[] EMOJI = {"😀", "👨\u200D👩\u200D👧", "❤\uFE0F", "❤\uFE0E",
      "🇨🇳", "👍🏽", "𠮷"};
  private static final String[] MARKS = {"e\u0301", "a\u0308", "\u0301"};
  private static final String[] SPACES = {" ", "  ", "\u3000", "\u00a0"};
  private static final String[] FULLWIDTH = {"ｅｘａｍｐｌｅ", "２０２４", "ＡＢＣ"};
  private static final String PUNCTUATION = NO_START + NO_END + "——……、";

  private static String paragraph(Random random) {
    String text = "";
    while (text.isEmpty()) {
      StringBuilder parts = new StringBuilder();
      int count = 1 + random.nextInt(80);
      for (int i = 0; i < count; i++) {
        parts.append(part(random));
      }
      text = TextCleaner.line(parts.toString());
    }
    return text;
  }

  /** One part, drawn with the weights ideographs 6, words 3, numbers 2, punctuation 4 … */
  private static String part(Random random) {
    int pick = random.nextInt(21);
    if (pick < 6) {
      return run(random, '\u4e00', '\u9fa5', 12);
    } else if (pick < 9) {
      return run(random, 'a', 'z', 14);
    } else if (pick < 11) {
      return NUMBERS[random.nextInt(NUMBERS.length)];
    } else if (pick < 15) {
      int at = random.nextInt(PUNCTUATION.length());
      return PUNCTUATION.substring(at, at + 1);
    } else if (pick < 16) {
      return EMOJI[random.nextInt(EMOJI.length)];
    } else if (pick < 17) {
      return MARKS[random.nextInt(MARKS.length)];
    } else if (pick < 20) {
      return SPACES[random.nextInt(SPACES.length)];
    }
    return FULLWIDTH[random.nextInt(FULLWIDTH.length)];
  }

  private static String run(Random random, char from, char to, int maxLength) {
    StringBuilder run = new StringBuilder();
    int length = 1 + random.nextInt(maxLength);
    for (int i = 0; i < length; i++) {
      run.append((char) (from + random.nextInt(to - from + 1)));
    }
    return run.toString();
  }

  /**
   * Where each line stands in {@code text}, as [start, end) offsets, asserting on the way that
   * the lines are the text in order with nothing lost or added but spaces at the breaks.
   */
  private static List<int[]> spans(String text, List<Line> lines) {
    List<int[]> spans = new ArrayList<>();
    int at = 0;
    for (Line line : lines) {
      while (at < text.length() && text.charAt(at) == ' ') {
        at++;
      }
      assertThat(text.startsWith(line.text(), at))
          .as("line [%s] continues %s at %d", line.text(), text, at)
          .isTrue();
      spans.add(new int[] {at, at + line.text().length()});
      at += line.text().length();
    }
    return spans;
  }

  /** A break before {@code at} breaks B2, B3 or B4, looking through the spaces around it. */
  private static boolean isBadBreak(String text, int at) {
    int after = at;
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    int before = at;
    while (before > 0 && text.charAt(before - 1) == ' ') {
      before--;
    }
    String next = text.substring(after);
    String previous = text.substring(0, before);
    return !next.isEmpty() && NO_START.indexOf(next.codePointAt(0)) >= 0
        || !previous.isEmpty() && NO_END.indexOf(previous.codePointBefore(previous.length())) >= 0
        || next.startsWith("——") || next.startsWith("……")
        || previous.endsWith("—") && next.startsWith("—")
        || previous.endsWith("…") && next.startsWith("…");
  }

  private static List<Integer> graphemeBoundaries(String text, int from, int to) {
    BreakIterator characters = BreakIterator.getCharacterInstance(ULocale.ROOT);
    characters.setText(text);
    List<Integer> boundaries = new ArrayList<>();
    for (int b = characters.following(from); b != BreakIterator.DONE && b < to;
        b = characters.next()) {
      boundaries.add(b);
    }
    return boundaries;
  }
}
