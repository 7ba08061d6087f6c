package org.termpaper.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.termpaper.text.ColumnWidth;
import org.termpaper.text.TextCleaner;

/**
 * Invariants of line breaking over generated mixes of ideographs, Latin words, numbers,
 * punctuation, emoji, combining marks and spaces, at widths 10 to 200. The B2/B3 sets are
 * written out again here from DESIGN.md, so that the check does not lean on the code it checks.
 */
class LineBreakerProperties {
  private static final String NO_START = "，。、；：？！）」』》〉】〕”’·・…％,.;:?!)]}%";
  private static final String NO_END = "（「『《〈【〔“‘([{￥$";

  private final ColumnWidth columns = new ColumnWidth(false);
  private final ArticleLayout layout = new ArticleLayout(columns);

  @Property
  void noLineIsWiderThanTheWidth(
      @ForAll("paragraphs") String text, @ForAll @IntRange(min = 10, max = 200) int width) {
    for (Line line : layout.paragraph(text, width)) {
      assertThat(line.columns()).isLessThanOrEqualTo(width).isEqualTo(columns.of(line.text()));
    }
  }

  @Property
  void joiningTheLinesGivesBackTheParagraphLessSpacesAtBreaks(
      @ForAll("paragraphs") String text, @ForAll @IntRange(min = 10, max = 200) int width) {
    List<int[]> spans = spans(text, layout.wrap(text, width, LineStyle.BODY));
    assertThat(spans).isNotEmpty();
    assertThat(text.substring(spans.get(spans.size() - 1)[1])).isBlank();
  }

  @Property
  void aLineStartsWithAClosingMarkOrEndsWithAnOpeningOneOnlyWhenNothingElseFits(
      @ForAll("paragraphs") String text, @ForAll @IntRange(min = 10, max = 200) int width) {
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

  @Property
  void layingOutTheSameTextTwiceGivesTheSameLines(
      @ForAll("paragraphs") String text, @ForAll @IntRange(min = 10, max = 200) int width) {
    assertThat(layout.paragraph(text, width)).isEqualTo(layout.paragraph(text, width));
  }

  @Provide
  Arbitrary<String> paragraphs() {
    Arbitrary<String> ideographs = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5')
        .ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z')
        .ofMinLength(1).ofMaxLength(14);
    Arbitrary<String> numbers = Arbitraries.of("15.3%", "2022-07-14", "COVID-19", "100", "3.14");
    Arbitrary<String> punctuation = Arbitraries.of((NO_START + NO_END + "——……、").split(""));
    Arbitrary<String> emoji = Arbitraries.of("😀", "👨\u200D👩\u200D👧", "❤\uFE0F", "❤\uFE0E",
        "🇨🇳", "👍🏽", "𠮷");
    Arbitrary<String> marks = Arbitraries.of("e\u0301", "a\u0308", "\u0301");
    Arbitrary<String> spaces = Arbitraries.of(" ", "  ", "\u3000", "\u00a0");
    Arbitrary<String> fullwidth = Arbitraries.of("ｅｘａｍｐｌｅ", "２０２４", "ＡＢＣ");
    return Arbitraries.frequencyOf(
            Tuple.of(6, ideographs), Tuple.of(3, words),
            Tuple.of(2, numbers), Tuple.of(4, punctuation),
            Tuple.of(1, emoji), Tuple.of(1, marks),
            Tuple.of(3, spaces), Tuple.of(1, fullwidth))
        .list().ofMinSize(1).ofMaxSize(80)
        .map(parts -> TextCleaner.line(String.join("", parts)))
        .filter(text -> !text.isEmpty());
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
